import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../testing/test-app.ts';
import { openDatabase } from './database.ts';
import { randomBsn, seededRandom } from './seed/synthetic.ts';

const onPostgres = process.env.WERKPLEIN_TEST_ENGINE === 'postgres';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The database goes away under write load: on PostgreSQL every connection of the test's database
 * is terminated (`pg_terminate_backend`, as a restart or failover does) and new ones are refused
 * for a while (`allow_connections false`), without disturbing other databases on the server. On
 * PGlite, which has no connection to lose, the same load runs without the fault.
 */
describe(onPostgres ? 'PostgreSQL gone and back under write load' : 'write load on PGlite', () => {
  let t: TestApp;
  let intaker: Session;
  beforeAll(async () => {
    t = await createTestApp();
    intaker = await t.loginAs('iris.intake');
  });
  afterAll(async () => t.close());

  it('answers 503 database_unavailable meanwhile, recovers by itself, and keeps every acknowledged write', async () => {
    const random = seededRandom(Date.now() % 100_000);
    const acknowledged: string[] = [];
    const refused: { status: number; code: string }[] = [];
    let acknowledgedAfterRecovery = 0;
    let recovered = false;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const answer = await intaker.request({
          method: 'POST',
          url: '/api/jobseekers',
          payload: registration({ bsn: randomBsn(random), surname: 'Belasting' }),
        });
        if (answer.statusCode === 201) {
          acknowledged.push(answer.json().id as string);
          if (recovered) acknowledgedAfterRecovery++;
        } else {
          refused.push({ status: answer.statusCode, code: answer.json().error.code as string });
          if (answer.statusCode === 503) await pause(20);
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    await pause(700);

    if (onPostgres) {
      const admin = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
      const database = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0]
        ?.name as string;
      try {
        await sql`alter database ${sql.id(database)} allow_connections false`.execute(admin.db);
        await sql`select pg_terminate_backend(pid) from pg_stat_activity
                  where datname = ${database} and pid <> pg_backend_pid()`.execute(admin.db);
        const down = await t.app.inject({ method: 'GET', url: '/ready' });
        expect(down.statusCode).toBe(503);
        await pause(500);
      } finally {
        await sql`alter database ${sql.id(database)} allow_connections true`.execute(admin.db);
        await admin.close();
      }
      let ready = 0;
      for (let i = 0; i < 50 && ready !== 200; i++) {
        ready = (await t.app.inject({ method: 'GET', url: '/ready' })).statusCode;
        if (ready !== 200) await pause(100);
      }
      expect(ready).toBe(200);
    }
    recovered = true;
    await pause(700);
    stop = true;
    await Promise.all(writers);

    expect(acknowledgedAfterRecovery).toBeGreaterThan(0);
    // Nothing but a clean refusal with a stable code (or a BSN the demo already has).
    for (const r of refused)
      expect([`503 database_unavailable`, '409 jobseeker_exists']).toContain(`${r.status} ${r.code}`);
    if (onPostgres) expect(refused.some((r) => r.code === 'database_unavailable')).toBe(true);
    const stored = await t.db.selectFrom('jobseeker').select('id').where('id', 'in', acknowledged).execute();
    expect(stored).toHaveLength(acknowledged.length);
  });
});
