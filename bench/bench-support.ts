/**
 * What every benchmark here shares: its options from the environment, the database it needs, a
 * server started in-process for the API only, timing with percentiles, and the processing-log rows
 * the measured calls wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, type Db } from '../src/server/db/database.ts';
import { startServer } from '../src/server/main.ts';

/** A positive whole number from the environment, or the default. */
export const positiveEnv = (name: string, fallback: number): number => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number`);
  return n;
};

/** DATABASE_URL, or exits with a pointer to the README. */
export const requireDatabaseUrl = (): string => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Set DATABASE_URL to a seeded PostgreSQL database (see bench/README.md).');
    process.exit(2);
  }
  return databaseUrl;
};

export interface Result {
  operation: string;
  /** Latency per call in ms. */
  samples: number[];
  errors: number;
  /** Wall-clock time of the whole row, for its throughput (calls per second). */
  seconds: number;
}

/** Nearest-rank percentile of ascending values. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

export const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** p50, p95 and p99 of a row's samples. */
const summarise = <R extends Result>(r: R) => {
  const sorted = [...r.samples].sort((a, b) => a - b);
  return { ...r, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};

/** Runs `task` for inputs[0..count) (cycling) with `concurrency` workers in this thread. */
export const measure = async <T>(
  operation: string,
  inputs: readonly T[],
  count: number,
  concurrency: number,
  task: (input: T) => Promise<boolean>,
): Promise<Result> => {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const rowStarted = performance.now();
  const worker = async () => {
    while (next < count) {
      const input = inputs[next++ % inputs.length] as T;
      const started = performance.now();
      const ok = await task(input).catch(() => false);
      samples.push(performance.now() - started);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { operation, samples, errors, seconds: (performance.now() - rowStarted) / 1000 };
};

export interface LogCounts {
  audit: number;
  operations: number;
  subjects: number;
}

/** How many rows the processing log holds (compare before and after a row). */
export const countLog = async (db: Db): Promise<LogCounts> => {
  const { rows } = await sql<{ audit: string; operations: string; subjects: string }>`
    select (select count(*) from audit_record) as audit,
           (select count(*) from processing_operation) as operations,
           (select count(*) from processing_operation_subject) as subjects`.execute(db);
  const row = rows[0];
  return { audit: Number(row?.audit), operations: Number(row?.operations), subjects: Number(row?.subjects) };
};

export const logDelta = (before: LogCounts, after: LogCounts): LogCounts => ({
  audit: after.audit - before.audit,
  operations: after.operations - before.operations,
  subjects: after.subjects - before.subjects,
});

/**
 * Starts Werkplein in-process on a free port against DATABASE_URL (API only: no built web app),
 * with a second connection for the bare-SQL rows; `stop` closes both and removes the temporary
 * data folder.
 */
export const startBenchServer = async (databaseUrl: string) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplein-bench-'));
  process.env.PORT = '0';
  process.env.WERKPLEIN_DATA_DIR = dataDir;
  process.env.WERKPLEIN_WEB_DIR = dataDir;
  // A benchmark drives the API from one address with a few accounts: no rate limits.
  process.env.WERKPLEIN_RATE_LIMITS = 'off';
  const server = await startServer(loadConfig({ LOG_LEVEL: 'warn', ...process.env }), { quiet: true }).catch(
    (error: unknown) => {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    },
  );
  const sqlHandle = await openDatabase({ databaseUrl });
  return {
    url: server.url,
    db: sqlHandle.db,
    stop: async () => {
      await sqlHandle.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export const ms = (n: number | undefined): string =>
  n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2);
export const nf = (n: number): string => n.toLocaleString('en-GB');

/**
 * Prints one line per row: p50/p95/p99, throughput, errors, and whether p95 meets the target
 * (only for rows `judged` says count, e.g. the API rows), plus the log rows written when known.
 * Returns the rows with their percentiles.
 */
export const printTable = <R extends Result & { log?: LogCounts }>(
  results: readonly R[],
  targetMs: number,
  judged: (operation: string) => boolean = () => true,
) => {
  const stats = results.map(summarise);
  const width = Math.max(...stats.map((s) => s.operation.length));
  const withLog = stats.some((s) => s.log);
  console.log(
    `${'operation'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'calls/s'.padStart(7)}  errors  p95 < ${targetMs} ms` +
      (withLog ? '  log rows (audit/operations/subjects)' : ''),
  );
  for (const s of stats) {
    const verdict = !judged(s.operation) ? '' : s.errors > 0 ? 'ERRORS' : s.p95 < targetMs ? 'met' : 'MISSED';
    const log = s.log ? `${nf(s.log.audit)}/${nf(s.log.operations)}/${nf(s.log.subjects)}` : '';
    console.log(
      `${s.operation.padEnd(width)}  ${ms(s.p50).padStart(8)}  ${ms(s.p95).padStart(8)}  ${ms(s.p99).padStart(8)}  ` +
        `${(s.samples.length / s.seconds).toFixed(1).padStart(7)}  ${String(s.errors).padStart(6)}  ${verdict.padEnd(13)}  ${log}`.trimEnd(),
    );
  }
  return stats;
};

/** "4.2×": how many times the first row's p95 is the second's, by operation prefix. */
export const p95Ratio = (
  stats: readonly { operation: string; p95: number }[],
  slower: string,
  faster: string,
): string => {
  const a = stats.find((s) => s.operation.startsWith(slower))?.p95;
  const b = stats.find((s) => s.operation.startsWith(faster))?.p95;
  return a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(1)}×` : '-';
};
