import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';
import { createEmployer, createJobseeker, createVacancy } from './matching-test-data.ts';

let t: TestApp;
let mark: Session;
let kees: Session;
let dirk: Session;
let vacancyId: string;
const ids: Record<string, string> = {};

const operationsFor = async (objectType: string, objectId: string) =>
  t.db
    .selectFrom('audit_record as a')
    .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
    .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
    .select(['a.action', 'a.result', 'o.activity_id', 's.subject_pseudonym'])
    .where('a.object_type', '=', objectType)
    .where('a.object_id', '=', objectId)
    .execute();

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
  dirk = await t.loginAs('dirk.delft');
  const employerId = await createEmployer(mark, '27654321');
  vacancyId = (await createVacancy(mark, employerId)).id;
  // Hand-made pool: the obvious order is perfect > partial > unrelated.
  ids.perfect = await createJobseeker(kees, { surname: 'Perfect' });
  ids.partial = await createJobseeker(kees, {
    surname: 'Gedeeltelijk',
    profile: { skills: ['Oogsten'], hoursPerWeek: 24, educationLevel: 'mbo1' },
  });
  ids.unrelated = await createJobseeker(kees, {
    surname: 'Anders',
    profile: { wantedOccupations: ['Kapper'], skills: ['Knippen'], hoursPerWeek: 16 },
  });
  ids.faraway = await createJobseeker(kees, { surname: 'Veraf', postcode: '9711 AA' });
  ids.notActivated = await createJobseeker(kees, { surname: 'Nietactief', activate: false });
  ids.delft = await createJobseeker(dirk, {
    surname: 'Delftenaar',
    werkpleinId: 'delft',
    postcode: '2611 AA',
  });
  ids.flowedOut = await createJobseeker(kees, { surname: 'Uitgestroomd' });
  const { version } = (
    await kees.request({ method: 'GET', url: `/api/jobseekers/${ids.flowedOut}/case-flow` })
  ).json();
  const outflow = await kees.request({
    method: 'POST',
    url: `/api/jobseekers/${ids.flowedOut}/outflow`,
    payload: { date: '2026-11-23', reason: 'moved', note: '', version },
  });
  expect(outflow.statusCode, outflow.body).toBe(200);
});
afterAll(async () => t.close());

describe('candidates for a vacancy', () => {
  it('ranks only activated jobseekers of the Werkplein, best fit first, each explained', async () => {
    const response = await mark.request({
      method: 'GET',
      url: `/api/vacancies/${vacancyId}/candidates?limit=20`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as {
      jobseeker: { id: string; name: string; caseManager: { name: string } | null };
      distanceKm: number | null;
      match: {
        score: number;
        criteria: { criterion: string; status: string; missing?: string[] }[];
        bridges: string[];
      };
    }[];
    const order = items.map((c) => c.jobseeker.id);
    expect(order).not.toContain(ids.notActivated);
    expect(order).not.toContain(ids.delft);
    expect(order).not.toContain(ids.flowedOut);
    // The one far away wants the same work (found by the occupation pre-filter) and lacks only the
    // distance; the partial fit lacks a skill, hours and education; the unrelated one only lives nearby.
    expect(order).toEqual([ids.perfect, ids.faraway, ids.partial, ids.unrelated]);
    const [perfect, faraway, partial] = items;
    expect(perfect?.match.score).toBeGreaterThanOrEqual(90);
    expect(perfect?.match.criteria.every((c) => c.status === 'met')).toBe(true);
    expect(perfect?.jobseeker).toMatchObject({ name: 'Fatima Perfect', caseManager: null });
    expect(perfect?.distanceKm).toBeLessThan(5);
    expect(partial?.match.criteria).toContainEqual(
      expect.objectContaining({ criterion: 'requiredSkills', status: 'partial', missing: ['Sorteren'] }),
    );
    expect(partial?.match.bridges).toEqual(expect.arrayContaining(['training', 'wageSubsidy']));
    expect(faraway?.match.criteria).toContainEqual(
      expect.objectContaining({ criterion: 'distance', status: 'missing' }),
    );
    expect(faraway?.distanceKm).toBeGreaterThan(100);
  });

  it('respects the limit and logs exactly the candidates shown', async () => {
    const response = await kees.request({
      method: 'GET',
      url: `/api/vacancies/${vacancyId}/candidates?limit=2`,
    });
    expect(response.json().items).toHaveLength(2);
    const logged = await operationsFor('vacancy-candidates', vacancyId);
    // 4 candidates in the first test, 2 now.
    expect(logged).toHaveLength(6);
    expect(logged.every((l) => l.action === 'matching.read' && l.activity_id === 'matching-voordracht')).toBe(
      true,
    );
  });

  it('answers not found to another Werkplein (and logs the denial), 400 to a bad limit', async () => {
    const denied = await dirk.request({ method: 'GET', url: `/api/vacancies/${vacancyId}/candidates` });
    expect(denied.statusCode).toBe(404);
    expect(denied.json().error.code).toBe('not_found');
    const audit = await t.db
      .selectFrom('audit_record')
      .select(['result', 'action'])
      .where('result', '=', 'denied')
      .where('action', '=', 'matching.read')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(
      (await mark.request({ method: 'GET', url: `/api/vacancies/${vacancyId}/candidates?limit=0` }))
        .statusCode,
    ).toBe(400);
    const ben = await t.loginAs('ben.inkomen'); // back office: no matching at all
    expect(
      (await ben.request({ method: 'GET', url: `/api/vacancies/${vacancyId}/candidates` })).statusCode,
    ).toBe(403);
  });
});

describe('vacancies for a jobseeker', () => {
  it('ranks open vacancies with positions left, each explained, and logs the jobseeker', async () => {
    const employerId = await createEmployer(mark, '27654322', 'Bloemen BV');
    const worse = (
      await createVacancy(mark, employerId, {
        title: 'Kassier',
        occupation: 'Kassamedewerker',
        requiredSkills: ['Kassa'],
      })
    ).id;
    const closed = await createVacancy(mark, employerId, { title: 'Gesloten' });
    const current = (await mark.request({ method: 'GET', url: `/api/vacancies/${closed.id}` })).json();
    const {
      id: _i,
      werkpleinId: _w,
      employer: _e,
      positionsFilled: _p,
      agreements: _a,
      ...editable
    } = current;
    expect(
      (
        await mark.request({
          method: 'PUT',
          url: `/api/vacancies/${closed.id}`,
          payload: { ...editable, status: 'closed' },
        })
      ).statusCode,
    ).toBe(200);
    const response = await kees.request({ method: 'GET', url: `/api/jobseekers/${ids.perfect}/vacancies` });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as {
      vacancy: { id: string; positionsLeft: number };
      match: { score: number };
    }[];
    expect(items.map((i) => i.vacancy.id)).toEqual([vacancyId, worse]);
    expect(items[0]?.vacancy.positionsLeft).toBe(2);
    expect(items[0]!.match.score).toBeGreaterThan(items[1]!.match.score);
    expect(await operationsFor('jobseeker-vacancies', ids.perfect!)).toHaveLength(1);
  });

  it('shows a matchmaker only activated jobseekers, and nobody of another Werkplein', async () => {
    expect(
      (await mark.request({ method: 'GET', url: `/api/jobseekers/${ids.perfect}/vacancies` })).statusCode,
    ).toBe(200);
    expect(
      (await mark.request({ method: 'GET', url: `/api/jobseekers/${ids.notActivated}/vacancies` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await kees.request({ method: 'GET', url: `/api/jobseekers/${ids.notActivated}/vacancies` }))
        .statusCode,
    ).toBe(200);
    expect(
      (await mark.request({ method: 'GET', url: `/api/jobseekers/${ids.delft}/vacancies` })).statusCode,
    ).toBe(404);
  });
});

describe('the OpenAPI description', () => {
  it('documents the matching and nomination endpoints', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/vacancies/{id}/candidates',
        '/api/jobseekers/{id}/vacancies',
        '/api/vacancies/{id}/nominations',
        '/api/nominations/{id}/presentation',
        '/api/nominations/{id}/feedback',
        '/api/nominations/{id}/withdrawal',
      ]),
    );
  });
});
