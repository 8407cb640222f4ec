import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobseeker } from '../../db/seed/seed.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let jobseekerId: string;

beforeAll(async () => {
  t = await createTestApp(); // 2026-11-23T09:00Z
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  jobseekerId = (
    await seedJobseeker(
      t.db,
      {
        werkpleinId: 'westland',
        bsn: '900000021',
        givenNames: 'Ahmed',
        surname: 'Plan',
        birthDate: '1979-06-01',
        gender: 'male',
        street: 'Kade',
        houseNumber: '1',
        postcode: '2671AB',
        city: 'Naaldwijk',
      },
      t.clock.now(),
    )
  ).id;
});
afterAll(async () => t.close());

const diagnosisUrl = () => `/api/jobseekers/${jobseekerId}/diagnosis`;
const planUrl = () => `/api/jobseekers/${jobseekerId}/action-plan`;
const diagnosis = (overrides: Record<string, unknown> = {}) => ({
  summary: 'Zelfredzaam, mist recente werkervaring in de tuinbouw.',
  selfReliant: true,
  wageValueAssessment: false,
  diagnosedOn: '2026-11-23',
  version: 0,
  ...overrides,
});
const eventCount = async (type: string) =>
  (
    await t.db
      .selectFrom('case_event')
      .select('id')
      .where('jobseeker_id', '=', jobseekerId)
      .where('type', '=', type)
      .execute()
  ).length;

describe('the diagnosis', () => {
  it('starts empty, and records the diagnosis with target dates from the diagnosis date', async () => {
    expect((await kees.request({ method: 'GET', url: planUrl() })).json()).toEqual({
      diagnosis: null,
      agreements: [],
    });
    const saved = await kees.request({ method: 'PUT', url: diagnosisUrl(), payload: diagnosis() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      selfReliant: true,
      diagnosedOn: '2026-11-23',
      digitalServiceUntil: '2027-02-23',
      placementTargetDate: '2027-05-23',
      workOfferTargetDate: '2027-11-23',
      version: 1,
      updatedBy: { name: 'Kees van der Klant' },
    });
    expect(await eventCount('diagnosis.recorded')).toBe(1);
  });

  it('gives the second of two editors a conflict with the current diagnosis', async () => {
    const first = await ursula.request({
      method: 'PUT',
      url: diagnosisUrl(),
      payload: diagnosis({ version: 1, selfReliant: false, wageValueAssessment: true }),
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, digitalServiceUntil: null, wageValueAssessment: true });
    const second = await kees.request({
      method: 'PUT',
      url: diagnosisUrl(),
      payload: diagnosis({ version: 1 }),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'conflict',
      details: { current: { version: 2, selfReliant: false, updatedBy: { name: 'Ursula Werkman' } } },
    });
    expect(await eventCount('diagnosis.recorded')).toBe(2);
  });

  it('refuses a diagnosis date in the future and an impossible date', async () => {
    const future = await kees.request({
      method: 'PUT',
      url: diagnosisUrl(),
      payload: diagnosis({ version: 2, diagnosedOn: '2026-11-24' }),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'diagnosedOn', code: 'diagnosis_in_future' }),
    );
    const impossible = await kees.request({
      method: 'PUT',
      url: diagnosisUrl(),
      payload: diagnosis({ version: 2, diagnosedOn: '2026-02-30' }),
    });
    expect(impossible.statusCode).toBe(400);
  });
});

describe('agreements of the action plan', () => {
  let agreementId: string;

  it('adds agreements in due-date order and logs each change', async () => {
    const late = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/agreements`,
      payload: {
        description: 'Solliciteert op 4 vacatures per maand',
        responsible: 'jobseeker',
        dueDate: '2026-12-31',
      },
    });
    expect(late.statusCode).toBe(201);
    agreementId = late.json().id;
    const early = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/agreements`,
      payload: { description: 'Cv bijwerken', responsible: 'jobseeker', dueDate: '2026-11-30' },
    });
    expect(early.json()).toMatchObject({
      status: 'open',
      version: 1,
      createdBy: { name: 'Kees van der Klant' },
    });
    const plan = (await ursula.request({ method: 'GET', url: planUrl() })).json();
    expect(plan.agreements.map((a: { description: string }) => a.description)).toEqual([
      'Cv bijwerken',
      'Solliciteert op 4 vacatures per maand',
    ]);
    expect(await eventCount('agreement.added')).toBe(2);
  });

  it('refuses a due date in the past and an unknown responsible', async () => {
    for (const payload of [
      { description: 'x', responsible: 'jobseeker', dueDate: '2026-11-22' },
      { description: 'x', responsible: 'neighbour', dueDate: '2026-12-01' },
    ]) {
      const response = await kees.request({
        method: 'POST',
        url: `/api/jobseekers/${jobseekerId}/agreements`,
        payload,
      });
      expect(response.statusCode).toBe(400);
    }
    expect(await eventCount('agreement.added')).toBe(2);
  });

  it('updates the status with optimistic concurrency, never a silent overwrite', async () => {
    const url = `/api/jobseekers/${jobseekerId}/agreements/${agreementId}`;
    const body = {
      description: 'Solliciteert op 4 vacatures per maand',
      responsible: 'jobseeker',
      dueDate: '2026-12-31',
    };
    const broken = await kees.request({
      method: 'PUT',
      url,
      payload: { ...body, status: 'broken', version: 1 },
    });
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toMatchObject({ status: 'broken', version: 2 });
    const stale = await ursula.request({
      method: 'PUT',
      url,
      payload: { ...body, status: 'done', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ status: 'broken', version: 2 });
    expect(await eventCount('agreement.updated')).toBe(1);
  });

  it('answers not_found for an unknown agreement, another Werkplein, and forbidden for a role that may not', async () => {
    const dirk = await t.loginAs('dirk.delft');
    expect((await dirk.request({ method: 'GET', url: planUrl() })).statusCode).toBe(404);
    const unknown = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${jobseekerId}/agreements/00000000-0000-4000-8000-000000000000`,
      payload: {
        description: 'x',
        responsible: 'jobseeker',
        dueDate: '2026-12-31',
        status: 'done',
        version: 1,
      },
    });
    expect(unknown.statusCode).toBe(404);
    const intaker = await t.loginAs('iris.intake');
    expect(
      (await intaker.request({ method: 'PUT', url: diagnosisUrl(), payload: diagnosis({ version: 2 }) }))
        .statusCode,
    ).toBe(403);
    const log = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .select(['a.action', 'o.activity_id'])
      .where('a.object_type', '=', 'agreement')
      .execute();
    expect(log.length).toBeGreaterThanOrEqual(3);
    expect(log.every((l) => l.activity_id === 'diagnose-actieplan')).toBe(true);
  });
});
