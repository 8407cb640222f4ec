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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { systemClock } from '../src/server/clock.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, type Db } from '../src/server/db/database.ts';
import { seededRandom } from '../src/server/db/seed/synthetic.ts';
import { startServer } from '../src/server/main.ts';
import { issueBearerToken } from '../src/server/modules/identity/session.service.ts';
import { jobseekerRepository } from '../src/server/modules/jobseeker-case/jobseeker.repository.ts';
import { parseSearchQuery } from '../src/server/modules/jobseeker-case/name-key.ts';

const TARGET_P95_MS = 25;
const SEARCH_LIMIT = 25; // the API's default page size
const positive = (name: string, fallback: number): number => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number`);
  return n;
};
const REQUESTS = positive('BENCH_REQUESTS', 2000);
const WARMUP = positive('BENCH_WARMUP', 200);
const CONCURRENCY = positive('BENCH_CONCURRENCY', 4);

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('Set DATABASE_URL to a seeded PostgreSQL database (see bench/README.md).');
  process.exit(2);
}

interface Result {
  operation: string;
  samples: number[];
  errors: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

/** Runs `task` for inputs[0..count) with `concurrency` workers; returns per-call latency in ms. */
const measure = async (
  operation: string,
  inputs: readonly string[],
  count: number,
  concurrency: number,
  task: (input: string) => Promise<boolean>,
): Promise<Result> => {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const input = inputs[next++ % inputs.length] as string;
      const started = performance.now();
      const ok = await task(input);
      samples.push(performance.now() - started);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { operation, samples, errors };
};

const countRows = async (db: Db) => {
  const { rows } = await sql<{ audit: string; operations: string; subjects: string }>`
    select (select count(*) from audit_record) as audit,
           (select count(*) from processing_operation) as operations,
           (select count(*) from processing_operation_subject) as subjects`.execute(db);
  const row = rows[0];
  return { audit: Number(row?.audit), operations: Number(row?.operations), subjects: Number(row?.subjects) };
};

const main = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplein-bench-'));
  process.env.PORT = '0';
  process.env.WERKPLEIN_DATA_DIR = dataDir;
  process.env.WERKPLEIN_WEB_DIR = dataDir; // the API only: no built web app needed
  const server = await startServer(loadConfig(), { quiet: true }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const sqlHandle = await openDatabase({ databaseUrl });
  const db = sqlHandle.db;
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

    const before = await countRows(db);
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
    const after = await countRows(db);

    const stats = results.map((r) => {
      const sorted = [...r.samples].sort((a, b) => a - b);
      return { ...r, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
    });
    const byName = (prefix: string) => stats.find((s) => s.operation.startsWith(prefix));
    const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2));
    const nf = (n: number) => n.toLocaleString('en-GB');

    console.log(`\nWerkplein search-and-open benchmark, ${new Date().toISOString()}`);
    console.log(
      `Data: ${nf(Number(totals.rows[0]?.jobseekers))} jobseekers in ${nf(Number(totals.rows[0]?.werkpleinen))} Werkpleinen; ` +
        `measured in ${werkpleinId} (${nf(Number(biggest.count))} jobseekers) as ${caseManager.login}`,
    );
    console.log(
      `${nf(REQUESTS)} calls per operation after ${nf(WARMUP)} warm-up calls; search limit ${SEARCH_LIMIT}; ` +
        `server in-process (same event loop as the client)\n`,
    );
    const width = Math.max(...stats.map((s) => s.operation.length));
    console.log(
      `${'operation'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  errors  p95 < ${TARGET_P95_MS} ms`,
    );
    for (const s of stats) {
      const isApi = s.operation.includes('API');
      const verdict = isApi ? (s.p95 < TARGET_P95_MS ? 'met' : 'MISSED') : '';
      console.log(
        `${s.operation.padEnd(width)}  ${ms(s.p50).padStart(8)}  ${ms(s.p95).padStart(8)}  ${ms(s.p99).padStart(8)}  ${String(s.errors).padStart(6)}  ${verdict}`,
      );
    }
    const ratio = (api: string, bare: string) => {
      const a = byName(api)?.p95;
      const b = byName(bare)?.p95;
      return a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(1)}×` : '-';
    };
    console.log(
      `\nAPI/SQL at p95 (sequential): search ${ratio('search by name, API, sequential', 'search by name, SQL')}, ` +
        `open ${ratio('open jobseeker, API, sequential', 'open jobseeker, SQL')}`,
    );
    console.log(
      `Processing log written during the run (${seconds.toFixed(1)} s): ${nf(after.audit - before.audit)} audit records, ` +
        `${nf(after.operations - before.operations)} processing operations, ${nf(after.subjects - before.subjects)} data-subject rows`,
    );
  } finally {
    await sqlHandle.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
