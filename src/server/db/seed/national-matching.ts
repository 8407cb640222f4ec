import { sql } from 'kysely';
import { sectors } from '../../../contracts/employer-options.ts';
import type { DatabaseHandle, Db } from '../database.ts';
import { commonSkills, seedOccupations } from './occupations.ts';
import { seedEmployee } from './seed.ts';

/**
 * Matching data for the national benchmark (run after `seedNational`): a work profile for about
 * 30 % of the national jobseekers, who are then activated for work, and about 50,000 open vacancies
 * with their employers spread over the Werkpleinen by size, at PC4 areas where the Werkplein's own
 * jobseekers live. Every Werkplein without a matchmaker gets one (`<werkplein>.match`), who keeps
 * the employers and created the vacancies.
 *
 * Generated inside the database with INSERT … SELECT over small plan tables (occupations from
 * occupations.ts, places, Werkplein weights), the same SQL on PostgreSQL and PGlite. Idempotent:
 * jobseekers who have a profile are left alone (national ones only: BSN starting with 0), and only
 * the vacancies missing up to the target are added (recognised by their description).
 */

const MARK = 'Synthetische vacature (seed-national-matching).';
const PEOPLE_PER_MILLE = 300;

const fmt = (n: number) => n.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const lit = (value: string | null) => (value === null ? 'null' : `'${value.replace(/'/g, "''")}'`);
const textArray = (values: readonly string[]) =>
  values.length === 0 ? `'{}'::text[]` : `array[${values.map(lit).join(', ')}]::text[]`;
const run = (db: Db, text: string) => sql.raw(text).execute(db);
const count = async (db: Db, text: string) =>
  Number((await sql<{ n: string }>`${sql.raw(text)}`.execute(db)).rows[0]?.n ?? 0);

export interface SeedNationalMatchingResult {
  profiles: number;
  vacancies: number;
  employers: number;
  matchmakersAdded: number;
}

/** Gives every Werkplein without one a matchmaker, `<werkplein>.match`. */
const seedMatchmakers = async (db: Db): Promise<number> => {
  const missing = await sql<{ id: string; name: string }>`
    select w.id, w.name from werkplein w
     where not exists (select 1 from employee_werkplein ew
                         join employee_role r on r.employee_id = ew.employee_id and r.role = 'accountManager'
                         join employee e on e.id = ew.employee_id and e.active
                        where ew.werkplein_id = w.id)
     order by w.id`.execute(db);
  for (const w of missing.rows) {
    await seedEmployee(db, {
      login: `${w.id}.match`,
      name: `Matchmaker ${w.name.replace(/^Werkplein /, '')}`,
      partnerId: 'uwv',
      roles: ['accountManager'],
      werkpleinIds: [w.id],
    });
  }
  return missing.rows.length;
};

const createPlanTables = async (db: Db) => {
  await run(db, 'drop table if exists seed_match_occ');
  await run(db, 'drop table if exists seed_match_staff');
  const total = seedOccupations.reduce((sum, o) => sum + o.weight, 0);
  let lo = 0;
  const rows = seedOccupations.map((o, idx) => {
    const hi = idx === seedOccupations.length - 1 ? 1.000001 : lo + o.weight / total;
    const row = `(${idx}, ${lit(o.name)}, ${lit(o.sector)}, ${sectors.indexOf(o.sector)}, ${textArray(o.skills)}, ${lit(o.education)}, ${lit(o.licence)}, ${lo}, ${hi})`;
    lo = hi;
    return row;
  });
  await run(
    db,
    `create unlogged table seed_match_occ (idx int primary key, name text, sector text, sector_ord int,
       skills text[], education text, licence text, lo float8, hi float8)`,
  );
  await run(db, `insert into seed_match_occ values ${rows.join(',\n')}`);
  // Per Werkplein: its matchmaker (keeps employers, creates vacancies) and who "updated" profiles.
  await run(
    db,
    `create unlogged table seed_match_staff as
       select w.id as werkplein_id,
              (select (array_agg(e.id order by e.login))[1] from employee e
                 join employee_role r on r.employee_id = e.id and r.role = 'accountManager'
                 join employee_werkplein ew on ew.employee_id = e.id and ew.werkplein_id = w.id) as account_manager_id,
              (select (array_agg(e.id order by r.role <> 'caseManager', e.login))[1] from employee e
                 join employee_role r on r.employee_id = e.id
                 join employee_werkplein ew on ew.employee_id = e.id and ew.werkplein_id = w.id) as case_manager_id
         from werkplein w`,
  );
};

/** Profiles for about 30 % of the national jobseekers still in the caseload, who are activated. */
const seedProfiles = async (db: Db, now: string): Promise<number> => {
  await run(db, 'drop table if exists seed_match_people');
  await run(
    db,
    `create unlogged table seed_match_people as
       select j.id, j.werkplein_id, random() as u1, random() as u2, random() as u3, random() as u4,
              random() as u5, random() as u6, random() as u7, random() as u8, random() as u9
         from jobseeker j
        where j.bsn < '1' and j.is_test_data
          and (hashtext(j.id::text) & 1023) < ${Math.round((PEOPLE_PER_MILLE * 1024) / 1000)}
          and j.outflow_date is null and j.handed_over_at is null
          and not exists (select 1 from jobseeker_profile p where p.jobseeker_id = j.id)`,
  );
  const people = await count(db, 'select count(*) as n from seed_match_people');
  if (people === 0) return 0;
  const education = textArray([
    'none',
    'primary',
    'vmbo',
    'vmbo',
    'mbo1',
    'mbo1',
    'mbo2',
    'mbo2',
    'mbo2',
    'mbo3',
    'mbo3',
    'mbo4',
    'havo',
    'hbo',
    'wo',
  ]);
  await db.transaction().execute(async (trx) => {
    await sql
      .raw(
        `insert into jobseeker_profile (jobseeker_id, werkplein_id, education_level, wanted_occupations, skills, languages,
           driving_licences, hours_per_week, travel_radius_km, available_from, version, updated_at, updated_by)
         select p.id, p.werkplein_id,
                case when p.u4 < 0.06 then null else (${education})[1 + floor(p.u4 * 15)::int] end,
                case when p.u1 > 0.96 then '{}'::text[]
                     when p.u3 < 0.35 and o2.name <> o1.name then array[o1.name, o2.name]
                     else array[o1.name] end,
                array(select distinct s from (
                        select s from unnest(o1.skills) s where random() < 0.65
                        union all
                        select s from unnest(o2.skills) s where p.u3 < 0.35 and random() < 0.3
                        union all
                        select s from unnest(${textArray(commonSkills)}) s where random() < 0.12) x),
                case when p.u5 < 0.78 then array['Nederlands']
                     when p.u5 < 0.86 then array['Nederlands', 'Engels']
                     when p.u5 < 0.93 then array['Arabisch', 'Engels']
                     when p.u5 < 0.98 then array['Turks']
                     else '{}'::text[] end,
                case when p.u6 < 0.50 then array['B']
                     when p.u6 < 0.57 then array['B', 'C']
                     when p.u6 < 0.60 then array['B', 'C', 'CE']
                     else '{}'::text[] end,
                case when p.u7 < 0.05 then null
                     else (array[16, 20, 24, 24, 32, 32, 32, 36, 36, 38, 40, 40])[1 + floor(p.u7 * 12)::int] end,
                case when p.u8 < 0.10 then null
                     else (array[5, 10, 10, 15, 20, 20, 20, 25, 30, 40, 50])[1 + floor(p.u8 * 11)::int] end,
                case when p.u9 < 0.6 then null
                     else ('${now}'::date + (floor(p.u9 * 150) - 60)::int) end,
                1, '${now}'::timestamptz, s.case_manager_id
           from seed_match_people p
           join seed_match_staff s on s.werkplein_id = p.werkplein_id
           join seed_match_occ o1 on p.u2 >= o1.lo and p.u2 < o1.hi
           cross join lateral (select o.name, o.skills from seed_match_occ o
                                where o.sector = o1.sector
                                order by hashtext(p.id::text || o.name) limit 1) o2
          where s.case_manager_id is not null
         on conflict (jobseeker_id) do nothing`,
      )
      .execute(trx);
    // Activated as the klantmanager would: the flag and its case event (the monitor counts events).
    await sql
      .raw(
        `with activated as (
           update jobseeker j
              set available_for_work = true,
                  activated_at = coalesce(j.activated_at, '${now}'::timestamptz - (p.u9 * interval '180 days'))
             from seed_match_people p
            where j.id = p.id and not j.available_for_work
           returning j.id, j.werkplein_id, j.activated_at)
         insert into case_event (werkplein_id, jobseeker_id, type, data, occurred_at, recorded_at,
                                 actor_employee_id, actor_partner_id)
         select a.werkplein_id, a.id, 'activation.changed',
                jsonb_build_object('availableForWork', true, 'source', 'seed-national-matching'),
                a.activated_at, a.activated_at, s.case_manager_id, e.partner_id
           from activated a
           join seed_match_staff s on s.werkplein_id = a.werkplein_id
           left join employee e on e.id = s.case_manager_id`,
      )
      .execute(trx);
  });
  await run(db, 'drop table seed_match_people');
  return people;
};

/** Open vacancies up to `target`, with employers by Werkplein and sector (about 4 vacancies each). */
const seedVacancies = async (
  db: Db,
  target: number,
  now: string,
): Promise<{ vacancies: number; employers: number }> => {
  const existing = await count(db, `select count(*) as n from vacancy where description = ${lit(MARK)}`);
  const missing = target - existing;
  if (missing <= 0) return { vacancies: 0, employers: 0 };
  for (const table of ['seed_match_place', 'seed_match_wp', 'seed_match_vac', 'seed_match_emp'])
    await run(db, `drop table if exists ${table}`);
  // Where the Werkplein's own jobseekers live; vacancies go to these PC4 areas.
  await run(
    db,
    `create unlogged table seed_match_place as
       select werkplein_id, (row_number() over (partition by werkplein_id order by pc4) - 1)::int as idx, pc4, city
         from (select werkplein_id, left(postcode, 4) as pc4, min(city) as city
                 from jobseeker group by werkplein_id, left(postcode, 4)) x`,
  );
  // Werkpleinen by their share of the jobseekers: a cumulative range in [0, 1).
  await run(
    db,
    `create unlogged table seed_match_wp as
       select w.werkplein_id, w.places,
              coalesce(sum(w.n) over (order by w.werkplein_id rows between unbounded preceding and 1 preceding), 0)::float8
                / sum(w.n) over () as lo,
              sum(w.n) over (order by w.werkplein_id)::float8 / sum(w.n) over () as hi
         from (select j.werkplein_id, count(*) as n,
                      (select count(*) from seed_match_place p where p.werkplein_id = j.werkplein_id) as places
                 from jobseeker j
                 join seed_match_staff s on s.werkplein_id = j.werkplein_id and s.account_manager_id is not null
                group by j.werkplein_id) w`,
  );
  await run(
    db,
    `create unlogged table seed_match_vac as
       select r.g, w.werkplein_id, w.places, o.idx as occ, o.sector, o.sector_ord,
              random() as u1, random() as u2, random() as u3, random() as u4, random() as u5, random() as u6
         from (select g, random() as a, random() as b from generate_series(1, ${missing}) g) r
         join seed_match_wp w on r.a >= w.lo and (r.a < w.hi or w.hi >= 1)
         join seed_match_occ o on r.b >= o.lo and r.b < o.hi`,
  );
  // Employers per Werkplein and sector: about four vacancies each, numbered by sector so that a
  // second run finds the same ones (KvK number 9, sector, serial).
  await run(
    db,
    `create unlogged table seed_match_emp as
       select werkplein_id, sector, sector_ord, ceil(count(*) / 4.0)::int as n
         from seed_match_vac group by werkplein_id, sector, sector_ord`,
  );
  const surnames = textArray([
    'De Vries',
    'Jansen',
    'Bakker',
    'Visser',
    'Van Dijk',
    'Smit',
    'Mulder',
    'De Groot',
    'Bos',
    'Peters',
    'Hendriks',
    'Van Leeuwen',
    'Dekker',
    'Brouwer',
    'Dijkstra',
    'Yilmaz',
    'Kok',
    'Jacobs',
  ]);
  const trade: Record<string, string> = {
    care: 'Zorggroep',
    horticulture: 'Kwekerij',
    logistics: 'Logistiek',
    construction: 'Bouwbedrijf',
    hospitality: 'Horeca',
    retail: 'Winkels',
    industry: 'Metaal en Techniek',
    business_services: 'Zakelijke Diensten',
    government: 'Gemeentewerken',
    education: 'Scholengroep',
    cleaning: 'Schoonmaakdiensten',
    other: 'Bedrijven',
  };
  const tradeCase = `case e.sector ${Object.entries(trade)
    .map(([sector, word]) => `when ${lit(sector)} then ${lit(word)}`)
    .join(' ')} else 'Bedrijf' end`;
  return db.transaction().execute(async (trx) => {
    const employers = await sql
      .raw(
        `insert into employer (werkplein_id, kvk_number, name, sector, size_class, account_manager_id, created_at, updated_at)
         select e.werkplein_id, '9' || lpad(e.sector_ord::text, 2, '0') || lpad(g::text, 5, '0'),
                ${tradeCase} || ' ' || (${surnames})[1 + (g * 7 + length(e.werkplein_id)) % 18] || ' ' || g,
                e.sector, (array['1-9', '10-49', '10-49', '50-249', '250+'])[1 + g % 5],
                s.account_manager_id, '${now}'::timestamptz, '${now}'::timestamptz
           from seed_match_emp e
           join seed_match_staff s on s.werkplein_id = e.werkplein_id
           cross join lateral generate_series(1, e.n) g
         on conflict (werkplein_id, kvk_number) do nothing`,
      )
      .execute(trx);
    const vacancies = await sql
      .raw(
        `insert into vacancy (werkplein_id, employer_id, kind, title, occupation, description, required_skills,
           wished_skills, education_level, hours_per_week, postcode, city, driving_licence, contract, start_date,
           end_date, positions, status, created_by, created_at, updated_at)
         select v.werkplein_id, emp.id,
                case when v.u1 < 0.80 then 'regular' when v.u1 < 0.86 then 'learning_job'
                     when v.u1 < 0.91 then 'work_experience' when v.u1 < 0.95 then 'additional'
                     when v.u1 < 0.98 then 'internship' else 'sheltered' end,
                o.name || ' in ' || pl.city, o.name, ${lit(MARK)},
                o.skills[1:(2 + (v.u2 < 0.5)::int)],
                case when cardinality(o.skills) >= 4 then o.skills[4:4]
                     else array[(${textArray(commonSkills)})[1 + floor(v.u2 * ${commonSkills.length})::int]] end,
                case when v.u3 < 0.25 then null else o.education end,
                (array[16, 20, 24, 24, 32, 32, 36, 36, 38, 40, 40])[1 + floor(v.u4 * 11)::int],
                pl.pc4 || chr(65 + floor(v.u5 * 26)::int) || chr(65 + floor(v.u6 * 26)::int), pl.city,
                o.licence,
                (array['permanent', 'temporary', 'temporary', 'none'])[1 + floor(v.u1 * 4)::int],
                '${now}'::date + (floor(v.u4 * 90) - 30)::int, null,
                1 + floor(v.u6 * 3)::int, 'open', s.account_manager_id,
                '${now}'::timestamptz - (v.u3 * interval '90 days'), '${now}'::timestamptz
           from seed_match_vac v
           join seed_match_occ o on o.idx = v.occ
           join seed_match_staff s on s.werkplein_id = v.werkplein_id
           join seed_match_place pl on pl.werkplein_id = v.werkplein_id
                                   and pl.idx = floor(v.u5 * v.places)::int
           join seed_match_emp e on e.werkplein_id = v.werkplein_id and e.sector = v.sector
           join employer emp on emp.werkplein_id = v.werkplein_id
                            and emp.kvk_number = '9' || lpad(v.sector_ord::text, 2, '0')
                                                 || lpad((1 + floor(v.u2 * e.n))::int::text, 5, '0')`,
      )
      .execute(trx);
    return {
      employers: Number(employers.numAffectedRows ?? 0),
      vacancies: Number(vacancies.numAffectedRows ?? 0),
    };
  });
};

export const seedNationalMatching = async (
  handle: DatabaseHandle,
  options: { log: (line: string) => void; now?: Date; vacancies?: number },
): Promise<SeedNationalMatchingResult> => {
  const { db } = handle;
  const { log } = options;
  const now = (options.now ?? new Date()).toISOString();
  const started = Date.now();
  const matchmakersAdded = await seedMatchmakers(db);
  await createPlanTables(db);
  log(`Matching: ${matchmakersAdded} matchmakers added (${seconds(Date.now() - started)})`);
  const profilesStarted = Date.now();
  const profiles = await seedProfiles(db, now);
  log(`  ${fmt(profiles)} profiles, activated (${seconds(Date.now() - profilesStarted)})`);
  const vacanciesStarted = Date.now();
  const { vacancies, employers } = await seedVacancies(db, options.vacancies ?? 50_000, now);
  log(
    `  ${fmt(vacancies)} open vacancies and ${fmt(employers)} employers (${seconds(Date.now() - vacanciesStarted)})`,
  );
  for (const table of [
    'seed_match_occ',
    'seed_match_staff',
    'seed_match_place',
    'seed_match_wp',
    'seed_match_vac',
    'seed_match_emp',
  ])
    await run(db, `drop table if exists ${table}`);
  const vacuumStarted = Date.now();
  for (const table of ['jobseeker', 'jobseeker_profile', 'vacancy', 'employer'])
    await run(db, `vacuum (analyze) ${table}`);
  log(`  vacuumed and analyzed in ${seconds(Date.now() - vacuumStarted)}`);
  log(
    `Seeded ${fmt(profiles)} profiles and ${fmt(vacancies)} vacancies in ${seconds(Date.now() - started)}.`,
  );
  return { profiles, vacancies, employers, matchmakersAdded };
};
