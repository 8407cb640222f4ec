import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobseeker } from '../../db/seed/seed.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let hans: Session;
let ben: Session;
let sanne: Session;
let jobseekerId: string;
/** [broken, broken, open] */
const agreements: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  kees = await t.loginAs('kees.klant');
  hans = await t.loginAs('hans.handhaving');
  ben = await t.loginAs('ben.inkomen');
  sanne = await t.loginAs('sanne.schuld');
  jobseekerId = (
    await seedJobseeker(
      t.db,
      {
        werkpleinId: 'westland',
        bsn: '900000031',
        givenNames: 'Piet',
        surname: 'Oproep',
        birthDate: '1970-01-01',
        gender: 'male',
        street: 'Laan',
        houseNumber: '9',
        postcode: '2671AB',
        city: 'Naaldwijk',
      },
      t.clock.now(),
    )
  ).id;
  // Two broken agreements (one for each summons) and one still open.
  for (const [description, status] of [
    ['Komt op gesprek', 'broken'],
    ['Solliciteert wekelijks', 'broken'],
    ['Levert cv in', 'open'],
  ] as const) {
    const added = (
      await kees.request({
        method: 'POST',
        url: `/api/jobseekers/${jobseekerId}/agreements`,
        payload: { description, responsible: 'jobseeker', dueDate: '2026-12-01' },
      })
    ).json();
    if (status === 'broken') {
      await kees.request({
        method: 'PUT',
        url: `/api/jobseekers/${jobseekerId}/agreements/${added.id}`,
        payload: { description, responsible: 'jobseeker', dueDate: '2026-12-01', status, version: 1 },
      });
    }
    agreements.push(added.id);
  }
});
afterAll(async () => t.close());

const summonsUrl = () => `/api/jobseekers/${jobseekerId}/summonses`;
const decision = {
  outcome: 'imposed',
  percentage: 20,
  months: 1,
  reasoning: 'Tweede oproep, geen geldige reden.',
};

describe('summonses and sanction decisions', () => {
  let first: string;
  let second: string;

  it('refuses a summons for an agreement that is not broken, or unknown', async () => {
    const open = await kees.request({
      method: 'POST',
      url: summonsUrl(),
      payload: { reason: 'x', agreementIds: [agreements[2]] },
    });
    expect(open.statusCode).toBe(400);
    expect(open.json().error.fields).toContainEqual(
      expect.objectContaining({ code: 'agreement_not_broken' }),
    );
    const unknown = await kees.request({
      method: 'POST',
      url: summonsUrl(),
      payload: { reason: 'x', agreementIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.statusCode).toBe(404);
    expect((await kees.request({ method: 'GET', url: summonsUrl() })).json().items).toEqual([]);
  });

  it('issues the first summons without a sanction and refuses to refer it for one', async () => {
    const referred = await kees.request({
      method: 'POST',
      url: summonsUrl(),
      payload: {
        reason: 'Niet op gesprek gekomen',
        agreementIds: [agreements[0]],
        referToUnit: 'enforcement',
      },
    });
    expect(referred.statusCode).toBe(400);
    const response = await kees.request({
      method: 'POST',
      url: summonsUrl(),
      payload: { reason: 'Niet op gesprek gekomen', agreementIds: [agreements[0]] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ sequence: 1, sanctionPossible: false, decision: null });
    first = response.json().id;
  });

  it('issues a second summons that may lead to a sanction, referred to handhaving in the same step', async () => {
    const response = await kees.request({
      method: 'POST',
      url: summonsUrl(),
      payload: {
        reason: 'Weer niet gesolliciteerd',
        agreementIds: [agreements[1], agreements[1]],
        referToUnit: 'enforcement',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      sequence: 2,
      sanctionPossible: true,
      agreementIds: [agreements[1]],
    });
    second = response.json().id;
    const worklist = (await hans.request({ method: 'GET', url: '/api/worklist' })).json().items;
    expect(worklist).toEqual([
      expect.objectContaining({ question: 'Weer niet gesolliciteerd', unit: 'enforcement' }),
    ]);
  });

  it('refuses a decision on the first summons with sanction_not_possible, and writes nothing', async () => {
    const response = await hans.request({
      method: 'POST',
      url: `/api/summonses/${first}/decision`,
      payload: decision,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('sanction_not_possible');
    expect(await t.db.selectFrom('sanction_decision').selectAll().execute()).toEqual([]);
  });

  it('lets only the referred, authorised unit decide', async () => {
    // The klantmanager may not; inkomen is not referred; schuldhulp is no sanction unit.
    expect(
      (await kees.request({ method: 'POST', url: `/api/summonses/${second}/decision`, payload: decision }))
        .statusCode,
    ).toBe(403);
    expect(
      (await ben.request({ method: 'POST', url: `/api/summonses/${second}/decision`, payload: decision }))
        .statusCode,
    ).toBe(404);
    await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/referrals`,
      payload: { unit: 'debt_assistance', question: 'Schulden?' },
    });
    expect(
      (await sanne.request({ method: 'POST', url: `/api/summonses/${second}/decision`, payload: decision }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses an imposed sanction without percentage, and a waiver with one', async () => {
    for (const payload of [
      { outcome: 'imposed', reasoning: 'x' },
      { outcome: 'waived', percentage: 10, months: 1, reasoning: 'x' },
      { ...decision, percentage: 150 },
    ]) {
      const response = await hans.request({
        method: 'POST',
        url: `/api/summonses/${second}/decision`,
        payload,
      });
      expect(response.statusCode).toBe(400);
    }
  });

  it('records the decision of handhaving once, with its event and log line', async () => {
    const response = await hans.request({
      method: 'POST',
      url: `/api/summonses/${second}/decision`,
      payload: decision,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().decision).toMatchObject({
      outcome: 'imposed',
      percentage: 20,
      months: 1,
      unit: 'enforcement',
      decidedBy: { name: 'Hans Handhaving' },
    });
    const again = await hans.request({
      method: 'POST',
      url: `/api/summonses/${second}/decision`,
      payload: { outcome: 'waived', reasoning: 'Toch niet' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.current.decision.outcome).toBe('imposed');
    const events = await t.db
      .selectFrom('case_event')
      .select('type')
      .where('jobseeker_id', '=', jobseekerId)
      .where('type', 'in', ['summons.issued', 'sanction.decided'])
      .execute();
    expect(events.map((e) => e.type).sort()).toEqual([
      'sanction.decided',
      'summons.issued',
      'summons.issued',
    ]);
    const log = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .select(['a.action', 'a.role', 'o.activity_id'])
      .where('a.object_type', '=', 'sanction-decision')
      .execute();
    expect(log).toEqual([{ action: 'sanction.decide', role: 'backOffice', activity_id: 'oproep-maatregel' }]);
  });

  it('lets inkomen decide on a later summons referred to it', async () => {
    await t.db
      .updateTable('agreement')
      .set({ status: 'broken' })
      .where('id', '=', agreements[2] as string)
      .execute();
    const third = await kees.request({
      method: 'POST',
      url: summonsUrl(),
      payload: { reason: 'Cv niet ingeleverd', agreementIds: [agreements[2]], referToUnit: 'income' },
    });
    expect(third.json()).toMatchObject({ sequence: 3, sanctionPossible: true });
    const waived = await ben.request({
      method: 'POST',
      url: `/api/summonses/${third.json().id}/decision`,
      payload: { outcome: 'waived', reasoning: 'Ziek geweest, met verklaring.' },
    });
    expect(waived.statusCode).toBe(201);
    expect(waived.json().decision).toMatchObject({ outcome: 'waived', percentage: null, unit: 'income' });
  });

  it('shows the summonses newest first with the decision to the klantmanager; another Werkplein gets not_found', async () => {
    const items = (await kees.request({ method: 'GET', url: summonsUrl() })).json().items;
    expect(items.map((s: { sequence: number }) => s.sequence)).toEqual([3, 2, 1]);
    expect(items[1].decision.outcome).toBe('imposed');
    const dirk = await t.loginAs('dirk.delft');
    expect((await dirk.request({ method: 'GET', url: summonsUrl() })).statusCode).toBe(404);
    expect(
      (
        await hans.request({
          method: 'POST',
          url: '/api/summonses/00000000-0000-4000-8000-000000000000/decision',
          payload: decision,
        })
      ).statusCode,
    ).toBe(404);
  });
});
