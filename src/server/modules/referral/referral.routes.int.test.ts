import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobseeker } from '../../db/seed/seed.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let sanne: Session;
let ben: Session;
let dirk: Session;
let jobseekerId: string;
let delftJobseekerId: string;

const person = async (bsn: string, werkpleinId = 'westland', surname = 'Verwijs') =>
  (
    await seedJobseeker(
      t.db,
      {
        werkpleinId,
        bsn,
        givenNames: 'Rosa',
        surname,
        birthDate: '1985-02-03',
        gender: 'female',
        street: 'Dijkweg',
        houseNumber: '4',
        postcode: '2671AA',
        city: 'Naaldwijk',
      },
      t.clock.now(),
    )
  ).id;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  sanne = await t.loginAs('sanne.schuld');
  ben = await t.loginAs('ben.inkomen');
  dirk = await t.loginAs('dirk.delft');
  jobseekerId = await person('900000011');
  delftJobseekerId = await person('900000012', 'delft', 'Delftenaar');
  // Kees is Rosa's klantmanager.
  const keesId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'kees.klant').executeTakeFirstOrThrow()
  ).id;
  await t.db
    .updateTable('jobseeker')
    .set({ case_manager_id: keesId })
    .where('id', '=', jobseekerId)
    .execute();
});
afterAll(async () => t.close());

const refer = (session: Session, payload: Record<string, unknown>, id = jobseekerId) =>
  session.request({ method: 'POST', url: `/api/jobseekers/${id}/referrals`, payload });

const events = async (type: string) =>
  t.db
    .selectFrom('case_event')
    .select(['type', 'data'])
    .where('jobseeker_id', '=', jobseekerId)
    .where('type', '=', type)
    .execute();

describe('referrals, the worklist and the signal', () => {
  let referralId: string;

  it('refers to schuldhulp; the unit sees it on its worklist with name and dossier number, and may open the dossier', async () => {
    expect((await sanne.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` })).statusCode).toBe(
      404,
    );
    const response = await refer(ursula, { unit: 'debt_assistance', question: 'Kan Rosa in de schuldhulp?' });
    expect(response.statusCode).toBe(201);
    referralId = response.json().id;
    expect(response.json()).toMatchObject({
      unit: 'debt_assistance',
      externalProvider: null,
      status: 'open',
      referredBy: { name: 'Ursula Werkman' },
      answer: null,
    });
    expect(await events('referral.sent')).toHaveLength(1);

    const worklist = await sanne.request({ method: 'GET', url: '/api/worklist' });
    expect(worklist.statusCode).toBe(200);
    expect(worklist.json().items).toEqual([
      expect.objectContaining({
        id: referralId,
        question: 'Kan Rosa in de schuldhulp?',
        jobseeker: expect.objectContaining({
          id: jobseekerId,
          fullName: 'Rosa Verwijs',
          dossierNumber: expect.stringMatching(/^WP/),
        }),
      }),
    ]);
    // Another unit's worklist does not show it; the klantmanager has no worklist.
    expect((await ben.request({ method: 'GET', url: '/api/worklist' })).json().items).toEqual([]);
    expect((await kees.request({ method: 'GET', url: '/api/worklist' })).statusCode).toBe(403);
    expect((await sanne.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` })).statusCode).toBe(
      200,
    );
    expect((await ben.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` })).statusCode).toBe(
      404,
    );
  });

  it('refuses a second open referral to the same unit with duplicate_referral, and writes nothing', async () => {
    const before = await events('referral.sent');
    const response = await refer(kees, { unit: 'debt_assistance', question: 'Nog een keer' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'duplicate_referral', details: { referralId } });
    expect(await events('referral.sent')).toHaveLength(before.length);
  });

  it('refuses a referral to both or neither a unit and a provider, and an unknown unit', async () => {
    for (const payload of [
      { question: 'x' },
      { unit: 'income', externalProvider: 'ROC', question: 'x' },
      { unit: 'finance', question: 'x' },
      { unit: 'income', question: '' },
    ]) {
      expect((await refer(kees, payload)).statusCode).toBe(400);
    }
  });

  it('lets only the addressed unit answer; the answer is the signal for the klantmanager', async () => {
    expect(
      (
        await ben.request({
          method: 'POST',
          url: `/api/referrals/${referralId}/answer`,
          payload: { answer: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await kees.request({
          method: 'POST',
          url: `/api/referrals/${referralId}/answer`,
          payload: { answer: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    t.clock.advance(60_000);
    const answered = await sanne.request({
      method: 'POST',
      url: `/api/referrals/${referralId}/answer`,
      payload: { answer: 'Intake schuldhulp gepland op 1 december.' },
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'answered',
      answer: 'Intake schuldhulp gepland op 1 december.',
      answeredBy: { name: 'Sanne Schuldhulp' },
      signalSeenAt: null,
    });
    expect(answered.json().answeredAt).toEqual(expect.any(String));
    expect(await events('referral.answered')).toHaveLength(1);
    // A second answer is a conflict showing the first.
    const again = await sanne.request({
      method: 'POST',
      url: `/api/referrals/${referralId}/answer`,
      payload: { answer: 'Anders' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.current.answer).toBe('Intake schuldhulp gepland op 1 december.');
  });

  it("ends the unit's access with the answer; its answered worklist still shows the item", async () => {
    expect((await sanne.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` })).statusCode).toBe(
      404,
    );
    expect((await sanne.request({ method: 'GET', url: '/api/worklist' })).json().items).toEqual([]);
    const answered = await sanne.request({ method: 'GET', url: '/api/worklist?status=answered' });
    expect(answered.json().items.map((i: { id: string }) => i.id)).toEqual([referralId]);
  });

  it('shows every referral and answer to the klantmanagers in the dossier', async () => {
    for (const session of [kees, ursula]) {
      const list = await session.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/referrals` });
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toEqual([
        expect.objectContaining({ id: referralId, answer: 'Intake schuldhulp gepland op 1 december.' }),
      ]);
    }
  });

  it('marks the signal seen for the referring or the own klantmanager only, idempotently', async () => {
    const monique = await t.loginAs('monique.mt');
    expect(
      (await monique.request({ method: 'POST', url: `/api/referrals/${referralId}/seen` })).statusCode,
    ).toBe(403);
    const seen = await ursula.request({ method: 'POST', url: `/api/referrals/${referralId}/seen` });
    expect(seen.statusCode).toBe(200);
    const at = seen.json().signalSeenAt;
    expect(at).toEqual(expect.any(String));
    t.clock.advance(60_000);
    const again = await kees.request({ method: 'POST', url: `/api/referrals/${referralId}/seen` });
    expect(again.json().signalSeenAt).toBe(at);
  });

  it('allows a new referral to the unit once the first is answered, and its withdrawal', async () => {
    const second = await refer(kees, { unit: 'debt_assistance', question: 'Vervolgvraag' });
    expect(second.statusCode).toBe(201);
    const id = second.json().id;
    expect((await kees.request({ method: 'POST', url: `/api/referrals/${id}/seen` })).statusCode).toBe(409);
    const withdrawn = await kees.request({ method: 'POST', url: `/api/referrals/${id}/withdraw` });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await kees.request({ method: 'POST', url: `/api/referrals/${id}/withdraw` })).statusCode).toBe(
      409,
    );
    expect(await events('referral.withdrawn')).toHaveLength(1);
    expect((await sanne.request({ method: 'GET', url: '/api/worklist' })).json().items).toEqual([]);
  });

  it("records an external provider's answer by the klantmanager", async () => {
    const response = await refer(kees, {
      externalProvider: 'ROC Westland',
      question: 'Past een mbo-2 opleiding?',
    });
    expect(response.statusCode).toBe(201);
    const id = response.json().id;
    expect(response.json()).toMatchObject({ unit: null, externalProvider: 'ROC Westland' });
    expect(
      (await sanne.request({ method: 'POST', url: `/api/referrals/${id}/answer`, payload: { answer: 'x' } }))
        .statusCode,
    ).toBe(403);
    const answered = await kees.request({
      method: 'POST',
      url: `/api/referrals/${id}/answer`,
      payload: { answer: 'Ja, start in februari.' },
    });
    expect(answered.statusCode).toBe(200);
  });

  it("answers not_found for another Werkplein's ids and unknown ids, and logs the refusal", async () => {
    expect((await refer(kees, { unit: 'income', question: 'x' }, delftJobseekerId)).statusCode).toBe(404);
    expect(
      (await dirk.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/referrals` })).statusCode,
    ).toBe(404);
    expect(
      (await dirk.request({ method: 'POST', url: `/api/referrals/${referralId}/withdraw` })).statusCode,
    ).toBe(404);
    expect(
      (
        await kees.request({
          method: 'POST',
          url: '/api/referrals/00000000-0000-4000-8000-000000000000/withdraw',
        })
      ).statusCode,
    ).toBe(404);
    const denied = await t.db
      .selectFrom('audit_record')
      .select(['action', 'object_id'])
      .where('result', '=', 'denied')
      .where('object_id', '=', delftJobseekerId)
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('keeps one of two simultaneous referrals to the same unit', async () => {
    const results = await Promise.all([
      refer(kees, { unit: 'civic_integration', question: 'A' }),
      refer(ursula, { unit: 'civic_integration', question: 'B' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('duplicate_referral');
    const open = await t.db
      .selectFrom('referral')
      .select('id')
      .where('jobseeker_id', '=', jobseekerId)
      .where('unit', '=', 'civic_integration')
      .execute();
    expect(open).toHaveLength(1);
  });

  it('logs the worklist read with every listed jobseeker as data subject', async () => {
    await refer(kees, { unit: 'income', question: 'Recht op bijstand?' });
    await sanne.request({ method: 'GET', url: '/api/worklist' });
    await ben.request({ method: 'GET', url: '/api/worklist' });
    const rows = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .select(['a.action', 'o.activity_id', 'e.login'])
      .where('a.object_type', '=', 'worklist')
      .execute();
    expect(rows).toContainEqual({
      action: 'worklist.read',
      activity_id: 'doorverwijzing-signaal',
      login: 'ben.inkomen',
    });
  });
});

describe('the OpenAPI description', () => {
  it('documents the plan, appointment, referral and summons endpoints', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/jobseekers/{id}/action-plan',
        '/api/jobseekers/{id}/diagnosis',
        '/api/jobseekers/{id}/agreements/{agreementId}',
        '/api/appointments',
        '/api/appointments/{id}',
        '/api/jobseekers/{id}/referrals',
        '/api/referrals/{id}/answer',
        '/api/referrals/{id}/seen',
        '/api/worklist',
        '/api/jobseekers/{id}/summonses',
        '/api/summonses/{id}/decision',
      ]),
    );
  });
});
