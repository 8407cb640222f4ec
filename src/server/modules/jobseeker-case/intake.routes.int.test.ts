import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let intaker: Session;
let kees: Session;
let mt: Session;
let delft: Session;
const ids: Record<string, string> = {};
let fatima = '';

const employeeId = async (login: string) =>
  (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

const person = (bsn: string, overrides: Record<string, unknown> = {}) => {
  const { werkpleinId: _w, ...rest } = registration({ bsn, ...overrides });
  return rest;
};

const count = async (
  table: 'jobseeker' | 'case_event' | 'registration' | 'referral' | 'task' | 'benefit_period',
) =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-27T10:00:00Z' });
  intaker = await t.loginAs('iris.intake');
  kees = await t.loginAs('kees.klant');
  mt = await t.loginAs('monique.mt');
  delft = await t.loginAs('dirk.delft');
  for (const login of ['kees.klant', 'ursula.werkcoach', 'sanne.schuld', 'dirk.delft'])
    ids[login] = await employeeId(login);
});
afterAll(async () => t.close());

describe('registration through any channel', () => {
  it('routes to intake: creates the dossier, records channel and the 24-hour follow-up', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'westland',
        channel: 'phone',
        routing: 'intake',
        question: 'Zoekt werk',
        person: person('300047514'),
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      channel: 'phone',
      routing: 'intake',
      existingDossier: false,
      referralId: null,
    });
    expect(body.registeredAt).toBe('2026-03-27T10:00:00.000Z');
    expect(body.followUpDueAt).toBe('2026-03-28T10:00:00.000Z');
    fatima = body.jobseekerId;
    const events = await t.db
      .selectFrom('case_event')
      .select('type')
      .where('jobseeker_id', '=', body.jobseekerId)
      .execute();
    expect(events.map((e) => e.type).sort()).toEqual(['jobseeker.registered', 'registration.recorded']);
  });

  it('a known BSN through another channel opens the existing dossier', async () => {
    const before = await count('jobseeker');
    const response = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'westland',
        channel: 'web',
        routing: 'intake',
        question: 'Nogmaals',
        person: person('300047514', { surname: 'Anders' }),
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ jobseekerId: fatima, existingDossier: true, channel: 'web' });
    expect(await count('jobseeker')).toBe(before);
  });

  it('debt assistance only: dossier, open referral, appointment with schuldhulp and documents to bring', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'westland',
        channel: 'desk',
        routing: 'debt_assistance',
        question: 'Schulden bij energieleverancier',
        person: person('300095028'),
        appointment: { startsAt: '2026-03-30T09:00:00+02:00' },
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.appointment).toMatchObject({
      employeeId: ids['sanne.schuld'],
      startsAt: '2026-03-30T07:00:00.000Z',
    });
    expect(body.documentsToBring).toContain('debt_overview');
    const referral = await t.db
      .selectFrom('referral')
      .selectAll()
      .where('id', '=', body.referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({
      unit: 'debt_assistance',
      status: 'open',
      question: 'Schulden bij energieleverancier',
    });
    // The same slot again: the only debt officer is booked, nothing is written.
    const before = await count('registration');
    const again = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'westland',
        channel: 'phone',
        routing: 'debt_assistance',
        question: 'Ook schulden',
        person: person('300380112'),
        appointment: { startsAt: '2026-03-30T09:30:00+02:00' },
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('double_booked');
    expect(await count('registration')).toBe(before);
    expect(
      await t.db.selectFrom('jobseeker').select('id').where('bsn', '=', '300380112').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('Bbz: referral to inkomen marked Bbz', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'westland',
        channel: 'email',
        routing: 'bbz',
        question: 'Zzp-er zonder opdrachten',
        person: person('300522654'),
      },
    });
    expect(response.statusCode).toBe(201);
    const referral = await t.db
      .selectFrom('referral')
      .select(['unit', 'question'])
      .where('id', '=', response.json().referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toEqual({ unit: 'income', question: 'Bbz: Zzp-er zonder opdrachten' });
  });

  it('third party: a contact without dossier or BSN', async () => {
    const before = await count('jobseeker');
    const response = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'westland',
        channel: 'phone',
        routing: 'third_party',
        question: 'Vraag over huurtoeslag',
        contactName: 'J. Jansen',
        contactDetails: '0612345678',
        thirdParty: 'Belastingdienst/Toeslagen',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      jobseekerId: null,
      contactName: 'J. Jansen',
      thirdParty: 'Belastingdienst/Toeslagen',
    });
    expect(await count('jobseeker')).toBe(before);
  });

  it('refuses missing fields and another Werkplein', async () => {
    const missing = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: { werkpleinId: 'westland', channel: 'phone', routing: 'third_party', question: 'x' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_failed');
    const other = await intaker.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        werkpleinId: 'delft',
        channel: 'desk',
        routing: 'intake',
        question: 'x',
        person: person('300538492'),
      },
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
  });
});

describe('intake with quickscan and klantmanager', () => {
  it('suggests klantmanagers: partner match by benefit, then caseload', async () => {
    const ww = await intaker.request({
      method: 'GET',
      url: `/api/jobseekers/${fatima}/case-manager-suggestions?benefitType=WW`,
    });
    expect(ww.statusCode).toBe(200);
    expect(ww.json().preferredPartnerKind).toBe('uwv');
    expect(ww.json().items[0]).toMatchObject({
      employeeId: ids['ursula.werkcoach'],
      partnerMatch: true,
      rank: 1,
    });
    const wwb = await intaker.request({
      method: 'GET',
      url: `/api/jobseekers/${fatima}/case-manager-suggestions?benefitType=WWB`,
    });
    expect(wwb.json().items[0]).toMatchObject({ employeeId: ids['kees.klant'], partnerMatch: true });
    expect(wwb.json().items.map((i: { employeeId: string }) => i.employeeId)).not.toContain(
      ids['dirk.delft'],
    );
  });

  it('Work First: assigns the klantmanager and creates the 48-hour and 2-week tasks', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: `/api/jobseekers/${fatima}/intake`,
      payload: {
        clientQuestion: 'Werk in de tuinbouw, heeft geen inkomen',
        eligibleBenefit: 'WWB',
        benefitApplicationExists: true,
        distanceToWork: 'short',
        workFirst: true,
        caseManagerId: ids['kees.klant'],
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.tasks.map((task: { kind: string; dueAt: string }) => [task.kind, task.dueAt])).toEqual([
      ['work_first_placement', '2026-03-29T10:00:00.000Z'],
      // Intake on Friday 27 March (CET); DST starts 29 March: end of Friday 10 April in CEST.
      ['work_first_contact', '2026-04-10T22:00:00.000Z'],
    ]);
    const js = await t.db
      .selectFrom('jobseeker')
      .select(['case_manager_id', 'last_contact_at'])
      .where('id', '=', fatima)
      .executeTakeFirstOrThrow();
    expect(js).toEqual({
      case_manager_id: ids['kees.klant'],
      last_contact_at: new Date('2026-03-27T10:00:00Z'), // the intake is a contact
    });
    const types = await t.db
      .selectFrom('case_event')
      .select('type')
      .where('jobseeker_id', '=', fatima)
      .execute();
    expect(types.map((e) => e.type)).toEqual(
      expect.arrayContaining(['intake.completed', 'caseManager.assigned']),
    );
    const tasks = await t.db
      .selectFrom('task')
      .select(['id', 'assignee_id', 'kind'])
      .where('jobseeker_id', '=', fatima)
      .execute();
    expect(tasks.map((task) => task.kind).sort()).toEqual([
      'new_case',
      'work_first_contact',
      'work_first_placement',
    ]);
    expect(tasks.every((task) => task.assignee_id === ids['kees.klant'])).toBe(true);
    expect(
      tasks
        .filter((task) => task.kind !== 'new_case')
        .map((task) => task.id)
        .sort(),
    ).toEqual(body.tasks.map((task: { id: string }) => task.id).sort());
    // The new case is on the klantmanager's "Mijn dag" at once, not only when he opens his caseload.
    const day = (await kees.request({ method: 'GET', url: '/api/my-day' })).json();
    expect(day.tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'new_case', jobseeker: expect.objectContaining({ id: fatima }) }),
      ]),
    );
    // One processing-log entry for the intake, the assignment included.
    const log = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .select(['a.action', 'o.name'])
      .where('a.object_id', '=', fatima)
      .where('a.result', '=', 'allowed')
      .where('a.occurred_at', '>=', new Date('2026-03-27T10:00:00Z'))
      .where('a.action', '=', 'intake.perform')
      .execute();
    expect(log).toEqual([{ action: 'intake.perform', name: 'intake.perform' }]);
  });

  it('refuses a klantmanager of another Werkplein and a non-intaker; nothing half-written', async () => {
    const before = await count('case_event');
    const payload = {
      clientQuestion: 'x',
      eligibleBenefit: null,
      benefitApplicationExists: false,
      distanceToWork: 'long',
      workFirst: true,
      caseManagerId: ids['dirk.delft'],
    };
    const wrong = await intaker.request({ method: 'POST', url: `/api/jobseekers/${fatima}/intake`, payload });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].code).toBe('unknown_case_manager');
    const byKlantmanager = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${fatima}/intake`,
      payload: { ...payload, caseManagerId: ids['kees.klant'] },
    });
    expect(byKlantmanager.statusCode).toBe(403);
    const unknown = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers/00000000-0000-4000-8000-000000000000/intake',
      payload: { ...payload, caseManagerId: ids['kees.klant'] },
    });
    expect(unknown.statusCode).toBe(404);
    expect(await count('case_event')).toBe(before);
  });
});

describe('reassignment by the MT', () => {
  it('moves one case and many cases, all or nothing', async () => {
    const one = await mt.request({
      method: 'PUT',
      url: `/api/jobseekers/${fatima}/case-manager`,
      payload: { caseManagerId: ids['ursula.werkcoach'] },
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      caseManagerId: ids['ursula.werkcoach'],
      caseManagerName: 'Ursula Werkman',
    });
    const handedOver = await t.db
      .selectFrom('task')
      .select(['assignee_id', 'due_at'])
      .where('jobseeker_id', '=', fatima)
      .where('kind', '=', 'new_case')
      .where('assignee_id', '=', ids['ursula.werkcoach']!)
      .execute();
    expect(handedOver).toHaveLength(1);

    const westland = await t.db
      .selectFrom('jobseeker')
      .select('id')
      .where('werkplein_id', '=', 'westland')
      .limit(3)
      .execute();
    const delftOne = await t.db
      .selectFrom('jobseeker')
      .select('id')
      .where('werkplein_id', '=', 'delft')
      .executeTakeFirstOrThrow();
    const before = await count('case_event');
    const mixed = await mt.request({
      method: 'POST',
      url: '/api/case-assignments',
      payload: {
        jobseekerIds: [...westland.map((j) => j.id), delftOne.id],
        caseManagerId: ids['kees.klant'],
      },
    });
    expect(mixed.statusCode).toBe(404);
    expect(await count('case_event')).toBe(before);
    const denied = await t.db
      .selectFrom('audit_record')
      .select(['result', 'action'])
      .where('action', '=', 'case.assign')
      .where('result', '!=', 'allowed')
      .execute();
    expect(denied.length).toBeGreaterThan(0);

    const bulk = await mt.request({
      method: 'POST',
      url: '/api/case-assignments',
      payload: { jobseekerIds: westland.map((j) => j.id), caseManagerId: ids['kees.klant'] },
    });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json().items).toHaveLength(3);
    expect(await count('case_event')).toBe(before + 3);
    const byKlantmanager = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${fatima}/case-manager`,
      payload: { caseManagerId: ids['kees.klant'] },
    });
    expect(byKlantmanager.statusCode).toBe(403);
  });
});

describe('benefits on one case', () => {
  it('adds, refuses overlap and dates out of order, and changes WW → WWB on the same case', async () => {
    const url = `/api/jobseekers/${fatima}/benefits`;
    const ww = await kees.request({
      method: 'POST',
      url,
      payload: { benefitType: 'WW', startDate: '2026-01-01' },
    });
    expect(ww.statusCode).toBe(201);
    const overlap = await kees.request({
      method: 'POST',
      url,
      payload: { benefitType: 'WW', startDate: '2026-02-01', endDate: '2026-02-28' },
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.fields[0].code).toBe('benefit_overlap');
    const order = await kees.request({
      method: 'POST',
      url,
      payload: { benefitType: 'ANW', startDate: '2026-02-01', endDate: '2026-01-28' },
    });
    expect(order.json().error.fields[0].code).toBe('date_order');

    const caseBefore = await t.db
      .selectFrom('jobseeker')
      .select(['id', 'case_manager_id', 'dossier_number'])
      .where('id', '=', fatima)
      .executeTakeFirstOrThrow();
    const change = await kees.request({
      method: 'POST',
      url: `${url}/change`,
      payload: { benefitType: 'WWB', startDate: '2026-03-01' },
    });
    expect(change.statusCode).toBe(200);
    expect(
      change
        .json()
        .items.map((b: { benefitType: string; startDate: string; endDate: string | null }) => [
          b.benefitType,
          b.startDate,
          b.endDate,
        ]),
    ).toEqual([
      ['WWB', '2026-03-01', null],
      ['WW', '2026-01-01', '2026-02-28'],
    ]);
    const caseAfter = await t.db
      .selectFrom('jobseeker')
      .select(['id', 'case_manager_id', 'dossier_number'])
      .where('id', '=', fatima)
      .executeTakeFirstOrThrow();
    expect(caseAfter).toEqual(caseBefore);
    const tasks = await count('task');
    expect(tasks).toBeGreaterThanOrEqual(2);

    const overview = await kees.request({ method: 'GET', url: `/api/jobseekers/${fatima}/case-overview` });
    expect(overview.json()).toMatchObject({
      caseManager: { caseManagerId: ids['ursula.werkcoach'] },
      lastIntakeAt: '2026-03-27T10:00:00.000Z',
    });

    const wwb = change.json().items[0].id;
    const early = await kees.request({
      method: 'POST',
      url: `${url}/${wwb}/end`,
      payload: { endDate: '2026-02-01' },
    });
    expect(early.json().error.fields[0].code).toBe('date_order');
    const ended = await kees.request({
      method: 'POST',
      url: `${url}/${wwb}/end`,
      payload: { endDate: '2026-06-30' },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().endDate).toBe('2026-06-30');
  });

  it("hides another Werkplein's jobseeker and logs the attempt", async () => {
    const response = await delft.request({
      method: 'POST',
      url: `/api/jobseekers/${fatima}/benefits`,
      payload: { benefitType: 'WW', startDate: '2026-01-01' },
    });
    expect(response.statusCode).toBe(404);
    const log = await t.db
      .selectFrom('audit_record')
      .select('result')
      .where('object_id', '=', fatima)
      .where('result', '!=', 'allowed')
      .execute();
    expect(log.length).toBeGreaterThan(0);
  });
});

describe('personal data with optimistic concurrency', () => {
  it("saves with the current version and answers 409 with the other's data when stale", async () => {
    const current = (await kees.request({ method: 'GET', url: `/api/jobseekers/${fatima}` })).json();
    const {
      id: _i,
      werkpleinId: _w,
      dossierNumber: _d,
      bsn: _b,
      fullName: _f,
      isTestData: _t,
      createdAt: _c,
      version,
      ...data
    } = current;
    const first = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${fatima}`,
      payload: { ...data, city: 'Monster', version },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ city: 'Monster', version: version + 1 });
    const second = await intaker.request({
      method: 'PUT',
      url: `/api/jobseekers/${fatima}`,
      payload: { ...data, phone: '0687654321', version },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'conflict',
      details: { current: { city: 'Monster', phone: data.phone, version: version + 1 } },
    });
    const again = await intaker.request({
      method: 'PUT',
      url: `/api/jobseekers/${fatima}`,
      payload: { ...data, city: 'Monster', phone: '0687654321', version: version + 1 },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ city: 'Monster', phone: '0687654321' });
  });
});

describe('klantmanager suggestions by caseload', () => {
  it('counts only active cases: a case that flowed out or was handed over no longer weighs', async () => {
    const caseloadOf = async (jobseekerId: string, employeeId: string) =>
      (
        await intaker.request({
          method: 'GET',
          url: `/api/jobseekers/${jobseekerId}/case-manager-suggestions?benefitType=WWB`,
        })
      )
        .json()
        .items.find((i: { employeeId: string }) => i.employeeId === employeeId).caseload as number;
    const waiting = await t.db
      .selectFrom('jobseeker')
      .select('id')
      .where('werkplein_id', '=', 'westland')
      .where('case_manager_id', 'is', null)
      .orderBy('id')
      .limit(4)
      .execute();
    const [asked, ...cases] = waiting.map((w) => w.id);
    const kees = ids['kees.klant'] as string;
    const before = await caseloadOf(asked as string, kees);
    await t.db.updateTable('jobseeker').set({ case_manager_id: kees }).where('id', 'in', cases).execute();
    expect(await caseloadOf(asked as string, kees)).toBe(before + 3);
    await t.db
      .updateTable('jobseeker')
      .set({ outflow_date: '2026-11-01', outflow_reason: 'moved' })
      .where('id', '=', cases[0] as string)
      .execute();
    await t.db
      .updateTable('jobseeker')
      .set({ handed_over_at: new Date('2026-11-02T09:00:00Z') })
      .where('id', '=', cases[1] as string)
      .execute();
    expect(await caseloadOf(asked as string, kees)).toBe(before + 1);
  });
});

describe('klantmanager suggestions by expertise', () => {
  it("ranks a klantmanager with the client's needs higher among those of the right partner", async () => {
    const beheerder = await t.loginAs('bea.beheer');
    const created = await beheerder.request({
      method: 'POST',
      url: '/api/admin/employees',
      payload: {
        login: 'zoe.zorg',
        name: 'Zoë Zorg',
        partnerId: 'gemeente-westland',
        roles: ['caseManager'],
        werkpleinIds: ['westland'],
        expertise: ['debt', 'youth'],
      },
    });
    expect(created.json().expertise).toEqual(['debt', 'youth']);
    const jobseeker = (
      await intaker.request({
        method: 'POST',
        url: '/api/jobseekers',
        payload: registration({ bsn: '272727209', surname: 'Deskundig' }),
      })
    ).json();
    const names = async (needs: string) =>
      (
        await intaker.request({
          method: 'GET',
          url: `/api/jobseekers/${jobseeker.id}/case-manager-suggestions?benefitType=WWB${needs ? `&needs=${needs}` : ''}`,
        })
      )
        .json()
        .items.filter((i: { partnerMatch: boolean }) => i.partnerMatch)
        .map((i: { name: string; expertiseMatch: string[] }) => [i.name, i.expertiseMatch]);
    // Give Zoë more cases than any other gemeente klantmanager, so caseload alone ranks her last.
    const counts = await t.db
      .selectFrom('jobseeker')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('case_manager_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const others = await t.db
      .selectFrom('jobseeker')
      .select('id')
      .where('werkplein_id', '=', 'westland')
      .where('case_manager_id', 'is', null)
      .where('id', '!=', jobseeker.id)
      .limit(Number(counts.n) + 1)
      .execute();
    await t.db
      .updateTable('jobseeker')
      .set({ case_manager_id: created.json().id })
      .where(
        'id',
        'in',
        others.map((o) => o.id),
      )
      .execute();
    const without = await names('');
    expect(without.at(-1)).toEqual(['Zoë Zorg', []]);
    const withDebt = await names('debt');
    expect(withDebt[0]).toEqual(['Zoë Zorg', ['debt']]);
    const bad = await intaker.request({
      method: 'GET',
      url: `/api/jobseekers/${jobseeker.id}/case-manager-suggestions?needs=astrology`,
    });
    expect(bad.statusCode).toBe(400);
  });
});
