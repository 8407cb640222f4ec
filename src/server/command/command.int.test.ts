import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { documentRepository } from '../modules/document/document.repository.ts';
import { identityRepository } from '../modules/identity/identity.repository.ts';
import { pseudonymOf } from '../modules/processing-log/processing-log.service.ts';
import { registerErrorHandling } from '../plugins/errors.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { startTrace } from '../trace.ts';
import { conflict, jobseekerCommand, werkpleinCommand, type Trx } from './command.ts';
import { MAX_TRIES } from './transaction.ts';

let t: TestApp;
let jobseeker: { id: string; bsn: string; werkplein_id: string };

/** A fresh request context for kees, the klantmanager: its own trace, to find its log lines. */
const ctxOf = async (): Promise<Ctx> => ({
  db: t.db,
  clock: t.clock,
  actor: (await identityRepository.findActorByLogin(t.db, 'kees.klant'))!,
  trace: startTrace(undefined),
  origin: '127.0.0.1',
  pseudonymKey: t.config.secret,
});

/** What one request left behind: its case events (by their note) and its processing-log lines. */
const storedBy = async (ctx: Ctx, note: string) => ({
  events: await t.db
    .selectFrom('case_event')
    .select(['type', 'jobseeker_id', 'recorded_at'])
    .where('jobseeker_id', '=', jobseeker.id)
    .where(sql<boolean>`data->>'note' = ${note}`)
    .execute(),
  log: await t.db
    .selectFrom('processing_operation as o')
    .innerJoin('audit_record as a', 'a.id', 'o.audit_record_id')
    .select(['a.action', 'a.role', 'a.werkplein_id', 'a.object_id', 'o.started_at', 'o.status', 'o.id'])
    .where('o.trace_id', '=', ctx.trace.traceId)
    .execute(),
  notes: await t.db.selectFrom('note').select('id').where('text', '=', note).execute(),
});

/** The database itself refuses the transaction, with the SQLSTATE of a concurrency failure. */
const failInDatabase = (trx: Trx, sqlstate: '40001' | '40P01') =>
  sql.raw(`do $$ begin raise exception 'simulated' using errcode = '${sqlstate}'; end $$`).execute(trx);

/** A small command: a note in the dossier, with its event and log line. */
const addNote = (ctx: Ctx, note: string, before?: (trx: Trx) => Promise<void>) =>
  jobseekerCommand(
    ctx,
    { jobseekerId: jobseeker.id, action: 'document.manage', activity: 'dossierDocuments' },
    async (trx, subject) => {
      await before?.(trx);
      const id = await documentRepository.insertNote(trx, {
        werkpleinId: subject.werkplein_id,
        jobseekerId: subject.id,
        text: note,
        createdBy: ctx.actor.employeeId,
        createdAt: ctx.clock.now(),
      });
      return {
        result: id,
        event: { type: 'note.added', data: { noteId: id, note } },
        log: { object: { type: 'note', id } },
      };
    },
  );

beforeAll(async () => {
  t = await createTestApp();
  jobseeker = await t.db
    .selectFrom('jobseeker')
    .select(['id', 'bsn', 'werkplein_id'])
    .where('werkplein_id', '=', 'westland')
    .orderBy('dossier_number')
    .limit(1)
    .executeTakeFirstOrThrow();
});
afterAll(async () => t.close());

describe('a command writes its case event and its processing-log line, or neither', () => {
  it('commits the change, one event in the case and one log line naming the person', async () => {
    const ctx = await ctxOf();
    const id = await addNote(ctx, 'together');
    const stored = await storedBy(ctx, 'together');
    expect(stored.notes).toEqual([{ id }]);
    expect(stored.events).toEqual([expect.objectContaining({ type: 'note.added' })]);
    expect(stored.log).toEqual([
      expect.objectContaining({
        action: 'document.manage',
        role: 'caseManager',
        werkplein_id: 'westland',
        object_id: id,
        status: 'ok',
      }),
    ]);
    const subjects = await t.db
      .selectFrom('processing_operation_subject')
      .select('subject_pseudonym')
      .where('operation_id', '=', stored.log[0]!.id)
      .execute();
    expect(subjects).toEqual([{ subject_pseudonym: pseudonymOf(t.config.secret, jobseeker.bsn) }]);
  });

  it('leaves nothing when the work fails after writing', async () => {
    const ctx = await ctxOf();
    const failing = jobseekerCommand(
      ctx,
      { jobseekerId: jobseeker.id, action: 'document.manage', activity: 'dossierDocuments' },
      async (trx, subject) => {
        await documentRepository.insertNote(trx, {
          werkpleinId: subject.werkplein_id,
          jobseekerId: subject.id,
          text: 'half-written',
          createdBy: ctx.actor.employeeId,
          createdAt: ctx.clock.now(),
        });
        throw new DomainError('validation_failed', 'refused after writing');
      },
    );
    await expect(failing).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await storedBy(ctx, 'half-written')).toEqual({ events: [], log: [], notes: [] });
  });

  it('refuses an event without its log line, and keeps nothing of the work', async () => {
    const ctx = await ctxOf();
    const unlogged = jobseekerCommand(
      ctx,
      { jobseekerId: jobseeker.id, action: 'document.manage', activity: 'dossierDocuments' },
      async (trx, subject) => {
        const id = await documentRepository.insertNote(trx, {
          werkpleinId: subject.werkplein_id,
          jobseekerId: subject.id,
          text: 'unlogged',
          createdBy: ctx.actor.employeeId,
          createdAt: ctx.clock.now(),
        });
        return { result: id, event: { type: 'note.added', data: { note: 'unlogged' } }, log: false };
      },
    );
    await expect(unlogged).rejects.toThrow(/only together with its processing-log line/);
    expect(await storedBy(ctx, 'unlogged')).toEqual({ events: [], log: [], notes: [] });
  });

  it('refuses an event that names no case, and keeps nothing of the work', async () => {
    const ctx = await ctxOf();
    const nameless = werkpleinCommand(
      ctx,
      { action: 'case.manage', activity: 'dossierDocuments', werkpleinId: 'westland' },
      async () => ({ result: null, event: { type: 'note.added', data: { note: 'nameless' } } }),
    );
    await expect(nameless).rejects.toThrow(/names no case/);
    expect(await storedBy(ctx, 'nameless')).toEqual({ events: [], log: [], notes: [] });
  });

  it('on a conflict commits the log line (the current state was shown), no event, and answers conflict', async () => {
    const ctx = await ctxOf();
    const stale = jobseekerCommand<null>(
      ctx,
      { jobseekerId: jobseeker.id, action: 'case.manage', activity: 'caseFlow' },
      async (_trx, subject) => conflict('Someone else changed this case', { version: subject.version }),
    );
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      details: { current: { version: expect.any(Number) } },
    });
    const stored = await storedBy(ctx, 'stale');
    expect(stored.events).toEqual([]);
    expect(stored.log).toEqual([
      expect.objectContaining({ action: 'case.manage', object_id: jobseeker.id, werkplein_id: 'westland' }),
    ]);
  });
});

describe('a concurrency failure is retried inside the helper', () => {
  it.each(['40001', '40P01'] as const)(
    'runs the work again after a %s on the first try: one event, one log line, the clock read anew',
    async (sqlstate) => {
      const ctx = await ctxOf();
      const note = `retried ${sqlstate}`;
      const starts: Date[] = [];
      let tries = 0;
      const id = await addNote(ctx, note, async (trx) => {
        tries++;
        starts.push(ctx.clock.now());
        if (tries === 1) {
          // Time passes while the database rolls the first try back.
          t.clock.advance(60_000);
          await failInDatabase(trx, sqlstate);
        }
      });
      expect(tries).toBe(2);
      const stored = await storedBy(ctx, note);
      expect(stored.notes).toEqual([{ id }]);
      expect(stored.events).toHaveLength(1);
      expect(stored.log).toHaveLength(1);
      // The second try read the clock again: its start and its event carry the later time.
      expect(starts[1]!.getTime() - starts[0]!.getTime()).toBe(60_000);
      expect(stored.log[0]!.started_at).toEqual(starts[1]);
      expect(stored.events[0]!.recorded_at).toEqual(starts[1]);
    },
  );

  it(`answers 409 concurrent_change after ${MAX_TRIES} tries, with nothing stored`, async () => {
    const ctx = await ctxOf();
    let tries = 0;
    const app = Fastify();
    registerErrorHandling(app);
    app.post('/note', async () =>
      addNote(ctx, 'never', async (trx) => {
        tries++;
        await failInDatabase(trx, '40001');
      }),
    );
    await app.ready();
    try {
      const response = await app.inject({ method: 'POST', url: '/note' });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('concurrent_change');
    } finally {
      await app.close();
    }
    expect(tries).toBe(MAX_TRIES);
    expect(await storedBy(ctx, 'never')).toEqual({ events: [], log: [], notes: [] });
  });

  it('does not retry any other failure', async () => {
    const ctx = await ctxOf();
    let tries = 0;
    await expect(
      addNote(ctx, 'once', async () => {
        tries++;
        throw Object.assign(new Error('duplicate'), { code: '23505' });
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(tries).toBe(1);
  });
});
