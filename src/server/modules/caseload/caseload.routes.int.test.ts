import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let monique: Session;
const ids = {} as Record<
  | 'quiet'
  | 'urgent'
  | 'recent'
  | 'gone'
  | 'ursulas'
  | 'overdueTask'
  | 'todayTask'
  | 'tomorrowTask'
  | 'ursulaTask',
  string
>;

let next = 292000000;
const freshBsn = (): string => {
  for (;;) {
    const candidate = String(next++);
    if (isValidBsn(candidate)) return candidate;
  }
};
const employeeId = async (login: string) =>
  (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

const newCase = async (surname: string, caseManager: string) => {
  const response = await kees.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({ bsn: freshBsn(), surname }),
  });
  const id = response.json().id as string;
  await t.db
    .updateTable('jobseeker')
    .set({ case_manager_id: await employeeId(caseManager) })
    .where('id', '=', id)
    .execute();
  return id;
};

const task = async (assignee: string, jobseekerId: string | null, dueAt: string, title = 'Bellen') =>
  (
    await t.db
      .insertInto('task')
      .values({
        werkplein_id: 'westland',
        jobseeker_id: jobseekerId,
        assignee_id: await employeeId(assignee),
        kind: 'follow_up',
        title,
        due_at: dueAt,
        created_at: '2026-11-01T09:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  // Cases registered on the 10th; the tests run on Monday 23 November 2026, 10:00 in Amsterdam.
  t = await createTestApp({ now: '2026-11-10T09:00:00Z' });
  kees = await t.loginAs('kees.klant');
  ids.quiet = await newCase('Aalbers', 'kees.klant');
  ids.urgent = await newCase('Bakker', 'kees.klant');
  ids.recent = await newCase('Claassen', 'kees.klant');
  ids.gone = await newCase('Dekker', 'kees.klant');
  ids.ursulas = await newCase('Evers', 'ursula.werkcoach');
  t.clock.set('2026-11-23T09:00:00Z');
  // Log in today: a session from the 10th would have expired.
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  monique = await t.loginAs('monique.mt');
  await t.db
    .updateTable('jobseeker')
    .set({ last_contact_at: new Date('2026-11-20T10:00:00Z') })
    .where('id', '=', ids.recent)
    .execute();
  await t.db
    .updateTable('jobseeker')
    .set({ outflow_date: '2026-11-20', outflow_reason: 'moved' })
    .where('id', '=', ids.gone)
    .execute();
  // A WW period that ended and the WWB that runs now: the caseload shows the one running today.
  await t.db
    .insertInto('benefit_period')
    .values([
      {
        werkplein_id: 'westland',
        jobseeker_id: ids.urgent,
        benefit_type: 'WW',
        start_date: '2025-01-01',
        end_date: '2026-10-31',
        created_at: new Date(),
      },
      {
        werkplein_id: 'westland',
        jobseeker_id: ids.urgent,
        benefit_type: 'WWB',
        start_date: '2026-11-01',
        created_at: new Date(),
      },
    ])
    .execute();
  ids.overdueTask = await task('kees.klant', ids.urgent, '2026-11-20T09:00:00Z', 'Werk First bellen');
  ids.todayTask = await task('kees.klant', ids.quiet, '2026-11-23T15:00:00Z');
  ids.tomorrowTask = await task('kees.klant', ids.quiet, '2026-11-24T09:00:00Z');
  ids.ursulaTask = await task('ursula.werkcoach', ids.ursulas, '2026-11-20T09:00:00Z');
});
afterAll(async () => t.close());

describe('the caseload', () => {
  it("lists the klantmanager's active cases, most urgent first, with tasks and last contact", async () => {
    const response = await kees.request({ method: 'GET', url: '/api/caseload' });
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual([ids.urgent, ids.quiet, ids.recent]);
    expect(items[0]).toMatchObject({
      fullName: 'Fatima el Bakker',
      openTasks: 1,
      overdueTasks: 1,
      benefitType: 'WWB',
    });
    expect(items[1].benefitType).toBeNull();
    expect(items[1]).toMatchObject({
      openTasks: 2,
      overdueTasks: 0,
      lastContactAt: '2026-11-10T09:00:00.000Z',
    });
    expect(items[2]).toMatchObject({ lastContactAt: '2026-11-20T10:00:00.000Z', participationStep: null });
    const log = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
      .select('s.subject_pseudonym')
      .where('a.object_type', '=', 'caseload')
      .execute();
    expect(log).toHaveLength(3);
  });

  it('is only for klantmanagers', async () => {
    expect((await monique.request({ method: 'GET', url: '/api/caseload' })).statusCode).toBe(403);
  });
});

describe('Mijn dag', () => {
  beforeAll(async () => {
    const kid = await employeeId('kees.klant');
    const appointment = (
      startsAt: string,
      status: 'planned' | 'cancelled' = 'planned',
      subject = 'Gesprek',
    ) => ({
      werkplein_id: 'westland',
      jobseeker_id: ids.quiet,
      employee_id: kid,
      starts_at: startsAt,
      ends_at: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
      channel: 'desk' as const,
      subject,
      status,
      created_at: '2026-11-01T09:00:00Z',
    });
    await t.db
      .insertInto('appointment')
      .values([
        appointment('2026-11-23T13:00:00Z', 'planned', 'Middag'),
        appointment('2026-11-22T23:30:00Z', 'planned', 'Vroeg'), // 00:30 on the 23rd in Amsterdam
        appointment('2026-11-23T23:30:00Z', 'planned', 'Morgen'), // 00:30 on the 24th
        appointment('2026-11-23T10:00:00Z', 'cancelled', 'Afgezegd'),
      ])
      .execute();
    await t.db
      .insertInto('referral')
      .values([
        {
          werkplein_id: 'westland',
          jobseeker_id: ids.urgent,
          unit: 'debt_assistance',
          status: 'answered',
          question: 'Schulden?',
          referred_by: await employeeId('ursula.werkcoach'),
          answer: 'Traject gestart',
          answered_at: new Date('2026-11-22T10:00:00Z'),
          created_at: '2026-11-15T10:00:00Z',
        },
        {
          werkplein_id: 'westland',
          jobseeker_id: ids.quiet,
          unit: 'income',
          status: 'answered',
          question: 'Uitkering?',
          referred_by: kid,
          answer: 'Toegekend',
          answered_at: new Date('2026-11-21T10:00:00Z'),
          signal_seen_at: new Date('2026-11-21T12:00:00Z'),
          created_at: '2026-11-15T10:00:00Z',
        },
      ])
      .execute();
  });

  it("shows today's appointments in Amsterdam time, due and overdue tasks, and unseen signals", async () => {
    const response = await kees.request({ method: 'GET', url: '/api/my-day' });
    expect(response.statusCode).toBe(200);
    const day = response.json();
    expect(day.date).toBe('2026-11-23');
    expect(day.appointments.map((a: { subject: string }) => a.subject)).toEqual(['Vroeg', 'Middag']);
    expect(day.appointments[0].jobseeker).toMatchObject({ id: ids.quiet, fullName: 'Fatima el Aalbers' });
    expect(day.tasks.map((x: { id: string; overdue: boolean }) => [x.id, x.overdue])).toEqual([
      [ids.overdueTask, true],
      [ids.todayTask, false],
    ]);
    // Referred by a colleague, but about Kees's case: a signal for Kees. The seen one is not.
    expect(day.signals).toEqual([
      expect.objectContaining({
        unit: 'debt_assistance',
        answer: 'Traject gestart',
        jobseeker: expect.objectContaining({ id: ids.urgent }),
      }),
    ]);
  });

  it('completes one own task with an event in the case; others answer stable codes', async () => {
    const other = await kees.request({ method: 'POST', url: `/api/tasks/${ids.ursulaTask}/complete` });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');
    const unknown = await kees.request({
      method: 'POST',
      url: '/api/tasks/00000000-0000-4000-8000-000000000000/complete',
    });
    expect(unknown.statusCode).toBe(404);
    const delft = await (
      await t.loginAs('dirk.delft')
    ).request({ method: 'POST', url: `/api/tasks/${ids.todayTask}/complete` });
    expect(delft.statusCode).toBe(404);

    const done = await kees.request({ method: 'POST', url: `/api/tasks/${ids.overdueTask}/complete` });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ id: ids.overdueTask, doneAt: '2026-11-23T09:00:00.000Z' });
    const events = await t.db
      .selectFrom('case_event')
      .select(['data'])
      .where('jobseeker_id', '=', ids.urgent)
      .where('type', '=', 'task.completed')
      .execute();
    expect(events).toEqual([
      { data: expect.objectContaining({ taskId: ids.overdueTask, title: 'Werk First bellen' }) },
    ]);
    const again = await kees.request({ method: 'POST', url: `/api/tasks/${ids.overdueTask}/complete` });
    expect(again.statusCode).toBe(409);
    const ursulaTask = await t.db
      .selectFrom('task')
      .select('done_at')
      .where('id', '=', ids.ursulaTask)
      .executeTakeFirstOrThrow();
    expect(ursulaTask.done_at).toBeNull();
    const day = (await kees.request({ method: 'GET', url: '/api/my-day' })).json();
    expect(day.tasks.map((x: { id: string }) => x.id)).toEqual([ids.todayTask]);
  });
});

describe('the team view', () => {
  it('gives the MT per klantmanager caseload, overdue tasks and time since last contact', async () => {
    const response = await monique.request({ method: 'GET', url: '/api/team?werkpleinId=westland' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.werkpleinId).toBe('westland');
    const keesRow = body.members.find((m: { name: string }) => m.name.startsWith('Kees'));
    const ursulaRow = body.members.find((m: { name: string }) => m.name.startsWith('Ursula'));
    expect(keesRow).toMatchObject({
      caseManagerId: await employeeId('kees.klant'),
      caseloadSize: 3,
      overdueTasks: 0, // the overdue one was completed above
      longestWithoutContactDays: 13,
      // 13 days (quiet), 3 days (contact on the 20th), 13 days (a task completed is no contact).
      medianDaysWithoutContact: 13,
    });
    expect(ursulaRow).toMatchObject({ caseloadSize: 1, overdueTasks: 1, longestWithoutContactDays: 13 });
    expect(body.members.every((m: { name: string }) => !m.name.startsWith('Monique'))).toBe(true);
  });

  it('is not found for another Werkplein and forbidden for a klantmanager', async () => {
    expect((await monique.request({ method: 'GET', url: '/api/team?werkpleinId=delft' })).statusCode).toBe(
      404,
    );
    expect((await kees.request({ method: 'GET', url: '/api/team' })).statusCode).toBe(403);
    expect((await ursula.request({ method: 'GET', url: '/api/team' })).statusCode).toBe(403);
  });
});

describe("the MT opens a klantmanager's caseload to move cases in bulk", () => {
  it('shows the MT the cases of one klantmanager, refuses that to a colleague, and moves them all at once', async () => {
    const keesId = await employeeId('kees.klant');
    const ursulaId = await employeeId('ursula.werkcoach');
    const first = await newCase('Overdracht-een', 'kees.klant');
    const second = await newCase('Overdracht-twee', 'kees.klant');
    const seen = await monique.request({ method: 'GET', url: `/api/caseload?caseManagerId=${keesId}` });
    expect(seen.statusCode).toBe(200);
    const keesCases = seen.json().items.map((i: { id: string }) => i.id);
    expect(keesCases).toEqual(expect.arrayContaining([first, second]));
    expect(
      (await ursula.request({ method: 'GET', url: `/api/caseload?caseManagerId=${keesId}` })).statusCode,
    ).toBe(403);

    const moved = await monique.request({
      method: 'POST',
      url: '/api/case-assignments',
      payload: { jobseekerIds: keesCases, caseManagerId: ursulaId },
    });
    expect(moved.statusCode).toBeLessThan(300);
    expect(
      (await monique.request({ method: 'GET', url: `/api/caseload?caseManagerId=${keesId}` })).json().items,
    ).toEqual([]);
    const ursulaCases = (await ursula.request({ method: 'GET', url: '/api/caseload' }))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(ursulaCases).toEqual(expect.arrayContaining(keesCases));
  });
});
