import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle, type Db } from '../db/database.ts';
import { createTestDatabase } from '../testing/test-app.ts';
import { enqueueJob, JobRunner, MAX_ATTEMPTS, retryDelayMs, type JobHandler } from './job-queue.ts';

const FAR = new Date('2100-01-01T00:00:00Z');
const T0 = '2026-11-23T09:00:00Z';

/** A handler's visible effect: another job row (of a kind nobody runs), in the handler's transaction. */
const recordEffect: JobHandler = async (trx, payload, job, context) => {
  await enqueueJob(trx, {
    kind: 'effect',
    payload: { of: job.id, ...(payload as Record<string, unknown>) },
    runAt: FAR,
    now: context.clock.now(),
  });
};
const failAfterEffect: JobHandler = async (trx, payload, job, context) => {
  await recordEffect(trx, payload, job, context);
  throw new Error('employer system unreachable');
};
const handlers = { record: recordEffect, fail: failAfterEffect };

const enqueue = (db: Db, kind: string, runAt: string, payload: Record<string, unknown> = {}) =>
  db
    .transaction()
    .execute((trx) => enqueueJob(trx, { kind, payload, runAt: new Date(runAt), now: new Date(T0) }));
const effects = async (db: Db) =>
  (await db.selectFrom('job').select('payload').where('kind', '=', 'effect').execute()).map(
    (r) => r.payload as { of: string; n?: number },
  );
const jobRow = (db: Db, id: string) =>
  db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

let open: (DatabaseHandle & { url?: string })[] = [];
afterEach(async () => {
  for (const handle of open.reverse()) await handle.close();
  open = [];
});
const database = async () => {
  const handle = await createTestDatabase();
  open.push(handle);
  return handle;
};

describe('job queue', () => {
  it('runs the jobs that are due by the clock, oldest first, each once', async () => {
    const { db } = await database();
    const clock = new ManualClock(T0);
    const runner = new JobRunner(db, handlers, { clock, pseudonymKey: 'k'.repeat(32) });
    const later = await enqueue(db, 'record', '2026-12-07T08:00:00Z', { n: 2 });
    const first = await enqueue(db, 'record', '2026-11-23T08:00:00Z', { n: 1 });
    const second = await enqueue(db, 'record', '2026-11-23T08:30:00Z', { n: 1.5 });

    expect(await runner.runDue()).toBe(2);
    expect((await effects(db)).map((e) => e.of)).toEqual([first, second]);
    expect(await jobRow(db, first)).toMatchObject({ attempts: 1, done_at: new Date(T0), last_error: null });
    expect((await jobRow(db, later)).done_at).toBeNull();
    expect(await runner.runDue()).toBe(0);

    clock.set('2026-12-07T08:00:00Z');
    expect(await runner.runDue()).toBe(1);
    expect((await effects(db)).map((e) => e.of)).toEqual([first, second, later]);
  });

  it('rolls a failing job back, retries it later with growing delays, and parks it in the end', async () => {
    const { db } = await database();
    const clock = new ManualClock(T0);
    const failures: string[] = [];
    const runner = new JobRunner(db, handlers, { clock, pseudonymKey: 'k'.repeat(32) }, (error) =>
      failures.push((error as Error).message),
    );
    const failing = await enqueue(db, 'fail', T0);
    const fine = await enqueue(db, 'record', T0);

    // The failure does not hold up the other job, and its own effect is rolled back.
    expect(await runner.runDue()).toBe(1);
    expect((await effects(db)).map((e) => e.of)).toEqual([fine]);
    expect(failures).toEqual(['employer system unreachable']);
    let row = await jobRow(db, failing);
    expect(row).toMatchObject({
      attempts: 1,
      done_at: null,
      failed_at: null,
      last_error: 'employer system unreachable',
    });
    expect(row.run_at.getTime() - clock.now().getTime()).toBe(retryDelayMs(1));

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await runner.runDue()).toBe(0); // not due yet
      clock.set(row.run_at);
      await runner.runDue();
      row = await jobRow(db, failing);
      expect(row.attempts).toBe(attempt);
    }
    expect(row.failed_at).toEqual(clock.now());
    clock.advance(365 * 86_400_000);
    await runner.runDue();
    expect((await jobRow(db, failing)).attempts).toBe(MAX_ATTEMPTS);
    expect(await effects(db)).toHaveLength(1);
  });

  it('reports a job of an unknown kind and retries it later', async () => {
    const { db } = await database();
    const failures: string[] = [];
    const runner = new JobRunner(
      db,
      handlers,
      { clock: new ManualClock(T0), pseudonymKey: 'k'.repeat(32) },
      (e) => failures.push((e as Error).message),
    );
    const id = await enqueue(db, 'renamed-kind', T0);
    expect(await runner.runDue()).toBe(0);
    expect(failures).toEqual(['No handler for job kind "renamed-kind"']);
    expect((await jobRow(db, id)).attempts).toBe(1);
  });

  it('runs each job once when two runners (processes) poll the same database', async () => {
    const first = await database();
    const second: DatabaseHandle = first.url ? await openDatabase({ databaseUrl: first.url }) : first;
    if (second !== first) open.push(second);
    const clock = new ManualClock(T0);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await enqueue(first.db, 'record', T0, { n: i }));
    const runners = [first.db, second.db].map(
      (db) => new JobRunner(db, handlers, { clock, pseudonymKey: 'k'.repeat(32) }),
    );
    const done = await Promise.all(runners.map((r) => r.runDue()));
    expect(done[0]! + done[1]!).toBe(20);
    expect((await effects(first.db)).map((e) => e.of).sort()).toEqual([...ids].sort());
  });

  it('keeps a queued job across a restart of the server and its database', async () => {
    const clock = new ManualClock(T0);
    let url: string | undefined;
    let dataDir: string | undefined;
    let before: DatabaseHandle;
    if (process.env.WERKPLEIN_TEST_ENGINE === 'postgres') {
      const created = await database();
      url = created.url;
      before = await openDatabase({ databaseUrl: url });
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'werkplein-jobs-'));
      before = await openDatabase({ dataDir });
      await migrateToLatest(before.db);
    }
    const id = await enqueue(before.db, 'record', '2026-12-07T08:00:00Z');
    await before.close();

    const after = url ? await openDatabase({ databaseUrl: url }) : await openDatabase({ dataDir });
    open.push(after);
    const runner = new JobRunner(after.db, handlers, { clock, pseudonymKey: 'k'.repeat(32) });
    expect(await runner.runDue()).toBe(0);
    clock.set('2026-12-07T08:00:00Z');
    expect(await runner.runDue()).toBe(1);
    expect((await effects(after.db)).map((e) => e.of)).toEqual([id]);
  });

  it('claims nothing once stopped (a draining server), and again after a start', async () => {
    const { db } = await database();
    const clock = new ManualClock(T0);
    const runner = new JobRunner(db, handlers, { clock, pseudonymKey: 'k'.repeat(32) });
    const id = await enqueue(db, 'record', '2026-11-23T08:00:00Z');
    await runner.stop();
    expect(await runner.runDue()).toBe(0);
    expect((await jobRow(db, id)).done_at).toBeNull();
    runner.start(3_600_000);
    expect(await runner.runDue()).toBe(1);
    await runner.stop();
  });
});
