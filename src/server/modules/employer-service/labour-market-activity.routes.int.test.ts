import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';
import { createEmployer, createJobseeker, createVacancy } from '../matching/matching-test-data.ts';
import { pseudonymOf } from '../processing-log/processing-log.service.ts';

let t: TestApp;
let mark: Session;
let kees: Session;
let markId: string;
let employerId: string;
let vacancyId: string;
let otherEmployerId: string;
let otherVacancyId: string;

const START = '2026-11-23T09:00:00Z';
const base = '/api/labour-market-activities';

const activity = (overrides: Record<string, unknown> = {}) => ({
  werkpleinId: 'westland',
  kind: 'job_fair',
  title: 'Banenmarkt Glastuinbouw',
  date: '2026-12-10',
  startTime: '13:00',
  endTime: '16:30',
  location: 'Werkplein Westland, Naaldwijk',
  description: 'Tien kwekers zoeken oogstmedewerkers.',
  capacity: 40,
  ...overrides,
});

const plan = async (overrides: Record<string, unknown> = {}, as: Session = mark) => {
  const response = await as.request({ method: 'POST', url: base, payload: activity(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
};
const detail = async (id: string, as: Session = mark) =>
  (await as.request({ method: 'GET', url: `${base}/${id}` })).json();
const addJobseeker = (id: string, payload: Record<string, unknown>, as: Session = kees) =>
  as.request({ method: 'POST', url: `${base}/${id}/jobseekers`, payload });
const move = (id: string, jobseekerId: string, status: string, as: Session = kees) =>
  as.request({ method: 'POST', url: `${base}/${id}/jobseekers/${jobseekerId}/status`, payload: { status } });
const attendance = (id: string, jobseekerId: string, payload: Record<string, unknown>, as: Session = mark) =>
  as.request({ method: 'PUT', url: `${base}/${id}/jobseekers/${jobseekerId}/attendance`, payload });
const addEmployer = (id: string, payload: Record<string, unknown>, as: Session = mark) =>
  as.request({ method: 'POST', url: `${base}/${id}/employers`, payload });
const dossierOf = async (jobseekerId: string) =>
  t.db
    .selectFrom('jobseeker')
    .select(['dossier_number', 'bsn'])
    .where('id', '=', jobseekerId)
    .executeTakeFirstOrThrow();
const events = (jobseekerId: string) =>
  t.db
    .selectFrom('case_event')
    .select(['type', 'data', 'occurred_at', 'actor_employee_id'])
    .where('jobseeker_id', '=', jobseekerId)
    .where('type', 'like', 'labourMarketActivity.%')
    .orderBy('id')
    .execute();
const fieldsOf = (response: { json: () => { error: { fields?: unknown[] } } }) =>
  response.json().error.fields;

/** Moves the clock (sessions time out, so everyone logs in again). */
const at = async (iso: string) => {
  t.clock.set(iso);
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
};

beforeAll(async () => {
  t = await createTestApp({ now: START });
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
  markId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'mark.match').executeTakeFirstOrThrow()
  ).id;
  employerId = await createEmployer(mark, '27111222');
  vacancyId = (await createVacancy(mark, employerId)).id;
  otherEmployerId = await createEmployer(mark, '27333444', 'Zorggroep Westland');
  otherVacancyId = (await createVacancy(mark, otherEmployerId, { title: 'Helpende zorg' })).id;
});
afterAll(async () => t.close());

describe('planning an activity', () => {
  it('lets a matchmaker plan a job fair, organised by himself, listed among the upcoming ones', async () => {
    const response = await mark.request({ method: 'POST', url: base, payload: activity() });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      kind: 'job_fair',
      status: 'planned',
      date: '2026-12-10',
      startTime: '13:00',
      endTime: '16:30',
      organiser: { id: markId, name: 'Mark Matchmaker' },
      capacity: 40,
      placesTaken: 0,
      employers: [],
      jobseekers: [],
      outcome: { attended: 0, noShow: 0, followUps: 0 },
      version: 1,
    });
    const soon = await plan({
      title: 'Voorlichting Werkfit',
      kind: 'information_session',
      date: '2026-11-30',
    });
    const upcoming = (await kees.request({ method: 'GET', url: base })).json().items;
    expect(upcoming.map((a: { id: string }) => a.id).slice(0, 2)).toEqual([soon.id, created.id]);
    const past = (await kees.request({ method: 'GET', url: `${base}?period=past` })).json().items;
    expect(past).toEqual([]);
  });

  it('lets the MT plan one for a matchmaker, but not without naming one, nor a klantmanager', async () => {
    const monique = await t.loginAs('monique.mt');
    const keesId = (
      await t.db
        .selectFrom('employee')
        .select('id')
        .where('login', '=', 'kees.klant')
        .executeTakeFirstOrThrow()
    ).id;
    const unnamed = await monique.request({ method: 'POST', url: base, payload: activity() });
    expect(unnamed.statusCode).toBe(400);
    expect(fieldsOf(unnamed)).toContainEqual(
      expect.objectContaining({ path: 'organiserId', code: 'required' }),
    );
    const notAMatchmaker = await monique.request({
      method: 'POST',
      url: base,
      payload: activity({ organiserId: keesId }),
    });
    expect(fieldsOf(notAMatchmaker)).toContainEqual(
      expect.objectContaining({ path: 'organiserId', code: 'not_account_manager' }),
    );
    const named = await monique.request({
      method: 'POST',
      url: base,
      payload: activity({ organiserId: markId }),
    });
    expect(named.statusCode).toBe(201);
    expect(named.json().organiser.name).toBe('Mark Matchmaker');
    const organisers = await monique.request({
      method: 'GET',
      url: `${base}/organisers?werkpleinId=westland`,
    });
    expect(organisers.json().items).toEqual([{ id: markId, name: 'Mark Matchmaker' }]);
  });

  it.each([
    ['an end before its start', { startTime: '14:00', endTime: '13:30' }, 'endTime', 'time_order'],
    ['an end equal to its start', { startTime: '14:00', endTime: '14:00' }, 'endTime', 'time_order'],
    ['a time that is not a time', { startTime: '25:00' }, 'startTime', 'time_format'],
    ['a date in the past', { date: '2026-11-22' }, 'date', 'date_in_past'],
    ['no places', { capacity: 0 }, 'capacity', 'too_small'],
    ['an unknown kind', { kind: 'party' }, 'kind', 'invalid_value'],
    ['no title', { title: ' ' }, 'title', 'too_small'],
  ])('refuses %s', async (_what, change, path, code) => {
    const response = await mark.request({ method: 'POST', url: base, payload: activity(change) });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('edits a planned activity in the version it was read in', async () => {
    const { id, version } = await plan();
    const { werkpleinId: _w, ...fields } = activity({ location: 'Veilinghal Honselersdijk' });
    const edited = await mark.request({
      method: 'PUT',
      url: `${base}/${id}`,
      payload: { ...fields, organiserId: markId, version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ location: 'Veilinghal Honselersdijk', version: version + 1 });
    const stale = await mark.request({
      method: 'PUT',
      url: `${base}/${id}`,
      payload: { ...fields, organiserId: markId, version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const backwards = await mark.request({
      method: 'PUT',
      url: `${base}/${id}`,
      payload: { ...fields, startTime: '17:00', organiserId: markId, version: version + 1 },
    });
    expect(fieldsOf(backwards)).toContainEqual(
      expect.objectContaining({ path: 'endTime', code: 'time_order' }),
    );
  });
});

describe('employers taking part', () => {
  it('adds an employer with its vacancy once, changes the vacancies and removes it again', async () => {
    const { id } = await plan({ kind: 'collective_recruitment', title: 'Werving De Kas' });
    const added = await addEmployer(id, { employerId, vacancyIds: [vacancyId] });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      employer: { id: employerId, name: 'Kwekerij De Kas' },
      vacancies: [{ id: vacancyId, title: 'Oogstmedewerker tomaten', status: 'open' }],
      added: { by: { name: 'Mark Matchmaker' } },
    });
    // Taking part is in the employer's contact log, for the matchmaker and the other partners.
    const employer = await mark.request({ method: 'GET', url: `/api/employers/${employerId}` });
    expect(employer.json().contacts).toContainEqual(
      expect.objectContaining({ channel: 'event', subject: 'Deelname aan Werving De Kas' }),
    );
    const twice = await addEmployer(id, { employerId, vacancyIds: [] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_participating');

    const changed = await mark.request({
      method: 'PUT',
      url: `${base}/${id}/employers/${employerId}`,
      payload: { vacancyIds: [] },
    });
    expect(changed.json().vacancies).toEqual([]);
    expect((await detail(id)).employerCount).toBe(1);
    const removed = await mark.request({ method: 'DELETE', url: `${base}/${id}/employers/${employerId}` });
    expect(removed.statusCode).toBe(204);
    expect((await detail(id)).employers).toEqual([]);
  });

  it('refuses a vacancy of another employer, a closed vacancy and an employer of another Werkplein', async () => {
    const { id } = await plan();
    const foreign = await addEmployer(id, { employerId, vacancyIds: [otherVacancyId] });
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign)).toContainEqual(
      expect.objectContaining({ path: 'vacancyIds.0', code: 'not_of_employer' }),
    );
    const closed = await createVacancy(mark, employerId, { title: 'Gesloten' });
    await t.db.updateTable('vacancy').set({ status: 'closed' }).where('id', '=', closed.id).execute();
    const notOpen = await addEmployer(id, { employerId, vacancyIds: [closed.id] });
    expect(fieldsOf(notOpen)).toContainEqual(
      expect.objectContaining({ path: 'vacancyIds.0', code: 'vacancy_not_open' }),
    );
    const { id: delftEmployer } = await t.db
      .insertInto('employer')
      .values({
        werkplein_id: 'delft',
        kvk_number: '27999888',
        name: 'Delftse Bakkerij',
        sector: 'retail',
        size_class: '1-9',
        account_manager_id: null,
        created_at: START,
        updated_at: START,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const delft = await addEmployer(id, { employerId: delftEmployer, vacancyIds: [] });
    expect(delft.statusCode).toBe(400);
    expect(fieldsOf(delft)).toContainEqual(
      expect.objectContaining({ path: 'employerId', code: 'not_in_werkplein' }),
    );
    expect((await detail(id)).employers).toEqual([]);
  });
});

describe('jobseekers taking part', () => {
  it('lets a klantmanager register his jobseeker by dossier number, with an event in his timeline and a log line', async () => {
    const { id } = await plan();
    const jobseekerId = await createJobseeker(kees, { surname: 'Jansen' });
    const { dossier_number, bsn } = await dossierOf(jobseekerId);
    const response = await addJobseeker(id, {
      dossierNumber: dossier_number.toLowerCase(),
      status: 'registered',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      jobseeker: { id: jobseekerId, name: 'Fatima Jansen', dossierNumber: dossier_number },
      status: 'registered',
      registered: { by: { name: 'Kees van der Klant' }, at: '2026-11-23T09:00:00.000Z' },
      invited: null,
    });
    expect(await events(jobseekerId)).toEqual([
      expect.objectContaining({
        type: 'labourMarketActivity.registered',
        data: expect.objectContaining({
          activityId: id,
          title: 'Banenmarkt Glastuinbouw',
          activityKind: 'job_fair',
        }),
      }),
    ]);
    const timeline = await kees.request({
      method: 'GET',
      url: `/api/jobseekers/${jobseekerId}/timeline?type=labourMarketActivity.registered`,
    });
    expect(timeline.json().items).toHaveLength(1);
    expect(timeline.json().items[0].summary).toMatch(/^Banenmarkt Glastuinbouw · Werkplein Westland/);

    const logged = await t.db
      .selectFrom('processing_operation as o')
      .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
      .innerJoin('audit_record as a', 'a.id', 'o.audit_record_id')
      .select(['a.action', 's.subject_pseudonym'])
      .where('o.activity_id', '=', 'arbeidsmarktactiviteiten')
      .where('s.subject_pseudonym', '=', pseudonymOf(t.config.secret, bsn))
      .execute();
    expect(logged.map((l) => l.action)).toEqual(['labourMarketActivity.enrol']);
    await detail(id);
    const afterRead = await t.db
      .selectFrom('processing_operation as o')
      .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
      .innerJoin('audit_record as a', 'a.id', 'o.audit_record_id')
      .select('a.action')
      .where('s.subject_pseudonym', '=', pseudonymOf(t.config.secret, bsn))
      .where('o.activity_id', '=', 'arbeidsmarktactiviteiten')
      .execute();
    expect(afterRead.map((l) => l.action)).toContain('labourMarketActivity.read');
    expect(JSON.stringify(afterRead)).not.toContain(bsn);

    const twice = await addJobseeker(id, { jobseekerId, status: 'invited' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'already_participating',
      details: { status: 'registered' },
    });
  });

  it('refuses a jobseeker of another Werkplein the same way as an unknown one', async () => {
    const { id } = await plan();
    const dirk = await t.loginAs('dirk.delft');
    const delftJobseeker = await createJobseeker(dirk, { surname: 'Delftenaar', werkpleinId: 'delft' });
    const { dossier_number } = await dossierOf(delftJobseeker);
    for (const dossierNumber of [dossier_number, 'WP99999999']) {
      const response = await addJobseeker(id, { dossierNumber, status: 'registered' });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([
        expect.objectContaining({ path: 'dossierNumber', code: 'not_in_werkplein' }),
      ]);
    }
    const byId = await addJobseeker(id, { jobseekerId: delftJobseeker, status: 'registered' });
    expect(fieldsOf(byId)).toEqual([
      expect.objectContaining({ path: 'jobseekerId', code: 'not_in_werkplein' }),
    ]);
    const neither = await addJobseeker(id, { status: 'registered' });
    expect(fieldsOf(neither)).toContainEqual(
      expect.objectContaining({ path: 'dossierNumber', code: 'required' }),
    );
    const badFormat = await addJobseeker(id, { dossierNumber: '1234', status: 'registered' });
    expect(fieldsOf(badFormat)).toContainEqual(
      expect.objectContaining({ path: 'dossierNumber', code: 'dossier_number_format' }),
    );
    expect(await events(delftJobseeker)).toEqual([]);
  });

  it('lets the matchmaker invite activated jobseekers only; the klantmanager registers, withdraws and re-registers', async () => {
    const { id } = await plan();
    const sleeper = await createJobseeker(kees, { surname: 'Slaper', activate: false });
    const notActivated = await addJobseeker(id, { jobseekerId: sleeper, status: 'invited' }, mark);
    expect(fieldsOf(notActivated)).toEqual([
      expect.objectContaining({ path: 'jobseekerId', code: 'not_activated' }),
    ]);
    // His klantmanager may register him all the same.
    expect((await addJobseeker(id, { jobseekerId: sleeper, status: 'registered' })).statusCode).toBe(201);

    const jobseekerId = await createJobseeker(kees, { surname: 'De Vries' });
    const invited = await addJobseeker(id, { jobseekerId, status: 'invited' }, mark);
    expect(invited.json()).toMatchObject({ status: 'invited', invited: { by: { name: 'Mark Matchmaker' } } });
    const registered = await move(id, jobseekerId, 'registered');
    expect(registered.json()).toMatchObject({
      status: 'registered',
      invited: { by: { name: 'Mark Matchmaker' } },
      registered: { by: { name: 'Kees van der Klant' } },
    });
    const withdrawn = await move(id, jobseekerId, 'withdrawn');
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      withdrawn: { by: { name: 'Kees van der Klant' } },
    });
    const again = await move(id, jobseekerId, 'withdrawn');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'participation_not_possible',
      details: { status: 'withdrawn' },
    });
    expect((await move(id, jobseekerId, 'registered')).json().status).toBe('registered');
    expect((await events(jobseekerId)).map((e) => e.type)).toEqual([
      'labourMarketActivity.invited',
      'labourMarketActivity.registered',
      'labourMarketActivity.withdrawn',
      'labourMarketActivity.registered',
    ]);
    const unknown = await move(id, '00000000-0000-4000-8000-000000000000', 'withdrawn');
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps to the capacity: a full activity takes nobody more, a withdrawal frees a place', async () => {
    const { id, version } = await plan({ capacity: 2 });
    const [a, b, c] = [
      await createJobseeker(kees, { surname: 'Een' }),
      await createJobseeker(kees, { surname: 'Twee' }),
      await createJobseeker(kees, { surname: 'Drie' }),
    ] as [string, string, string];
    await addJobseeker(id, { jobseekerId: a, status: 'registered' });
    await addJobseeker(id, { jobseekerId: b, status: 'invited' }, mark);
    const full = await addJobseeker(id, { jobseekerId: c, status: 'registered' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({
      code: 'capacity_exceeded',
      details: { capacity: 2, placesTaken: 2 },
    });
    expect(await events(c)).toEqual([]);
    await move(id, a, 'withdrawn');
    expect((await addJobseeker(id, { jobseekerId: c, status: 'registered' })).statusCode).toBe(201);
    const back = await move(id, a, 'registered');
    expect(back.json().error.code).toBe('capacity_exceeded');
    const current = await detail(id);
    expect(current).toMatchObject({ placesTaken: 2, capacity: 2 });

    const { werkpleinId: _w, ...fields } = activity({ capacity: 1 });
    const smaller = await mark.request({
      method: 'PUT',
      url: `${base}/${id}`,
      payload: { ...fields, organiserId: markId, version },
    });
    expect(smaller.statusCode).toBe(400);
    expect(fieldsOf(smaller)).toContainEqual(
      expect.objectContaining({ path: 'capacity', code: 'capacity_below_taken' }),
    );
  });
});

describe('who may do what', () => {
  it('lets klantmanagers see and enrol but not organise; others by the policy; another Werkplein hears not found', async () => {
    const { id } = await plan();
    expect((await kees.request({ method: 'GET', url: `${base}/${id}` })).statusCode).toBe(200);
    expect((await kees.request({ method: 'POST', url: base, payload: activity() })).statusCode).toBe(403);
    expect((await addEmployer(id, { employerId, vacancyIds: [] }, kees)).statusCode).toBe(403);
    const jobseekerId = await createJobseeker(kees, { surname: 'Rol' });
    await addJobseeker(id, { jobseekerId, status: 'registered' });
    expect((await attendance(id, jobseekerId, { attended: true }, kees)).statusCode).toBe(403);

    const monique = await t.loginAs('monique.mt');
    expect((await monique.request({ method: 'GET', url: `${base}/${id}` })).statusCode).toBe(200);
    expect((await move(id, jobseekerId, 'withdrawn', monique)).statusCode).toBe(403);

    const bea = await t.loginAs('bea.beheer');
    expect((await bea.request({ method: 'GET', url: base })).statusCode).toBe(403);
    expect((await bea.request({ method: 'GET', url: `${base}/${id}` })).statusCode).toBe(403);
    const iris = await t.loginAs('iris.intake');
    expect((await iris.request({ method: 'GET', url: `${base}/${id}` })).statusCode).toBe(403);

    const dirk = await t.loginAs('dirk.delft');
    const seen = await dirk.request({ method: 'GET', url: `${base}/${id}` });
    expect(seen.statusCode).toBe(404);
    expect(seen.json().error.code).toBe('not_found');
    const enrol = await addJobseeker(id, { jobseekerId, status: 'registered' }, dirk);
    expect(enrol.statusCode).toBe(404);
    expect((await dirk.request({ method: 'GET', url: base })).json().items).toEqual([]);
    const inDelft = await dirk.request({ method: 'GET', url: `${base}/organisers?werkpleinId=westland` });
    expect(inDelft.statusCode).toBe(403);
    const denied = await t.db
      .selectFrom('audit_record')
      .select('action')
      .where('result', '=', 'denied')
      .where('action', 'like', 'labourMarketActivity.%')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(6);
    const unknown = await mark.request({
      method: 'GET',
      url: `${base}/00000000-0000-4000-8000-000000000000`,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('after the day, and cancelled activities', () => {
  it('records attendance and follow-up from the day on, then only that; completes with the outcome', async () => {
    const { id } = await plan({ date: '2026-12-10' });
    await addEmployer(id, { employerId, vacancyIds: [vacancyId] });
    const came = await createJobseeker(kees, { surname: 'Kwam' });
    const away = await createJobseeker(kees, { surname: 'Weg' });
    const late = await createJobseeker(kees, { surname: 'Laat' });
    await addJobseeker(id, { jobseekerId: came, status: 'registered' });
    await addJobseeker(id, { jobseekerId: away, status: 'invited' }, mark);

    const early = await attendance(id, came, { attended: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'participation_not_possible',
      details: { rule: 'not_yet_held' },
    });
    const notYet = await mark.request({
      method: 'POST',
      url: `${base}/${id}/status`,
      payload: { status: 'completed', version: (await detail(id)).version },
    });
    expect(fieldsOf(notYet)).toContainEqual(
      expect.objectContaining({ path: 'status', code: 'not_yet_held' }),
    );

    await at('2026-12-11T08:00:00Z');
    try {
      const closed = await addJobseeker(id, { jobseekerId: late, status: 'registered' });
      expect(closed.statusCode).toBe(409);
      expect(closed.json().error).toMatchObject({ code: 'activity_closed', details: { rule: 'past' } });
      expect((await move(id, away, 'withdrawn')).json().error.code).toBe('activity_closed');
      expect((await addEmployer(id, { employerId: otherEmployerId, vacancyIds: [] })).json().error.code).toBe(
        'activity_closed',
      );

      const strange = await attendance(id, came, { attended: true, followUpEmployerId: otherEmployerId });
      expect(fieldsOf(strange)).toContainEqual(
        expect.objectContaining({ path: 'followUpEmployerId', code: 'not_participating' }),
      );
      const absentWithFollowUp = await attendance(id, away, {
        attended: false,
        followUpEmployerId: employerId,
      });
      expect(fieldsOf(absentWithFollowUp)).toContainEqual(
        expect.objectContaining({ path: 'followUpEmployerId', code: 'follow_up_without_attendance' }),
      );
      const recorded = await attendance(id, came, { attended: true, followUpEmployerId: employerId });
      expect(recorded.statusCode, recorded.body).toBe(200);
      expect(recorded.json()).toMatchObject({
        status: 'attended',
        attendanceRecorded: { by: { name: 'Mark Matchmaker' }, at: '2026-12-11T08:00:00.000Z' },
        followUpEmployer: { id: employerId, name: 'Kwekerij De Kas' },
      });
      expect((await attendance(id, away, { attended: false })).json().status).toBe('no_show');
      const [attendedEvent] = (await events(came)).filter(
        (e) => e.type === 'labourMarketActivity.attendance',
      );
      expect(attendedEvent?.data).toMatchObject({ attended: true, followUpEmployerName: 'Kwekerij De Kas' });
      // It happened when the job fair began: 13:00 in Amsterdam, 12:00 UTC in winter.
      expect(attendedEvent?.occurred_at.toISOString()).toBe('2026-12-10T12:00:00.000Z');

      const completed = await mark.request({
        method: 'POST',
        url: `${base}/${id}/status`,
        payload: { status: 'completed', version: (await detail(id)).version },
      });
      expect(completed.statusCode, completed.body).toBe(200);
      expect(completed.json()).toMatchObject({
        status: 'completed',
        outcome: { attended: 1, noShow: 1, followUps: 1 },
      });
      // A correction after completion is still possible; other changes are not.
      expect((await attendance(id, away, { attended: true })).json().status).toBe('attended');
      const { werkpleinId: _w, ...fields } = activity();
      const edit = await mark.request({
        method: 'PUT',
        url: `${base}/${id}`,
        payload: { ...fields, organiserId: markId, version: completed.json().version },
      });
      expect(edit.json().error.code).toBe('activity_closed');
      const past = (await kees.request({ method: 'GET', url: `${base}?period=past` })).json().items;
      expect(past.map((a: { id: string }) => a.id)).toContain(id);
    } finally {
      await at(START);
    }
  });

  it('cancels an activity: its jobseekers hear of it, nothing changes afterwards', async () => {
    const { id, version } = await plan();
    const jobseekerId = await createJobseeker(kees, { surname: 'Afgelast' });
    const other = await createJobseeker(kees, { surname: 'Ander' });
    await addJobseeker(id, { jobseekerId, status: 'registered' });
    const cancelled = await mark.request({
      method: 'POST',
      url: `${base}/${id}/status`,
      payload: { status: 'cancelled', version },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await events(jobseekerId)).map((e) => e.type)).toEqual([
      'labourMarketActivity.registered',
      'labourMarketActivity.cancelled',
    ]);
    const closed = await addJobseeker(id, { jobseekerId: other, status: 'registered' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({ code: 'activity_closed', details: { rule: 'cancelled' } });
    expect((await move(id, jobseekerId, 'withdrawn')).json().error.code).toBe('activity_closed');
    expect((await attendance(id, jobseekerId, { attended: true })).json().error.code).toBe('activity_closed');
    const twice = await mark.request({
      method: 'POST',
      url: `${base}/${id}/status`,
      payload: { status: 'cancelled', version: cancelled.json().version },
    });
    expect(twice.json().error.code).toBe('activity_closed');
  });
});
