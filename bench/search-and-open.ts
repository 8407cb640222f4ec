/**
 * Latency of searching and opening a jobseeker, through the API and as bare SQL.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench npx tsx bench/search-and-open.ts
 *
 * Needs a database seeded with `werkplein seed --size national` (or a number). Starts the server
 * in-process on a free port, logs in as a klantmanager of the largest Werkplein with a bearer
 * token, and prints p50/p95/p99 per operation. It prints figures and asserts nothing.
 * Options (environment): BENCH_REQUESTS (default 2000), BENCH_WARMUP (200), BENCH_CONCURRENCY (4).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { systemClock } from '../src/server/clock.ts';
import { seededRandom } from '../src/server/db/seed/synthetic.ts';
import { issueBearerToken } from '../src/server/modules/identity/session.service.ts';
import { jobseekerRepository } from '../src/server/modules/jobseeker-case/jobseeker.repository.ts';
import { parseSearchQuery } from '../src/server/modules/jobseeker-case/name-key.ts';
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
  type Result,
} from './bench-support.ts';

const TARGET_P95_MS = 25;
const SEARCH_LIMIT = 25; // the API's default page size
const REQUESTS = positiveEnv('BENCH_REQUESTS', 2000);
const WARMUP = positiveEnv('BENCH_WARMUP', 200);
const CONCURRENCY = positiveEnv('BENCH_CONCURRENCY', 4);
const databaseUrl = requireDatabaseUrl();

const main = async () => {
  const server = await startBenchServer(databaseUrl);
  const db = server.db;
  try {
    const totals = await sql<{ jobseekers: string; werkpleinen: string }>`
      select (select count(*) from jobseeker) as jobseekers, (select count(*) from werkplein) as werkpleinen`.execute(
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
    const caseManager = await db
      .selectFrom('employee as e')
      .innerJoin('employee_role as r', 'r.employee_id', 'e.id')
      .innerJoin('employee_werkplein as w', 'w.employee_id', 'e.id')
      .select('e.login')
      .where('r.role', '=', 'caseManager')
      .where('w.werkplein_id', '=', werkpleinId)
      .where('e.active', '=', true)
      .orderBy('e.login')
      .executeTakeFirst();
    if (!caseManager)
      throw new Error(`No klantmanager for Werkplein ${werkpleinId}: seed with --size national`);
    const { token } = await issueBearerToken(db, systemClock, caseManager.login);

    // Inputs drawn from the data: surname prefixes of 3–5 letters, and ids, of this Werkplein.
    const sample = await sql<{ id: string; surname_key: string }>`
      select id, surname_key from jobseeker where werkplein_id = ${werkpleinId} order by random() limit 5000`.execute(
      db,
    );
    const random = seededRandom(42);
    const prefixes = sample.rows.map((r) => {
      const word = r.surname_key.split(' ')[0] ?? r.surname_key; // 'el amrani' is found by 'el', not by 'amr'
      return word.slice(0, 3 + Math.floor(random() * 3));
    });
    const ids = sample.rows.map((r) => r.id);

    const headers = { authorization: `Bearer ${token}` };
    const get = async (path: string): Promise<boolean> => {
      const response = await fetch(`${server.url}${path}`, { headers });
      await response.arrayBuffer();
      return response.status === 200;
    };
    const apiSearch = (q: string) =>
      get(`/api/jobseekers?q=${encodeURIComponent(q)}&werkpleinId=${encodeURIComponent(werkpleinId)}`);
    const apiOpen = (id: string) => get(`/api/jobseekers/${id}`);
    const sqlSearch = async (q: string) => {
      const parsed = parseSearchQuery(q);
      if (parsed.kind !== 'name') return false;
      await jobseekerRepository.search(db, {
        werkpleinIds: [werkpleinId],
        onlyReferredTo: null,
        limit: SEARCH_LIMIT,
        tokens: parsed.tokens,
      });
      return true;
    };
    const sqlOpen = async (id: string) => (await jobseekerRepository.getById(db, id)) !== undefined;

    // Warm-up: connections, plans, caches.
    for (const [inputs, task] of [
      [prefixes, apiSearch],
      [ids, apiOpen],
      [prefixes, sqlSearch],
      [ids, sqlOpen],
    ] as const) {
      await measure('warm-up', inputs, WARMUP, CONCURRENCY, task);
    }

    const before = await countLog(db);
    const started = performance.now();
    const results: Result[] = [];
    results.push(await measure('search by name, API, sequential', prefixes, REQUESTS, 1, apiSearch));
    results.push(
      await measure(
        `search by name, API, concurrency ${CONCURRENCY}`,
        prefixes,
        REQUESTS,
        CONCURRENCY,
        apiSearch,
      ),
    );
    results.push(await measure('search by name, SQL only', prefixes, REQUESTS, 1, sqlSearch));
    results.push(await measure('open jobseeker, API, sequential', ids, REQUESTS, 1, apiOpen));
    results.push(
      await measure(`open jobseeker, API, concurrency ${CONCURRENCY}`, ids, REQUESTS, CONCURRENCY, apiOpen),
    );
    results.push(await measure('open jobseeker, SQL only', ids, REQUESTS, 1, sqlOpen));
    const seconds = (performance.now() - started) / 1000;
    const after = await countLog(db);

    console.log(`\nWerkplein search-and-open benchmark, ${new Date().toISOString()}`);
    console.log(
      `Data: ${nf(Number(totals.rows[0]?.jobseekers))} jobseekers in ${nf(Number(totals.rows[0]?.werkpleinen))} Werkpleinen; ` +
        `measured in ${werkpleinId} (${nf(Number(biggest.count))} jobseekers) as ${caseManager.login}`,
    );
    console.log(
      `${nf(REQUESTS)} calls per operation after ${nf(WARMUP)} warm-up calls; search limit ${SEARCH_LIMIT}; ` +
        `server in-process (same event loop as the client)\n`,
    );
    const stats = printTable(results, TARGET_P95_MS, (operation) => operation.includes('API'));
    console.log(
      `\nAPI/SQL at p95 (sequential): search ${p95Ratio(stats, 'search by name, API, sequential', 'search by name, SQL')}, ` +
        `open ${p95Ratio(stats, 'open jobseeker, API, sequential', 'open jobseeker, SQL')}`,
    );
    const written = logDelta(before, after);
    console.log(
      `Processing log written during the run (${seconds.toFixed(1)} s): ${nf(written.audit)} audit records, ` +
        `${nf(written.operations)} processing operations, ${nf(written.subjects)} data-subject rows`,
    );
  } finally {
    await server.stop();
  }
};

await main();
