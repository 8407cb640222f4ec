/**
 * Latency of the klantvolgsysteem's daily screens at national scale, through the API and as bare
 * SQL (the repository queries): (a) opening a dossier with its timeline, (b) a klantmanager's
 * caseload, (c) "Mijn dag", (d) the MT's team view, and (e) registering an intake with 20
 * concurrent intakers.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench npx tsx bench/case-screens.ts
 *
 * Needs a database seeded with `werkplein seed --size national --cases`. Starts the server
 * in-process on a free port, gives bearer tokens to klantmanagers, the MT member and intakers,
 * sends the API calls from a worker thread (bench/load-generator.ts: its own event loop, not the
 * server's), and prints p50/p95/p99 per operation. It prints figures and asserts nothing. The intake
 * benchmark takes in jobseekers still without klantmanager: each run uses up BENCH_INTAKES of them.
 * Options (environment): BENCH_REQUESTS (default 1000), BENCH_WARMUP (100), BENCH_CONCURRENCY (4),
 * BENCH_INTAKES (2000), BENCH_INTAKE_USERS (20), BENCH_THINK_MS (500), BENCH_SCREENS (a,b,c,d,e).
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { systemClock } from '../src/server/clock.ts';
import type { Db } from '../src/server/db/database.ts';
import { amsterdamDate, amsterdamDayBounds } from '../src/server/modules/caseload/amsterdam-day.ts';
import { caseloadRepository } from '../src/server/modules/caseload/caseload.repository.ts';
import { issueBearerToken } from '../src/server/modules/identity/session.service.ts';
import { caseAssignmentRepository } from '../src/server/modules/jobseeker-case/case-assignment.repository.ts';
import { intakeRepository } from '../src/server/modules/jobseeker-case/intake.repository.ts';
import {
  workFirstContactDue,
  workFirstPlacementDue,
} from '../src/server/modules/jobseeker-case/intake.rules.ts';
import { jobseekerRepository } from '../src/server/modules/jobseeker-case/jobseeker.repository.ts';
import { taskRepository } from '../src/server/modules/task/task.repository.ts';
import { timelineRepository } from '../src/server/modules/timeline/timeline.repository.ts';
import {
  countLog,
  logDelta,
  measure,
  nf,
  p95Ratio,
  positiveEnv,
  printTable,
  requireDatabaseUrl,
  startBenchServer,
  type LogCounts,
  type Result as RowResult,
} from './bench-support.ts';
import { startLoadGenerator, type HttpCall, type LoadGenerator } from './load-generator.ts';

const TARGET_P95_MS = 50;
const TIMELINE_LIMIT = 50; // the API's default page size
const REQUESTS = positiveEnv('BENCH_REQUESTS', 1000);
const WARMUP = positiveEnv('BENCH_WARMUP', 100);
const CONCURRENCY = positiveEnv('BENCH_CONCURRENCY', 4);
const INTAKES = positiveEnv('BENCH_INTAKES', 2000);
const INTAKE_USERS = positiveEnv('BENCH_INTAKE_USERS', 20);
/** Mean pause of an intaker between two intakes (uniform 0 … 2×), for the second intake run. */
const THINK_MS = positiveEnv('BENCH_THINK_MS', 500);
/** Which screens to measure: a comma-separated subset of a,b,c,d,e. */
const SCREENS = new Set((process.env.BENCH_SCREENS ?? 'a,b,c,d,e').split(',').map((s) => s.trim()));

const databaseUrl = requireDatabaseUrl();

interface Result extends RowResult {
  /** Processing-log rows written during the measured calls (API rows only). */
  log?: LogCounts;
}

/** Measures API calls, sent by the load generator's worker thread, and the processing-log rows they wrote. */
const measureApi = async (
  db: Db,
  load: LoadGenerator,
  operation: string,
  calls: HttpCall[],
  count: number,
  concurrency: number,
  thinkMs = 0,
): Promise<Result> => {
  const before = await countLog(db);
  const rowStarted = performance.now();
  const result = await load.run(calls, count, concurrency, thinkMs);
  const seconds = (performance.now() - rowStarted) / 1000;
  const after = await countLog(db);
  return {
    operation,
    ...result,
    seconds,
    log: logDelta(before, after),
  };
};

const loginsWithRole = async (db: Db, werkpleinId: string, role: string, limit: number) =>
  (
    await db
      .selectFrom('employee as e')
      .innerJoin('employee_role as r', 'r.employee_id', 'e.id')
      .innerJoin('employee_werkplein as w', 'w.employee_id', 'e.id')
      .select(['e.id', 'e.login'])
      .where('r.role', '=', role as never)
      .where('w.werkplein_id', '=', werkpleinId)
      .where('e.active', '=', true)
      .orderBy('e.login')
      .limit(limit)
      .execute()
  ).map((r) => ({ id: r.id, login: r.login }));

const main = async () => {
  const server = await startBenchServer(databaseUrl);
  const db = server.db;
  const load = startLoadGenerator(server.url);
  try {
    const totals = await sql<{ jobseekers: string; events: string; werkpleinen: string; managers: string }>`
      select (select count(*) from jobseeker) as jobseekers,
             (select reltuples::bigint from pg_class where relname = 'case_event') as events,
             (select count(*) from werkplein) as werkpleinen,
             (select count(distinct case_manager_id) from jobseeker where case_manager_id is not null) as managers`.execute(
      db,
    );
    const biggest = await db
      .selectFrom('jobseeker')
      .select(['werkplein_id', db.fn.countAll<string>().as('count')])
      .groupBy('werkplein_id')
      .orderBy('count', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!biggest) throw new Error('No jobseekers: seed the database first (see bench/README.md)');
    const werkpleinId = biggest.werkplein_id;

    // Klantmanagers of this Werkplein with active cases; each call goes to the next one.
    const managers = (
      await sql<{ id: string; login: string; cases: string }>`
        select e.id, e.login, count(*) as cases
          from jobseeker j join employee e on e.id = j.case_manager_id
         where j.werkplein_id = ${werkpleinId} and j.outflow_date is null and j.handed_over_at is null
         group by e.id, e.login order by e.login limit 50`.execute(db)
    ).rows;
    if (managers.length === 0)
      throw new Error(`No klantmanager with cases in ${werkpleinId}: seed with --size national --cases`);
    const managerUsers = await Promise.all(
      managers.map(async (m) => ({
        id: m.id,
        login: m.login,
        headers: { authorization: `Bearer ${(await issueBearerToken(db, systemClock, m.login)).token}` },
      })),
    );
    const [mt] = await loginsWithRole(db, werkpleinId, 'management', 1);
    if (!mt) throw new Error(`No MT member in ${werkpleinId}`);
    const mtHeaders = {
      authorization: `Bearer ${(await issueBearerToken(db, systemClock, mt.login)).token}`,
    };
    const averageCaseload = managers.reduce((sum, m) => sum + Number(m.cases), 0) / managers.length;

    // Dossiers: random active cases of the Werkplein.
    const ids = (
      await sql<{ id: string }>`
        select id from jobseeker where werkplein_id = ${werkpleinId} and case_manager_id is not null
         order by random() limit 2000`.execute(db)
    ).rows.map((r) => r.id);

    const get = (path: string, headers: Record<string, string>) => ({
      method: 'GET' as const,
      path,
      headers,
      status: 200,
    });
    const firstManager = managerUsers[0] as (typeof managerUsers)[number];
    // A dossier is the person and the first timeline page, fetched in parallel as the page does.
    const apiDossier = (id: string): HttpCall => ({
      requests: [
        get(`/api/jobseekers/${id}`, firstManager.headers),
        get(`/api/jobseekers/${id}/timeline`, firstManager.headers),
      ],
    });
    const sqlDossier = async (id: string) => {
      const row = await jobseekerRepository.getById(db, id);
      if (!row) return false;
      await timelineRepository.page(db, { jobseekerId: id, types: [], limit: TIMELINE_LIMIT });
      await timelineRepository.partnersOfWerkplein(db, row.werkplein_id);
      return true;
    };
    type Manager = (typeof managerUsers)[number];
    const apiCaseload = (m: Manager): HttpCall => ({ requests: [get('/api/caseload', m.headers)] });
    const sqlCaseload = async (m: Manager) => {
      const now = new Date();
      await caseloadRepository.caseload(db, m.id, [werkpleinId], now, amsterdamDate(now));
      return true;
    };
    const apiMyDay = (m: Manager): HttpCall => ({ requests: [get('/api/my-day', m.headers)] });
    const sqlMyDay = async (m: Manager) => {
      const now = new Date();
      const day = amsterdamDayBounds(now);
      await caseloadRepository.appointmentsBetween(db, m.id, day.start, day.end);
      await caseloadRepository.openTasksUntil(db, m.id, day.end);
      await caseloadRepository.newSignals(db, m.id, [werkpleinId]);
      return true;
    };
    const apiTeam = (w: string): HttpCall => ({
      requests: [get(`/api/team?werkpleinId=${encodeURIComponent(w)}`, mtHeaders)],
    });
    const sqlTeam = async (w: string) => {
      await caseloadRepository.team(db, w, new Date());
      return true;
    };

    // What the screens show, for the report.
    const sampleDay = await sqlMyDayCounts(db, firstManager.id, werkpleinId);

    const started = performance.now();
    // Other work on the machine (other benchmarks, builds, tests) slows every figure: report it.
    const loads = [loadavg()[0] as number];
    const loadSampler = setInterval(() => loads.push(loadavg()[0] as number), 10_000);
    const results: Result[] = [];
    const screens = [
      ['(a) dossier + timeline', ids, apiDossier, sqlDossier, REQUESTS],
      ['(b) caseload', managerUsers, apiCaseload, sqlCaseload, REQUESTS],
      ['(c) Mijn dag', managerUsers, apiMyDay, sqlMyDay, REQUESTS],
      ['(d) team view', [werkpleinId], apiTeam, sqlTeam, Math.max(50, Math.floor(REQUESTS / 5))],
    ] as const;
    for (const [name, inputs, api, bare, count] of screens) {
      if (!SCREENS.has(name.charAt(1))) continue;
      const calls = (inputs as readonly unknown[]).map(api as (input: unknown) => HttpCall);
      const bareTask = bare as (input: unknown) => Promise<boolean>;
      // Warm-up: connections, plans, caches.
      const warmup = Math.min(WARMUP, Math.ceil(count / 5));
      await load.run(calls, warmup, CONCURRENCY);
      await measure('warm-up', inputs, warmup, 1, bareTask);
      results.push(await measureApi(db, load, `${name}, API, sequential`, calls, count, 1));
      results.push(
        await measureApi(db, load, `${name}, API, concurrency ${CONCURRENCY}`, calls, count, CONCURRENCY),
      );
      results.push(await measure(`${name}, SQL only`, inputs, count, 1, bareTask));
    }

    // (e) Intake: INTAKE_USERS intakers of the largest Werkpleinen, each taking in jobseekers of
    // his own Werkplein that have no klantmanager yet, assigning one of its klantmanagers.
    const intakeWerkpleinen = !SCREENS.has('e')
      ? []
      : (
          await sql<{ werkplein_id: string }>`
        select werkplein_id from jobseeker where case_manager_id is null and bsn < '1'
         group by werkplein_id order by count(*) desc limit ${INTAKE_USERS}`.execute(db)
        ).rows.map((r) => r.werkplein_id);
    interface IntakeJob {
      jobseekerId: string;
      werkpleinId: string;
      caseManagerId: string;
      headers: Record<string, string>;
      actorId: string;
      partnerId: string;
    }
    const perUser = Math.ceil((INTAKES * 4 + WARMUP) / intakeWerkpleinen.length);
    const queues: IntakeJob[][] = [];
    for (const w of intakeWerkpleinen) {
      const [intaker] = await loginsWithRole(db, w, 'intakeOfficer', 1);
      const kms = await loginsWithRole(db, w, 'caseManager', 200);
      if (!intaker || kms.length === 0) continue;
      const actor = await db
        .selectFrom('employee')
        .select(['id', 'partner_id'])
        .where('login', '=', intaker.login)
        .executeTakeFirstOrThrow();
      const headers = {
        authorization: `Bearer ${(await issueBearerToken(db, systemClock, intaker.login)).token}`,
        'content-type': 'application/json',
      };
      const waiting = await sql<{ id: string }>`
        select id from jobseeker where werkplein_id = ${w} and case_manager_id is null and bsn < '1'
         order by random() limit ${perUser}`.execute(db);
      queues.push(
        waiting.rows.map((r, i) => ({
          jobseekerId: r.id,
          werkpleinId: w,
          caseManagerId: (kms[i % kms.length] as { id: string }).id,
          headers,
          actorId: actor.id,
          partnerId: actor.partner_id,
        })),
      );
    }
    const users = queues.length;
    let takeTurn = 0;
    const take = (): IntakeJob | undefined => {
      // Round-robin over the intakers' queues keeps each of the workers on a different Werkplein.
      for (let i = 0; i < users; i++) {
        const q = queues[takeTurn++ % users] as IntakeJob[];
        const job = q.pop();
        if (job) return job;
      }
      return undefined;
    };
    const jobs = (n: number) =>
      Array.from({ length: n }, take).filter((j): j is IntakeJob => j !== undefined);
    const intakeBody = (caseManagerId: string) =>
      JSON.stringify({
        clientQuestion: 'Zoekt werk in de logistiek, 32 uur per week; heeft een rijbewijs B.',
        eligibleBenefit: 'WWB',
        benefitApplicationExists: false,
        distanceToWork: 'medium',
        workFirst: true,
        caseManagerId,
      });
    const apiIntake = (job: IntakeJob): HttpCall => ({
      requests: [
        {
          method: 'POST',
          path: `/api/jobseekers/${job.jobseekerId}/intake`,
          headers: job.headers,
          body: intakeBody(job.caseManagerId),
          status: 201,
        },
      ],
    });
    /** The same writes as the intake service, without HTTP, authorisation and processing log. */
    const sqlIntake = (job: IntakeJob) =>
      db.transaction().execute(async (trx) => {
        const now = new Date();
        const [row] = await caseAssignmentRepository.lockJobseekers(trx, [job.jobseekerId]);
        if (!row) return false;
        const manager = await caseAssignmentRepository.caseManagerIn(trx, job.caseManagerId, job.werkpleinId);
        if (!manager) return false;
        await caseAssignmentRepository.assign(trx, [job.jobseekerId], manager.id, now, now);
        const event = (type: string, data: Record<string, unknown>) =>
          trx
            .insertInto('case_event')
            .values({
              werkplein_id: job.werkpleinId,
              jobseeker_id: job.jobseekerId,
              type,
              data: JSON.stringify(data),
              occurred_at: now,
              recorded_at: now,
              actor_employee_id: job.actorId,
              actor_partner_id: job.partnerId,
            })
            .execute();
        await event('caseManager.assigned', { caseManagerId: manager.id, reason: 'intake' });
        const intake = await intakeRepository.insert(trx, {
          werkplein_id: job.werkpleinId,
          jobseeker_id: job.jobseekerId,
          client_question: 'Zoekt werk in de logistiek, 32 uur per week; heeft een rijbewijs B.',
          eligible_benefit: 'WWB',
          benefit_application_exists: false,
          distance_to_work: 'medium',
          work_first: true,
          case_manager_id: manager.id,
          performed_by: job.actorId,
          performed_at: now,
        });
        await taskRepository.createMany(
          trx,
          (
            [
              ['work_first_placement', workFirstPlacementDue(now)],
              ['work_first_contact', workFirstContactDue(now)],
            ] as const
          ).map(([kind, dueAt]) => ({
            werkpleinId: job.werkpleinId,
            jobseekerId: job.jobseekerId,
            assigneeId: manager.id,
            kind,
            title: kind,
            dueAt,
            createdAt: now,
          })),
        );
        await event('intake.completed', { intakeId: intake.id, caseManagerId: manager.id, workFirst: true });
        return true;
      });
    if (users > 0) {
      await load.run(jobs(WARMUP).map(apiIntake), WARMUP, users);
      const runs = [
        [`(e) intake, API, ${users} requests at once, no pause`, users, 0],
        [`(e) intake, API, ${users} concurrent users, pause ~${THINK_MS} ms`, users, THINK_MS],
        ['(e) intake, API, 1 user, sequential', 1, 0],
      ] as const;
      for (const [name, concurrency, think] of runs) {
        const apiCalls = jobs(INTAKES).map(apiIntake);
        results.push(await measureApi(db, load, name, apiCalls, apiCalls.length, concurrency, think));
      }
      const sqlJobs = jobs(INTAKES);
      results.push(
        await measure(`(e) intake, SQL only, ${users} concurrent`, sqlJobs, sqlJobs.length, users, sqlIntake),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(loadSampler);
    loads.push(loadavg()[0] as number);

    const t = totals.rows[0];

    console.log(`\nWerkplein case-screens benchmark, ${new Date().toISOString()}`);
    console.log(
      `Machine: ${availableParallelism()} cores; 1-minute load average during the run ` +
        `${Math.min(...loads).toFixed(1)} … ${Math.max(...loads).toFixed(1)} ` +
        `(mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)}, every 10 s)`,
    );
    console.log(
      `Data: ${nf(Number(t?.jobseekers))} jobseekers, ~${nf(Number(t?.events))} case events, ${nf(Number(t?.werkpleinen))} Werkpleinen, ` +
        `${nf(Number(t?.managers))} klantmanagers with cases; measured in ${werkpleinId} (${nf(Number(biggest.count))} jobseekers)`,
    );
    console.log(
      `Caseload and Mijn dag rotate over ${managerUsers.length} klantmanagers (average ${averageCaseload.toFixed(1)} active cases; ` +
        `${firstManager.login}'s day: ${sampleDay}); team view as ${mt.login}; intake by ${users} intakers of as many Werkpleinen`,
    );
    console.log(
      `${nf(REQUESTS)} calls per read operation (team view ${nf(Math.max(50, Math.floor(REQUESTS / 5)))}), ${nf(INTAKES)} intakes, ` +
        `after warm-up; server in-process, client in a worker thread (its own event loop), pool of 10 connections\n`,
    );
    const stats = printTable(results, TARGET_P95_MS, (operation) => operation.includes('API'));
    console.log(
      `\nAPI/SQL at p95: ${screens.map(([name]) => `${name} ${p95Ratio(stats, `${name}, API, sequential`, `${name}, SQL`)}`).join(', ')}, ` +
        `(e) intake ${p95Ratio(stats, `(e) intake, API, ${users} requests at once`, '(e) intake, SQL')} (both at ${users} concurrent)`,
    );
    const logTotal = stats.reduce(
      (sum, s) => ({
        audit: sum.audit + (s.log?.audit ?? 0),
        operations: sum.operations + (s.log?.operations ?? 0),
        subjects: sum.subjects + (s.log?.subjects ?? 0),
      }),
      { audit: 0, operations: 0, subjects: 0 },
    );
    console.log(
      `Processing log written by the measured API calls (${seconds.toFixed(1)} s in all): ${nf(logTotal.audit)} audit records, ` +
        `${nf(logTotal.operations)} processing operations, ${nf(logTotal.subjects)} data-subject rows`,
    );
  } finally {
    await load.close();
    await server.stop();
  }
};

/** "6 appointments, 9 open tasks, 2 signals": what one klantmanager's Mijn dag holds. */
const sqlMyDayCounts = async (db: Db, employeeId: string, werkpleinId: string): Promise<string> => {
  const now = new Date();
  const day = amsterdamDayBounds(now);
  const appointments = await caseloadRepository.appointmentsBetween(db, employeeId, day.start, day.end);
  const tasks = await caseloadRepository.openTasksUntil(db, employeeId, day.end);
  const signals = await caseloadRepository.newSignals(db, employeeId, [werkpleinId]);
  const overdue = tasks.filter((t) => t.due_at.getTime() < now.getTime()).length;
  return `${appointments.length} appointments, ${tasks.length} tasks due (${overdue} overdue), ${signals.length} signals`;
};

await main();
