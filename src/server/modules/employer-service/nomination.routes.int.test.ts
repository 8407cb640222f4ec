import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';
import { createEmployer, createJobseeker, createVacancy } from '../matching/matching-test-data.ts';

let t: TestApp;
let mark: Session;
let kees: Session;
let dirk: Session;
let markId: string;
let employerId: string;

const events = (jobseekerId: string, type: string) =>
  t.db
    .selectFrom('case_event')
    .select(['type', 'data'])
    .where('jobseeker_id', '=', jobseekerId)
    .where('type', '=', type)
    .orderBy('id')
    .execute();
const tasks = (jobseekerId: string, kind: string) =>
  t.db
    .selectFrom('task')
    .selectAll()
    .where('jobseeker_id', '=', jobseekerId)
    .where('kind', '=', kind)
    .execute();
const vacancyOf = async (id: string) =>
  (await mark.request({ method: 'GET', url: `/api/vacancies/${id}` })).json();
const caseFlow = async (id: string) =>
  (await kees.request({ method: 'GET', url: `/api/jobseekers/${id}/case-flow` })).json();

const propose = (vacancyId: string, jobseekerId: string, as: Session = kees) =>
  as.request({
    method: 'POST',
    url: `/api/vacancies/${vacancyId}/nominations`,
    payload: { jobseekerId, motivation: 'Ervaren in de kas, wil graag weer aan de slag.' },
  });
const present = (nominationId: string, as: Session = mark) =>
  as.request({ method: 'POST', url: `/api/nominations/${nominationId}/presentation` });
const feedback = (nominationId: string, payload: Record<string, unknown>) =>
  mark.request({ method: 'POST', url: `/api/nominations/${nominationId}/feedback`, payload });

/** A proposed and presented candidate for the vacancy. */
const presented = async (vacancyId: string, surname: string) => {
  const jobseekerId = await createJobseeker(kees, { surname });
  const proposed = await propose(vacancyId, jobseekerId);
  expect(proposed.statusCode, proposed.body).toBe(201);
  const shown = await present(proposed.json().id);
  expect(shown.statusCode, shown.body).toBe(200);
  return { jobseekerId, nominationId: proposed.json().id as string };
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
  dirk = await t.loginAs('dirk.delft');
  markId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'mark.match').executeTakeFirstOrThrow()
  ).id;
  employerId = await createEmployer(mark, '27111222');
  // The employer's own matchmaker gets the aftercare call.
  await t.db
    .updateTable('employer')
    .set({ account_manager_id: markId })
    .where('id', '=', employerId)
    .execute();
});
afterAll(async () => t.close());

describe('proposing a candidate', () => {
  it('lets a klantmanager propose an activated jobseeker once, with an event in his case', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const jobseekerId = await createJobseeker(kees, { surname: 'Jansen' });
    const response = await propose(vacancy.id, jobseekerId);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'proposed',
      jobseeker: { id: jobseekerId, name: 'Fatima Jansen' },
      proposedBy: { name: 'Kees van der Klant' },
      vacancy: { id: vacancy.id, employerName: 'Kwekerij De Kas' },
      withdrawnAt: null,
    });
    expect(await events(jobseekerId, 'nomination.proposed')).toHaveLength(1);

    const again = await propose(vacancy.id, jobseekerId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'already_nominated', details: { status: 'proposed' } });

    const candidates = (
      await mark.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/candidates` })
    ).json().items;
    expect(
      candidates.find((c: { jobseeker: { id: string } }) => c.jobseeker.id === jobseekerId)?.nomination,
    ).toEqual({ id: response.json().id, status: 'proposed' });
    const list = await mark.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/nominations` });
    expect(list.json().items.map((n: { id: string }) => n.id)).toEqual([response.json().id]);
  });

  it('refuses a jobseeker who is not activated, and writes nothing', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const jobseekerId = await createJobseeker(kees, { surname: 'Slaper', activate: false });
    const response = await propose(vacancy.id, jobseekerId);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [expect.objectContaining({ path: 'jobseekerId', code: 'not_activated' })],
    });
    expect(
      await t.db.selectFrom('nomination').select('id').where('jobseeker_id', '=', jobseekerId).execute(),
    ).toEqual([]);
    expect(await events(jobseekerId, 'nomination.proposed')).toEqual([]);
  });

  it('lets only a klantmanager propose, and hides another Werkplein’s vacancy as not found', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const jobseekerId = await createJobseeker(kees, { surname: 'Rol' });
    expect((await propose(vacancy.id, jobseekerId, mark)).statusCode).toBe(403);
    const delft = await propose(vacancy.id, jobseekerId, dirk);
    expect(delft.statusCode).toBe(404);
    expect(delft.json().error.code).toBe('not_found');
    expect(
      (await dirk.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/nominations` })).statusCode,
    ).toBe(404);
    const denied = await t.db
      .selectFrom('audit_record')
      .select('action')
      .where('result', '=', 'denied')
      .where('action', '=', 'nomination.propose')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });
});

describe('presenting and feedback', () => {
  it('presents once; a second presentation is refused', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const { jobseekerId, nominationId } = await presented(vacancy.id, 'Visser');
    const twice = await present(nominationId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'nomination_not_possible',
      details: { status: 'presented' },
    });
    expect((await present(nominationId, kees)).statusCode).toBe(403);
    expect(await events(jobseekerId, 'nomination.presented')).toHaveLength(1);
  });

  it('does not present a candidate who is no longer activated', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const jobseekerId = await createJobseeker(kees, { surname: 'Gestopt' });
    const proposed = await propose(vacancy.id, jobseekerId);
    const { version } = await caseFlow(jobseekerId);
    await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${jobseekerId}/activation`,
      payload: { availableForWork: false, version },
    });
    const response = await present(proposed.json().id);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'nomination_not_possible',
      details: { rule: 'not_activated', status: 'proposed' },
    });
    expect(await events(jobseekerId, 'nomination.presented')).toEqual([]);
  });

  it('records an invitation and a rejection with its reason (a reason is required)', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const { jobseekerId, nominationId } = await presented(vacancy.id, 'De Boer');
    expect((await feedback(nominationId, { outcome: 'invited' })).json().status).toBe('invited');
    const noReason = await feedback(nominationId, { outcome: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toContainEqual(expect.objectContaining({ path: 'reason' }));
    const rejected = await feedback(nominationId, {
      outcome: 'rejected',
      reason: 'Te weinig ervaring met oogsten',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Te weinig ervaring met oogsten',
    });
    expect((await events(jobseekerId, 'nomination.feedback')).map((e) => e.data)).toEqual([
      expect.objectContaining({ outcome: 'invited' }),
      expect.objectContaining({ outcome: 'rejected', reason: 'Te weinig ervaring met oogsten' }),
    ]);
    const late = await feedback(nominationId, { outcome: 'invited' });
    expect(late.json().error.code).toBe('nomination_not_possible');
  });
});

describe('placement', () => {
  it('fills a position, records outflow through the case flow once, and plans the employer aftercare', async () => {
    const vacancy = await createVacancy(mark, employerId, { positions: 2 });
    const { jobseekerId, nominationId } = await presented(vacancy.id, 'Bakker');
    const hiredWithoutStart = await feedback(nominationId, { outcome: 'hired' });
    expect(hiredWithoutStart.statusCode).toBe(400);
    const hired = await feedback(nominationId, { outcome: 'hired', startDate: '2026-12-07' });
    expect(hired.statusCode, hired.body).toBe(200);
    expect(hired.json()).toMatchObject({ status: 'hired', startDate: '2026-12-07' });

    expect(await vacancyOf(vacancy.id)).toMatchObject({ positionsFilled: 1, status: 'open' });
    expect(await caseFlow(jobseekerId)).toMatchObject({
      availableForWork: false,
      outflowDate: '2026-12-07',
      outflowReason: 'regular_work',
    });
    const outflows = await events(jobseekerId, 'outflow.registered');
    expect(outflows).toHaveLength(1);
    expect(outflows[0]?.data).toMatchObject({
      reason: 'regular_work',
      date: '2026-12-07',
      placement: { nominationId, vacancyId: vacancy.id, employerName: 'Kwekerij De Kas' },
    });
    // Two weeks after the first working day, 09:00 in Amsterdam (CET: 08:00 UTC), the job queue
    // gives the matchmaker his call to the employer; until then there is only the queued job.
    expect(hired.json()).toMatchObject({ aftercareDueAt: '2026-12-21T08:00:00.000Z', aftercareTaskId: null });
    expect(await t.app.jobs.runDue()).toBe(0);
    expect(await tasks(jobseekerId, 'aftercare_employer')).toEqual([]);
    const placedAt = t.clock.now();
    t.clock.set('2026-12-21T08:00:00Z');
    try {
      expect(await t.app.jobs.runDue()).toBe(1);
      expect(await t.app.jobs.runDue()).toBe(0);
    } finally {
      t.clock.set(placedAt);
    }
    const [call, ...more] = await tasks(jobseekerId, 'aftercare_employer');
    expect(more).toEqual([]);
    expect(call?.assignee_id).toBe(markId);
    expect(call?.due_at.toISOString()).toBe('2026-12-21T08:00:00.000Z');
    // Written to the processing log on behalf of the matchmaker who recorded the placement.
    const logged = await t.db
      .selectFrom('audit_record')
      .select(['employee_id', 'action', 'occurred_at'])
      .where('object_type', '=', 'task')
      .where('object_id', '=', call?.id ?? '')
      .execute();
    expect(logged).toEqual([
      { employee_id: markId, action: 'nomination.manage', occurred_at: new Date('2026-12-21T08:00:00Z') },
    ]);
    const afterJob = await mark.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/nominations` });
    expect(afterJob.json().items.find((n: { id: string }) => n.id === nominationId)).toMatchObject({
      aftercareTaskId: call?.id,
    });
    // The klantmanager's own aftercare comes from the case flow, as after any outflow to work.
    expect(await tasks(jobseekerId, 'aftercare_jobseeker')).toHaveLength(1);
    // The last position: the vacancy is filled, and feedback on it is refused without changes.
    const second = await presented(vacancy.id, 'Smit');
    const third = await presented(vacancy.id, 'Meijer');
    expect(
      (await feedback(second.nominationId, { outcome: 'hired', startDate: '2026-12-07' })).statusCode,
    ).toBe(200);
    expect(await vacancyOf(vacancy.id)).toMatchObject({ positionsFilled: 2, status: 'filled' });
    const onFilled = await feedback(third.nominationId, { outcome: 'rejected', reason: 'Vacature vervuld' });
    expect(onFilled.statusCode).toBe(409);
    expect(onFilled.json().error).toMatchObject({ code: 'vacancy_not_open', details: { status: 'filled' } });
    expect(await events(third.jobseekerId, 'nomination.feedback')).toEqual([]);
    const proposeOnFilled = await propose(vacancy.id, await createJobseeker(kees, { surname: 'Laat' }));
    expect(proposeOnFilled.json().error.code).toBe('vacancy_not_open');
  });

  it.each([
    ['sheltered', 'subsidised_work'],
    ['additional', 'subsidised_work'],
  ])('records a %s placement as %s', async (kind, reason) => {
    const vacancy = await createVacancy(mark, employerId, { kind });
    const { jobseekerId, nominationId } = await presented(vacancy.id, `Beschut${kind}`);
    expect((await feedback(nominationId, { outcome: 'hired', startDate: '2026-11-23' })).statusCode).toBe(
      200,
    );
    expect((await caseFlow(jobseekerId)).outflowReason).toBe(reason);
  });

  it('records an internship placement without outflow: the jobseeker stays in the caseload', async () => {
    const vacancy = await createVacancy(mark, employerId, { kind: 'internship' });
    const { jobseekerId, nominationId } = await presented(vacancy.id, 'Stagiair');
    const hired = await feedback(nominationId, { outcome: 'hired', startDate: '2026-12-01' });
    expect(hired.statusCode).toBe(200);
    expect(await caseFlow(jobseekerId)).toMatchObject({ outflowDate: null, availableForWork: true });
    expect(await events(jobseekerId, 'outflow.registered')).toEqual([]);
    // The employer still gets his aftercare call.
    expect(hired.json().aftercareDueAt).toBe('2026-12-15T08:00:00.000Z');
    const queued = await t.db
      .selectFrom('job')
      .select(['kind', 'payload', 'run_at'])
      .where('done_at', 'is', null)
      .execute();
    expect(queued).toContainEqual({
      kind: 'employer-aftercare-call',
      payload: expect.objectContaining({ nominationId }),
      run_at: new Date('2026-12-15T08:00:00.000Z'),
    });
  });

  it('writes nothing when the outflow is refused (the jobseeker already left the caseload)', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const { jobseekerId, nominationId } = await presented(vacancy.id, 'Vertrokken');
    const { version } = await caseFlow(jobseekerId);
    const moved = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/outflow`,
      payload: { date: '2026-11-23', reason: 'moved', note: '', version },
    });
    expect(moved.statusCode).toBe(200);
    const hired = await feedback(nominationId, { outcome: 'hired', startDate: '2026-12-07' });
    expect(hired.statusCode).toBe(409);
    expect(await vacancyOf(vacancy.id)).toMatchObject({ positionsFilled: 0, status: 'open' });
    expect(await tasks(jobseekerId, 'aftercare_employer')).toEqual([]);
    expect(await events(jobseekerId, 'outflow.registered')).toHaveLength(1);
    const list = (
      await mark.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/nominations` })
    ).json();
    expect(list.items[0]).toMatchObject({ status: 'presented', aftercareTaskId: null });
  });

  it('lets the klantmanager withdraw a candidate, but not after the placement', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const { nominationId } = await presented(vacancy.id, 'Terug');
    const fromDelft = await dirk.request({
      method: 'POST',
      url: `/api/nominations/${nominationId}/withdrawal`,
    });
    expect(fromDelft.statusCode).toBe(404);
    t.clock.advance(60_000);
    const withdrawn = await kees.request({
      method: 'POST',
      url: `/api/nominations/${nominationId}/withdrawal`,
    });
    // When it was withdrawn is part of the nomination's history on the vacancy page.
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnAt: t.clock.now().toISOString() });
    expect((await feedback(nominationId, { outcome: 'invited' })).json().error.code).toBe(
      'nomination_not_possible',
    );
  });
});

describe('offering a vacancy to klantmanagers', () => {
  const idOf = async (login: string) =>
    (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
  const offer = (vacancyId: string, payload: Record<string, unknown>, as: Session = mark) =>
    as.request({ method: 'POST', url: `/api/vacancies/${vacancyId}/offers`, payload });
  const myDayOffers = async (as: Session) =>
    (await as.request({ method: 'GET', url: '/api/my-day' })).json().offers as {
      offerId: string;
      vacancy: { id: string; title: string };
      message: string;
    }[];

  it('shows the offer on the klantmanager’s Mijn dag until he has looked at it, once per person', async () => {
    const vacancy = await createVacancy(mark, employerId, { title: 'Teeltmedewerker aangeboden' });
    const keesId = await idOf('kees.klant');
    const ursulaId = await idOf('ursula.werkcoach');
    const ursula = await t.loginAs('ursula.werkcoach');
    const message = 'Twee van jouw kandidaten passen goed, kijk je even?';

    const first = await offer(vacancy.id, { caseManagerIds: [keesId, ursulaId], message });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items).toHaveLength(2);
    // Again to Kees: nothing new, the first offer stays.
    const again = await offer(vacancy.id, { caseManagerIds: [keesId], message: 'nogmaals' });
    expect(again.json().items.map((o: { message: string }) => o.message)).toEqual([message, message]);

    const shown = (await myDayOffers(kees)).filter((o) => o.vacancy.id === vacancy.id);
    expect(shown).toEqual([
      expect.objectContaining({
        vacancy: expect.objectContaining({ title: 'Teeltmedewerker aangeboden' }),
        message,
      }),
    ]);
    const offerId = shown[0]!.offerId;
    // Only Kees himself can mark his offer as seen.
    expect(
      (await ursula.request({ method: 'POST', url: `/api/vacancy-offers/${offerId}/seen` })).statusCode,
    ).toBe(404);
    const seen = await kees.request({ method: 'POST', url: `/api/vacancy-offers/${offerId}/seen` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().seenAt).not.toBeNull();
    expect((await myDayOffers(kees)).map((o) => o.offerId)).not.toContain(offerId);
    expect((await myDayOffers(ursula)).map((o) => o.vacancy.id)).toContain(vacancy.id);
    const list = await mark.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/offers` });
    expect(
      list
        .json()
        .items.map((o: { caseManager: { id: string }; seenAt: string | null }) => [
          o.caseManager.id,
          o.seenAt !== null,
        ]),
    ).toEqual(
      expect.arrayContaining([
        [keesId, true],
        [ursulaId, false],
      ]),
    );
  });

  it('refuses someone who is not a klantmanager of the Werkplein, a klantmanager offering, and other Werkpleinen', async () => {
    const vacancy = await createVacancy(mark, employerId);
    const notKm = await offer(vacancy.id, { caseManagerIds: [markId] });
    expect(notKm.statusCode).toBe(400);
    expect(notKm.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [expect.objectContaining({ path: 'caseManagerIds', code: 'not_a_case_manager' })],
    });
    const delftKm = await offer(vacancy.id, { caseManagerIds: [await idOf('dirk.delft')] });
    expect(delftKm.statusCode).toBe(400);
    expect((await offer(vacancy.id, { caseManagerIds: [] })).statusCode).toBe(400);
    const byKees = await offer(vacancy.id, { caseManagerIds: [await idOf('kees.klant')] }, kees);
    expect(byKees.statusCode).toBe(403);
    const fromDelft = await dirk.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/offers` });
    expect(fromDelft.statusCode).toBe(404);
    const list = await mark.request({ method: 'GET', url: `/api/vacancies/${vacancy.id}/offers` });
    expect(list.json().items).toEqual([]);
  });
});
