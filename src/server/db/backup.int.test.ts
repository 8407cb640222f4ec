import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import { startSession } from '../modules/identity/session.service.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { createTestDatabase, testConfig } from '../testing/test-app.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle, type Db } from './database.ts';
import { seedDemo } from './seed/demo.ts';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run('node', ['bin/werkplein.mjs', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });
const onPostgres = process.env.WERKPLEIN_TEST_ENGINE === 'postgres';

/** Rows per table, of every table in the schema. */
const tableCounts = async (db: Db): Promise<Record<string, number>> => {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows)
    counts[name] = Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(db)).rows[0]?.n,
    );
  return counts;
};

/** The app on a database: a logged-in beheerder (a new session) and a read that writes a log line. */
const withApp = async <T>(
  database: DatabaseHandle,
  secret: string,
  work: (get: (login: string, url: string) => Promise<LightMyRequestResponse>) => Promise<T>,
): Promise<T> => {
  const config = testConfig({ WERKPLEIN_SECRET: secret });
  const app = await buildApp({ config, database });
  try {
    return await work(async (login, url) => {
      const employee = await database.db
        .selectFrom('employee')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirstOrThrow();
      const { token } = await startSession(database.db, systemClock, config.session, {
        employeeId: employee.id,
        kind: 'browser',
      });
      return app.inject({ method: 'GET', url, headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    });
  } finally {
    await app.close();
  }
};

const SECRET = 's'.repeat(40);

describe(onPostgres ? 'pg_dump and pg_restore (docs/operations.md)' : 'werkplein backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'werkplein-backup-'));
  mkdirSync(join(dir, 'a'));
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('restores a seeded database into a new one that counts, logs in and keeps its processing log', async () => {
    // A seeded database with processing-log lines written through the API.
    const source = onPostgres
      ? await createTestDatabase()
      : await openDatabase({ dataDir: join(dir, 'a', 'pglite') });
    if (!onPostgres) await migrateToLatest(source.db);
    await seedDemo(source.db, { jobseekers: 30 });
    const logBefore = await withApp(source, SECRET, async (get) => {
      const list = await get('kees.klant', '/api/jobseekers?q=de');
      expect(list.statusCode).toBe(200);
      const id = list.json().items[0].id as string;
      expect((await get('kees.klant', `/api/jobseekers/${id}`)).statusCode).toBe(200);
      return (await get('bea.beheer', '/api/admin/processing-log?limit=500')).json().items as unknown[];
    });
    expect(logBefore.length).toBeGreaterThan(0);
    const before = await tableCounts(source.db);

    let restored: DatabaseHandle;
    if (onPostgres) {
      const file = join(dir, 'werkplein.dump');
      const url = (source as { url?: string }).url as string;
      await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, url]);
      const target = await createTestDatabase({ migrate: false });
      await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, file]);
      restored = target;
    } else {
      await source.close();
      const file = join(dir, 'werkplein.tar.gz');
      expect((await cli(['backup', '--out', file], { WERKPLEIN_DATA_DIR: join(dir, 'a') })).stdout).toContain(
        'Backup written',
      );
      // Never over an existing database.
      await expect(cli(['restore', file], { WERKPLEIN_DATA_DIR: join(dir, 'a') })).rejects.toMatchObject({
        stderr: expect.stringContaining('already holds a database'),
      });
      expect((await cli(['restore', file], { WERKPLEIN_DATA_DIR: join(dir, 'b') })).stdout).toContain(
        'Restored',
      );
      restored = await openDatabase({ dataDir: join(dir, 'b', 'pglite') });
    }
    cleanups.push(() => restored.close());
    if (onPostgres) cleanups.push(() => source.close());

    expect(await tableCounts(restored.db)).toEqual(before);
    await withApp(restored, SECRET, async (get) => {
      const session = await get('kees.klant', '/api/session');
      expect(session.statusCode).toBe(200);
      expect(session.json().employee.login).toBe('kees.klant');
      const log = (await get('bea.beheer', '/api/admin/processing-log?limit=500')).json().items as unknown[];
      // The same lines, plus the ones this smoke test wrote (sessions are not logged; the search is).
      expect(log.slice(-logBefore.length)).toEqual(logBefore.slice(-logBefore.length));
    });
    // Still append-only after the restore.
    await expect(sql`delete from audit_record`.execute(restored.db)).rejects.toThrow(/append-only/);
  }, 240_000);
});
