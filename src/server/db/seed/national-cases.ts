import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../database.ts';

/**
 * Case histories for the national benchmark data (run after `seedNational`): klantmanagers with
 * about 80 active cases each, and per national jobseeker 19 more case events spread from
 * registration to now, a benefit, and for part of the cases open tasks (some overdue),
 * appointments in the week around today, referrals and answered-but-unseen referrals (signals).
 *
 * Everything is generated inside PostgreSQL (INSERT … SELECT over a plan table), in chunks of
 * jobseekers, one transaction each. A jobseeker whose seeded `registration.recorded` event exists
 * is skipped, so a second run adds only what is missing. Per jobseeker, by its ordinal `rn`
 * within its Werkplein: rn % 10 = 0 stays without klantmanager (waiting for intake); of the
 * others, rn % 17 = 1 has flowed out; the rest are active cases.
 */

const SOURCE = 'seed-national-cases';
/** Active cases per klantmanager the seed aims at. */
export const CASES_PER_CASE_MANAGER = 80;
const CHUNK = 100_000;

const fmt = (n: number) => n.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const run = (db: Db, text: string) => sql.raw(text).execute(db);

/** Event types by sequence number 1…19 for a case with a klantmanager. */
const assignedTypes = [
  'registration.recorded',
  'intake.completed',
  'caseManager.assigned',
  'benefit.added',
  'diagnosis.recorded',
  'agreement.added',
  'agreement.added',
  'appointment.planned',
  'note.added',
  'referral.sent',
  'referral.answered',
  'participationStep.set',
  'appointment.updated',
  'document.uploaded',
  'agreement.updated',
  'task.completed',
  'note.added',
  'activation.changed',
  'note.added',
];
const waitingTypes = ['note.added', 'document.uploaded', 'profile.updated'];
const units = ['income', 'debt_assistance', 'civic_integration', 'enforcement', 'sheltered_employment'];
const benefits = ['WWB', 'WW', 'WWB', 'geen', 'WIA', 'IOAW', 'WWB', 'Wajong'];
const givenNames = [
  'Anna',
  'Bram',
  'Chantal',
  'Daan',
  'Esra',
  'Fleur',
  'Gijs',
  'Hanna',
  'Ilias',
  'Joyce',
  'Kees',
  'Latifa',
  'Mark',
  'Nadia',
  'Omar',
  'Petra',
  'Ruben',
  'Sanne',
  'Tom',
  'Yara',
];
const surnames = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Yilmaz',
  'El Amrani',
  'Kok',
  'Jacobs',
];
const pgArray = (values: readonly string[]) =>
  `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;

export interface SeedNationalCasesResult {
  jobseekers: number;
  events: number;
  caseManagersAdded: number;
}

export const seedNationalCases = async (
  handle: DatabaseHandle,
  options: { log: (line: string) => void; now?: Date },
): Promise<SeedNationalCasesResult> => {
  const { db, engine } = handle;
  const { log } = options;
  const now = (options.now ?? new Date()).toISOString();
  const started = Date.now();

  // The plan: national jobseekers without seeded case history, numbered per Werkplein.
  await run(db, 'drop table if exists seed_cases_plan');
  await run(db, 'drop table if exists seed_cases_km');
  await run(
    db,
    `create unlogged table seed_cases_plan as
       select j.id, j.werkplein_id, j.created_at as registered_at,
              row_number() over (partition by j.werkplein_id order by j.id)::int as rn,
              (row_number() over (order by j.id) / ${CHUNK})::int as chunk,
              null::uuid as case_manager_id, null::text as partner_id
         from jobseeker j
        where j.bsn < '1' and j.is_test_data and j.case_manager_id is null
          and not exists (select 1 from case_event e where e.jobseeker_id = j.id
                           and e.type = 'registration.recorded' and e.data->>'source' = '${SOURCE}')`,
  );
  const planned = Number(
    (await sql<{ n: string }>`select count(*) as n from seed_cases_plan`.execute(db)).rows[0]?.n ?? 0,
  );
  if (planned === 0) {
    await run(db, 'drop table seed_cases_plan');
    log('Every national jobseeker already has its case history; nothing to add.');
    return { jobseekers: 0, events: 0, caseManagersAdded: 0 };
  }
  log(`Case histories for ${fmt(planned)} national jobseekers (${seconds(Date.now() - started)})`);

  // Klantmanagers: enough per Werkplein for about 80 active cases each; odd ones from UWV.
  const employeesBefore = Number(
    (await sql<{ n: string }>`select count(*) as n from employee`.execute(db)).rows[0]?.n ?? 0,
  );
  const active = `(p.rn % 10 <> 0 and p.rn % 17 <> 1)`;
  await run(
    db,
    `with need as (
       select p.werkplein_id, ceil(count(*) filter (where ${active}) / ${CASES_PER_CASE_MANAGER}.0)::int as needed
         from seed_cases_plan p group by p.werkplein_id),
     have as (
       select ew.werkplein_id, count(*)::int as n
         from employee_werkplein ew
         join employee_role r on r.employee_id = ew.employee_id and r.role = 'caseManager'
         join employee e on e.id = ew.employee_id and e.active
        group by ew.werkplein_id)
     insert into employee (login, name, email, partner_id)
     select need.werkplein_id || '.km' || lpad(g::text, 4, '0'),
            (${pgArray(givenNames)})[1 + g % ${givenNames.length}] || ' ' ||
              (${pgArray(surnames)})[1 + (g * 7 + length(need.werkplein_id)) % ${surnames.length}] || ' ' || g,
            need.werkplein_id || '.km' || lpad(g::text, 4, '0') || '@werkplein.example',
            case when g % 2 = 1 then 'uwv'
                 else coalesce((select min(wp.partner_id) from werkplein_partner wp
                                 where wp.werkplein_id = need.werkplein_id and wp.partner_id <> 'uwv'), 'uwv') end
       from need left join have using (werkplein_id)
       cross join lateral generate_series(1, greatest(0, need.needed - coalesce(have.n, 0))) g
     on conflict (login) do nothing`,
  );
  await run(
    db,
    `insert into employee_role (employee_id, role)
     select id, 'caseManager' from employee where login ~ '\\.km[0-9]{4}$' on conflict do nothing`,
  );
  await run(
    db,
    `insert into employee_werkplein (employee_id, werkplein_id)
     select id, split_part(login, '.km', 1) from employee where login ~ '\\.km[0-9]{4}$' on conflict do nothing`,
  );
  const caseManagersAdded =
    Number((await sql<{ n: string }>`select count(*) as n from employee`.execute(db)).rows[0]?.n ?? 0) -
    employeesBefore;

  // Each assigned jobseeker goes round-robin to the klantmanagers of its Werkplein.
  await run(
    db,
    `create unlogged table seed_cases_km as
       select ew.werkplein_id, e.id as employee_id, e.partner_id,
              (row_number() over (partition by ew.werkplein_id order by e.login) - 1)::int as idx,
              (count(*) over (partition by ew.werkplein_id))::int as n
         from employee e
         join employee_role r on r.employee_id = e.id and r.role = 'caseManager'
         join employee_werkplein ew on ew.employee_id = e.id
        where e.active`,
  );
  await run(
    db,
    `update seed_cases_plan p set case_manager_id = k.employee_id, partner_id = k.partner_id
       from seed_cases_km k
      where k.werkplein_id = p.werkplein_id and p.rn % 10 <> 0
        and k.idx = (p.rn - p.rn / 10) % k.n`,
  );
  await run(db, 'create index on seed_cases_plan (chunk)');
  await run(db, 'analyze seed_cases_plan');
  const caseManagers = Number(
    (await sql<{ n: string }>`select count(distinct case_manager_id) as n from seed_cases_plan`.execute(db))
      .rows[0]?.n ?? 0,
  );
  log(
    `  ${fmt(caseManagersAdded)} klantmanagers added (<werkplein>.km0001 …); ${fmt(caseManagers)} get cases ` +
      `(${seconds(Date.now() - started)})`,
  );

  // Foreign keys hold by construction; skipping their per-row triggers (superuser only) saves minutes.
  const superuser =
    engine === 'postgres' &&
    (await sql<{ s: boolean }>`select rolsuper as s from pg_roles where rolname = current_user`.execute(db))
      .rows[0]?.s === true;

  const nowSql = `'${now}'::timestamptz`;
  const midnight = `((date_trunc('day', ${nowSql} at time zone 'Europe/Amsterdam')) at time zone 'Europe/Amsterdam')`;
  const chunks = Number(
    (await sql<{ n: string }>`select max(chunk) as n from seed_cases_plan`.execute(db)).rows[0]?.n ?? 0,
  );
  let events = 0;
  for (let c = 0; c <= chunks; c++) {
    const chunkStarted = Date.now();
    const inChunk = `p.chunk = ${c}`;
    const added = await db.transaction().execute(async (trx) => {
      const exec = (text: string) => sql.raw(text).execute(trx);
      if (superuser) await exec(`set local session_replication_role = replica`);
      await exec(`set local synchronous_commit = off`);
      await exec(
        `update jobseeker j set
           case_manager_id = p.case_manager_id,
           participation_step = case when p.case_manager_id is null then null else 1 + p.rn % 6 end,
           last_contact_at = case when p.case_manager_id is not null and p.rn % 10 between 1 and 7
             then ${nowSql} - make_interval(days => (p.rn * 37) % 120, hours => p.rn % 9) end,
           available_for_work = (p.case_manager_id is not null and p.rn % 4 = 0 and p.rn % 17 <> 1),
           activated_at = case when p.case_manager_id is not null and p.rn % 4 = 0 and p.rn % 17 <> 1
             then ${nowSql} - make_interval(days => 10 + p.rn % 200) end,
           outflow_date = case when p.case_manager_id is not null and p.rn % 17 = 1
             then (${nowSql} - make_interval(days => 1 + p.rn % 300))::date end,
           outflow_reason = case when p.case_manager_id is not null and p.rn % 17 = 1
             then (array['regular_work', 'partial_work', 'subsidised_work', 'education', 'moved', 'other'])[1 + p.rn % 6] end
          from seed_cases_plan p
         where p.id = j.id and ${inChunk} and p.case_manager_id is not null`,
      );
      // 19 events per jobseeker, numbered k; k-major, so one case's events spread over the chunk.
      const result = await exec(
        `insert into case_event (werkplein_id, jobseeker_id, type, data, occurred_at, recorded_at,
                                 actor_employee_id, actor_partner_id)
         select p.werkplein_id, p.id, t.type,
                case t.type
                  when 'note.added' then jsonb_build_object('source', '${SOURCE}', 'text',
                    'Gesprek over sollicitaties, vervolgafspraak gemaakt (' || k || ')')
                  when 'intake.completed' then jsonb_build_object('source', '${SOURCE}',
                    'distanceToWork', (array['short', 'medium', 'long'])[1 + p.rn % 3], 'workFirst', p.rn % 5 = 0,
                    'caseManagerId', p.case_manager_id)
                  when 'caseManager.assigned' then jsonb_build_object('source', '${SOURCE}',
                    'caseManagerId', p.case_manager_id, 'reason', 'intake')
                  when 'referral.sent' then jsonb_build_object('source', '${SOURCE}',
                    'unit', (${pgArray(units)})[1 + p.rn % 5])
                  when 'agreement.added' then jsonb_build_object('source', '${SOURCE}',
                    'description', 'Twee sollicitaties per week', 'responsible', 'jobseeker')
                  when 'outflow.registered' then jsonb_build_object('source', '${SOURCE}',
                    'reason', 'regular_work')
                  else jsonb_build_object('source', '${SOURCE}', 'step', k)
                end,
                ts.at, ts.at + interval '3 minutes',
                p.case_manager_id, p.partner_id
           from generate_series(1, 19) k
           cross join seed_cases_plan p
           cross join lateral (select
                case when p.case_manager_id is null
                     then case when k = 1 then 'registration.recorded'
                               else (${pgArray(waitingTypes)})[1 + k % 3] end
                     when k = 19 and p.rn % 17 = 1 then 'outflow.registered'
                     else (${pgArray(assignedTypes)})[k] end as type) t
           cross join lateral (select p.registered_at
                + (${nowSql} - p.registered_at) * ((k + ((p.rn * k) % 7) / 10.0) / 20.5)::float8 as at) ts
          where ${inChunk}`,
      );
      await exec(
        `insert into benefit_period (werkplein_id, jobseeker_id, benefit_type, start_date, created_at)
         select p.werkplein_id, p.id, (${pgArray(benefits)})[1 + p.rn % ${benefits.length}],
                p.registered_at::date, p.registered_at
           from seed_cases_plan p where ${inChunk} and p.case_manager_id is not null`,
      );
      const activeCase = `${inChunk} and p.case_manager_id is not null and p.rn % 17 <> 1`;
      // Open tasks for a third of the active cases, due from 15 days ago to 30 days ahead.
      await exec(
        `insert into task (werkplein_id, jobseeker_id, assignee_id, kind, title, due_at, created_at)
         select p.werkplein_id, p.id, p.case_manager_id, 'follow_up', 'Contact opnemen over de voortgang',
                ${nowSql} + make_interval(days => (p.rn * 13) % 45 - 15, hours => p.rn % 8), ${nowSql} - interval '30 days'
           from seed_cases_plan p where ${activeCase} and p.rn % 3 = 0`,
      );
      // Appointments for half of the active cases, in the week around today, 9:00–17:00 Amsterdam time.
      await exec(
        `insert into appointment (werkplein_id, jobseeker_id, employee_id, starts_at, ends_at, channel,
                                  subject, status, created_by, created_at)
         select p.werkplein_id, p.id, p.case_manager_id, a.starts_at, a.starts_at + interval '45 minutes',
                (array['desk', 'phone', 'video', 'desk'])[1 + p.rn % 4], 'Voortgangsgesprek',
                case when a.starts_at < ${nowSql} then 'done' else 'planned' end,
                p.case_manager_id, ${nowSql} - interval '20 days'
           from seed_cases_plan p
           cross join lateral (select ${midnight} + make_interval(days => (p.rn * 11) % 7 - 3,
                                 hours => 9 + (p.rn / 2) % 8) as starts_at) a
          where ${activeCase} and p.rn % 2 = 0`,
      );
      // Referrals for a seventh of the active cases; half answered, a quarter not yet seen (signals).
      await exec(
        `insert into referral (werkplein_id, jobseeker_id, unit, status, created_at, question, referred_by,
                               answer, answered_at, signal_seen_at)
         select p.werkplein_id, p.id, (${pgArray(units)})[1 + p.rn % 5],
                case when p.rn % 14 = 0 then 'answered' else 'open' end, r.at,
                'Graag beoordelen of ondersteuning nodig is', p.case_manager_id,
                case when p.rn % 14 = 0 then 'Beoordeeld; traject gestart' end,
                case when p.rn % 14 = 0 then r.at + interval '3 days' end,
                case when p.rn % 14 = 0 and p.rn % 28 <> 0 then r.at + interval '4 days' end
           from seed_cases_plan p
           cross join lateral (select ${nowSql} - make_interval(days => 5 + p.rn % 60) as at) r
          where ${activeCase} and p.rn % 7 = 0`,
      );
      return Number(result.numAffectedRows ?? 0);
    });
    events += added;
    log(`  chunk ${c + 1}/${chunks + 1}: ${fmt(added)} events (${seconds(Date.now() - chunkStarted)})`);
  }
  await run(db, 'drop table seed_cases_plan');
  await run(db, 'drop table seed_cases_km');

  // As superuser the chunks skipped the triggers that keep caseload_summary (the MT's team view):
  // count every caseload once.
  const summaryStarted = Date.now();
  await run(db, 'select caseload_summary_rebuild()');
  log(`  caseload summary rebuilt (${seconds(Date.now() - summaryStarted)})`);

  // VACUUM sets the visibility map (index-only scans) and the statistics for the planner.
  const vacuumStarted = Date.now();
  for (const table of [
    'jobseeker',
    'caseload_summary',
    'case_event',
    'task',
    'appointment',
    'referral',
    'benefit_period',
    'employee',
    'employee_role',
    'employee_werkplein',
  ]) {
    await run(db, `vacuum (analyze) ${table}`);
  }
  const visible = await sql<{ relname: string; relpages: number; relallvisible: number }>`
    select relname, relpages, relallvisible from pg_class where relname in ('jobseeker', 'case_event') order by relname`.execute(
    db,
  );
  log(
    `  vacuumed and analyzed in ${seconds(Date.now() - vacuumStarted)}; all-visible pages: ` +
      visible.rows.map((r) => `${r.relname} ${fmt(r.relallvisible)}/${fmt(r.relpages)}`).join(', '),
  );
  log(
    `Seeded ${fmt(events)} case events for ${fmt(planned)} jobseekers in ${seconds(Date.now() - started)}.`,
  );
  return { jobseekers: planned, events, caseManagersAdded };
};
