import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

// caseload_summary (the MT's team view) is kept by triggers on jobseeker. Whatever writes a case —
// a service, a bulk move, a script — the summary must equal a fresh count over the cases.

let t: TestApp;
let kees: Session;
let iris: Session;
let monique: Session;
const ids: Record<string, string> = {};

let next = 293000000;
const freshBsn = (): string => {
  for (;;) {
    const candidate = String(next++);
    if (isValidBsn(candidate)) return candidate;
  }
};
const employeeId = async (login: string) =>
  (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

const register = async (surname: string) => {
  const response = await kees.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({ bsn: freshBsn(), surname }),
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
};

interface Figures {
  activeCases: number;
  oldestMs: number | null;
  medianMs: number | null;
}
const key = (werkpleinId: string, caseManagerId: string) => `${werkpleinId}/${caseManagerId}`;
const ms = (value: Date | string | number | null) =>
  value === null ? null : Math.round(new Date(value).getTime());

/** Every non-empty caseload as the summary holds it, and as counted afresh from the cases. */
const keptAndFresh = async () => {
  const kept = await t.db.selectFrom('caseload_summary').selectAll().where('active_cases', '>', 0).execute();
  const fresh = await sql<{
    werkplein_id: string;
    case_manager_id: string;
    active_cases: number;
    oldest: Date;
    median_epoch: number;
  }>`
    select werkplein_id, case_manager_id, count(*)::integer as active_cases,
           min(coalesce(last_contact_at, created_at)) as oldest,
           percentile_cont(0.5) within group (
             order by extract(epoch from coalesce(last_contact_at, created_at))::float8) as median_epoch
      from jobseeker
     where case_manager_id is not null and outflow_date is null and handed_over_at is null
     group by werkplein_id, case_manager_id`.execute(t.db);
  const keptFigures = new Map<string, Figures>(
    kept.map((r) => [
      key(r.werkplein_id, r.case_manager_id),
      { activeCases: r.active_cases, oldestMs: ms(r.oldest_contact_at), medianMs: ms(r.median_contact_at) },
    ]),
  );
  const freshFigures = new Map<string, Figures>(
    fresh.rows.map((r) => [
      key(r.werkplein_id, r.case_manager_id),
      { activeCases: r.active_cases, oldestMs: ms(r.oldest), medianMs: ms(Number(r.median_epoch) * 1000) },
    ]),
  );
  return { kept: keptFigures, fresh: freshFigures };
};

const expectSummaryCurrent = async () => {
  const { kept, fresh } = await keptAndFresh();
  expect(kept).toEqual(fresh);
  return kept;
};

const intake = (jobseekerId: string, caseManagerId: string) =>
  iris.request({
    method: 'POST',
    url: `/api/jobseekers/${jobseekerId}/intake`,
    payload: {
      clientQuestion: 'Zoekt werk',
      eligibleBenefit: 'WWB',
      benefitApplicationExists: false,
      distanceToWork: 'short',
      workFirst: false,
      caseManagerId,
    },
  });

/** Moves the clock and logs in again (a session from days ago has expired). */
const at = async (now: string) => {
  t.clock.set(now);
  kees = await t.loginAs('kees.klant');
  iris = await t.loginAs('iris.intake');
  monique = await t.loginAs('monique.mt');
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-10T09:00:00Z' });
  await at('2026-11-10T09:00:00Z');
  ids.kees = await employeeId('kees.klant');
  ids.ursula = await employeeId('ursula.werkcoach');
});
afterAll(async () => t.close());

describe('the caseload summary behind the team view', () => {
  it('follows intakes, contacts, bulk moves, outflow, handover, and direct writes', async () => {
    const a = await register('Summary-a');
    const b = await register('Summary-b');
    const c = await register('Summary-c');
    await expectSummaryCurrent();

    await at('2026-11-12T09:00:00Z');
    expect((await intake(a, ids.kees!)).statusCode).toBe(201);
    expect((await intake(b, ids.kees!)).statusCode).toBe(201);
    expect((await expectSummaryCurrent()).get(key('westland', ids.kees!))).toEqual({
      activeCases: 2,
      oldestMs: Date.parse('2026-11-12T09:00:00Z'), // the intake is a contact
      medianMs: Date.parse('2026-11-12T09:00:00Z'),
    });

    // A direct write (as the tests and scripts do): a case assigned, a contact recorded.
    await t.db.updateTable('jobseeker').set({ case_manager_id: ids.kees! }).where('id', '=', c).execute();
    await t.db
      .updateTable('jobseeker')
      .set({ last_contact_at: new Date('2026-11-01T08:00:00Z') })
      .where('id', '=', a)
      .execute();
    await expectSummaryCurrent();

    // The MT moves all three to Ursula in one statement.
    const moved = await monique.request({
      method: 'POST',
      url: '/api/case-assignments',
      payload: { jobseekerIds: [a, b, c], caseManagerId: ids.ursula },
    });
    expect(moved.statusCode).toBeLessThan(300);
    const afterMove = await expectSummaryCurrent();
    expect(afterMove.get(key('westland', ids.kees!))).toBeUndefined();
    expect(afterMove.get(key('westland', ids.ursula!))?.activeCases).toBe(3);

    // Outflow and handover take a case out of the caseload; a profile change leaves it alone.
    await t.db
      .updateTable('jobseeker')
      .set({ outflow_date: '2026-11-12', outflow_reason: 'moved' })
      .where('id', '=', a)
      .execute();
    await t.db
      .updateTable('jobseeker')
      .set({ handed_over_at: new Date('2026-11-12T10:00:00Z') })
      .where('id', '=', b)
      .execute();
    await t.db.updateTable('jobseeker').set({ city: 'Monster' }).where('id', '=', c).execute();
    await expectSummaryCurrent();

    // A case inserted with its klantmanager and deleted again (no events, so it may go).
    const inserted = await t.db
      .insertInto('jobseeker')
      .values({
        werkplein_id: 'westland',
        dossier_number: 'SUMMARY-1',
        bsn: freshBsn(),
        given_names: 'Test',
        surname_prefix: '',
        surname: 'Direct',
        surname_key: 'direct',
        given_key: 'test',
        birth_date: '1990-01-01',
        gender: 'unknown',
        street: 'Straat',
        house_number: '1',
        postcode: '2671AB',
        city: 'Naaldwijk',
        is_test_data: true,
        created_at: new Date('2026-10-01T08:00:00Z'),
        updated_at: new Date('2026-10-01T08:00:00Z'),
        case_manager_id: ids.ursula!,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expectSummaryCurrent();
    await t.db.deleteFrom('jobseeker').where('id', '=', inserted.id).execute();
    await expectSummaryCurrent();
  });

  it('the team view shows the summary, counted from the time of the request', async () => {
    await at('2026-11-23T09:00:00Z');
    const { fresh } = await keptAndFresh();
    const ursula = fresh.get(key('westland', ids.ursula!))!;
    const body = (await monique.request({ method: 'GET', url: '/api/team?werkpleinId=westland' })).json();
    const row = body.members.find((m: { caseManagerId: string }) => m.caseManagerId === ids.ursula);
    const now = Date.parse('2026-11-23T09:00:00Z');
    expect(row).toMatchObject({
      caseloadSize: ursula.activeCases,
      longestWithoutContactDays: Math.floor((now - ursula.oldestMs!) / 86_400_000),
      medianDaysWithoutContact: Math.round(((now - ursula.medianMs!) / 86_400_000) * 10) / 10,
    });
  });
});

// PGlite has a single connection, so two transactions never interleave there: this race exists, and
// is tested, on PostgreSQL only (CI runs the API tests on both engines).
if (process.env.WERKPLEIN_TEST_ENGINE === 'postgres')
  describe('concurrent writers (PostgreSQL)', () => {
    it('two transactions changing cases of one klantmanager leave the summary current', async () => {
      const x = await register('Concurrent-x');
      const y = await register('Concurrent-y');
      await t.db
        .updateTable('jobseeker')
        .set({ case_manager_id: ids.kees! })
        .where('id', 'in', [x, y])
        .execute();
      await expectSummaryCurrent();

      let releaseFirst = () => {};
      const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstUpdated = () => {};
      const firstHasUpdated = new Promise<void>((resolve) => (firstUpdated = resolve));
      const first = t.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('jobseeker')
          .set({ last_contact_at: new Date('2026-11-20T08:00:00Z') })
          .where('id', '=', x)
          .execute();
        firstUpdated();
        await firstMayCommit;
      });
      await firstHasUpdated;
      // The second writer must wait for the first (its count would otherwise miss the first's change).
      const second = t.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('jobseeker')
          .set({ last_contact_at: new Date('2026-11-21T08:00:00Z') })
          .where('id', '=', y)
          .execute();
      });
      for (let waited = 0; ; waited++) {
        const { rows } = await sql<{ n: string }>`
        select count(*) as n from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
        if (Number(rows[0]?.n) > 0) break;
        if (waited > 200) throw new Error('the second writer never waited for the first');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      releaseFirst();
      await Promise.all([first, second]);
      await expectSummaryCurrent();
    });
  });
