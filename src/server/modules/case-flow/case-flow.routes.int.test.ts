import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let dirk: Session;
let monique: Session;
let keesId: string;
let next = 290000000;
/** A fresh BSN that passes the elfproef. */
const freshBsn = (): string => {
  for (;;) {
    const candidate = String(next++);
    if (isValidBsn(candidate)) return candidate;
  }
};

const newJobseeker = async (): Promise<string> => {
  const bsn = freshBsn();
  const response = await kees.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({ bsn }),
  });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json().id as string;
  await t.db.updateTable('jobseeker').set({ case_manager_id: keesId }).where('id', '=', id).execute();
  return id;
};

const flow = async (id: string) =>
  (await kees.request({ method: 'GET', url: `/api/jobseekers/${id}/case-flow` })).json();
const events = (id: string, type: string) =>
  t.db.selectFrom('case_event').selectAll().where('jobseeker_id', '=', id).where('type', '=', type).execute();

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  dirk = await t.loginAs('dirk.delft');
  monique = await t.loginAs('monique.mt');
  keesId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'kees.klant').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.close());

describe('participatieladder and activation', () => {
  it('sets the ladder step with an event, bumping the version', async () => {
    const id = await newJobseeker();
    const before = await flow(id);
    expect(before).toMatchObject({
      participationStep: null,
      availableForWork: false,
      registeredOn: '2026-11-23',
    });
    const response = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/participation-step`,
      payload: { step: 3, version: before.version },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ participationStep: 3, version: before.version + 1 });
    expect((await events(id, 'participationStep.set'))[0]?.data).toEqual({ step: 3, previousStep: null });
  });

  it.each([0, 7, 2.5, '3'])(
    'refuses ladder step %s with validation_failed and changes nothing',
    async (step) => {
      const id = await newJobseeker();
      const { version } = await flow(id);
      const response = await kees.request({
        method: 'PUT',
        url: `/api/jobseekers/${id}/participation-step`,
        payload: { step, version },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect((await flow(id)).version).toBe(version);
    },
  );

  it('gives the second of two editors a conflict with the current state', async () => {
    const id = await newJobseeker();
    const { version } = await flow(id);
    const first = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/activation`,
      payload: { availableForWork: true, version },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ availableForWork: true, activatedAt: '2026-11-23T09:00:00.000Z' });
    const second = await ursula.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/participation-step`,
      payload: { step: 2, version },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'conflict',
      details: { current: { availableForWork: true, participationStep: null, version: version + 1 } },
    });
    expect(await events(id, 'participationStep.set')).toHaveLength(0);
  });

  it('answers not_found for unknown ids and other Werkpleinen, forbidden for the MT', async () => {
    const id = await newJobseeker();
    const { version } = await flow(id);
    const payload = { step: 2, version };
    const unknown = await kees.request({
      method: 'PUT',
      url: '/api/jobseekers/00000000-0000-4000-8000-000000000000/participation-step',
      payload,
    });
    expect(unknown.statusCode).toBe(404);
    const delft = await dirk.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/participation-step`,
      payload,
    });
    expect(delft.statusCode).toBe(404);
    expect(delft.json().error.code).toBe('not_found');
    const denied = await t.db
      .selectFrom('audit_record')
      .select(['result', 'action'])
      .where('object_id', '=', id)
      .where('result', '=', 'denied')
      .execute();
    expect(denied).toContainEqual({ result: 'denied', action: 'case.manage' });
    const mt = await monique.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/participation-step`,
      payload,
    });
    expect(mt.statusCode).toBe(403);
    expect((await flow(id)).version).toBe(version);
  });
});

describe('outflow', () => {
  it('registers outflow to work: deactivates, creates an aftercare task four weeks later, one event', async () => {
    const id = await newJobseeker();
    let { version } = await flow(id);
    version = (
      await kees.request({
        method: 'PUT',
        url: `/api/jobseekers/${id}/activation`,
        payload: { availableForWork: true, version },
      })
    ).json().version;
    const response = await ursula.request({
      method: 'POST',
      url: `/api/jobseekers/${id}/outflow`,
      payload: { date: '2026-11-23', reason: 'regular_work', version },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      outflowDate: '2026-11-23',
      outflowReason: 'regular_work',
      availableForWork: false,
      activatedAt: null,
    });
    const task = await t.db
      .selectFrom('task')
      .selectAll()
      .where('id', '=', body.aftercareTaskId)
      .executeTakeFirstOrThrow();
    // To the case's klantmanager (not to the colleague who registered it), 21 December 09:00 Dutch time.
    expect(task).toMatchObject({
      kind: 'aftercare_jobseeker',
      assignee_id: keesId,
      jobseeker_id: id,
      done_at: null,
    });
    expect(task.due_at.toISOString()).toBe('2026-12-21T08:00:00.000Z');
    expect((await events(id, 'outflow.registered'))[0]?.data).toMatchObject({
      reason: 'regular_work',
      date: '2026-11-23',
      deactivated: true,
      aftercareTaskId: body.aftercareTaskId,
    });
  });

  it('creates no aftercare task after outflow to education, and closes the case for further changes', async () => {
    const id = await newJobseeker();
    const { version } = await flow(id);
    const tasks = await t.db.selectFrom('task').select('id').where('jobseeker_id', '=', id).execute();
    const response = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${id}/outflow`,
      payload: { date: '2026-11-23', reason: 'education', version },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().aftercareTaskId).toBeNull();
    expect(await t.db.selectFrom('task').select('id').where('jobseeker_id', '=', id).execute()).toEqual(
      tasks,
    );
    const again = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/activation`,
      payload: { availableForWork: true, version: response.json().version },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.rule).toBe('case_closed');
  });

  it.each([
    ['a date in the future', { date: '2026-11-24', reason: 'regular_work' }, 'date', 'outflow_date_future'],
    [
      'a date before registration',
      { date: '2026-11-22', reason: 'regular_work' },
      'date',
      'outflow_before_registration',
    ],
    ['an unknown reason', { date: '2026-11-23', reason: 'lottery' }, 'reason', 'invalid_value'],
    ['a date that does not exist', { date: '2026-02-30', reason: 'moved' }, 'date', 'date_invalid'],
  ])('refuses %s with a stable code and writes nothing', async (_what, body, path, code) => {
    const id = await newJobseeker();
    const { version } = await flow(id);
    const before = await t.db.selectFrom('case_event').select('id').where('jobseeker_id', '=', id).execute();
    const response = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${id}/outflow`,
      payload: { ...body, version },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.fields).toContainEqual(expect.objectContaining({ path, code }));
    expect(await flow(id)).toMatchObject({ version, outflowDate: null });
    expect(await t.db.selectFrom('case_event').select('id').where('jobseeker_id', '=', id).execute()).toEqual(
      before,
    );
    expect(await t.db.selectFrom('task').select('id').where('jobseeker_id', '=', id).execute()).toEqual([]);
  });
});

describe('handover to the income consultants', () => {
  it('records the handover as a referral to the income unit, which may then open the dossier', async () => {
    const id = await newJobseeker();
    const ben = await t.loginAs('ben.inkomen');
    expect((await ben.request({ method: 'GET', url: `/api/jobseekers/${id}/case-flow` })).statusCode).toBe(
      404,
    );
    const { version } = await flow(id);
    const response = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${id}/handover`,
      payload: { reason: 'Geen perspectief op werk binnen twee jaar', version },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.handedOverAt).toBe('2026-11-23T09:00:00.000Z');
    const referral = await t.db
      .selectFrom('referral')
      .selectAll()
      .where('id', '=', body.referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ unit: 'income', status: 'open', referred_by: keesId, jobseeker_id: id });
    expect((await events(id, 'handover.registered'))[0]?.data).toMatchObject({
      unit: 'income',
      referralId: body.referralId,
    });
    expect((await ben.request({ method: 'GET', url: `/api/jobseekers/${id}/case-flow` })).statusCode).toBe(
      200,
    );
    const twice = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${id}/handover`,
      payload: { reason: 'Nog eens', version: body.version },
    });
    expect(twice.statusCode).toBe(409);
  });
});
