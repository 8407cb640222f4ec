import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let jobseekerId: string;

const profile = (overrides: Record<string, unknown> = {}) => ({
  educationLevel: 'mbo2',
  wantedOccupations: ['Medewerker glastuinbouw', 'Orderpicker'],
  skills: ['Heftruck', 'Kassa', 'heftruck'],
  languages: ['Nederlands', 'Arabisch'],
  drivingLicences: ['B'],
  hoursPerWeek: 32,
  travelRadiusKm: 15,
  availableFrom: '2026-12-01',
  education: [
    {
      name: 'Medewerker teelt',
      level: 'mbo2',
      institution: 'MBO Westland',
      completedYear: 2012,
      diploma: true,
    },
  ],
  workHistory: [
    { employer: 'Kwekerij De Kas', occupation: 'Oogstmedewerker', from: '2013-03-01', to: '2025-06-30' },
  ],
  version: 0,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  jobseekerId = (
    await kees.request({ method: 'POST', url: '/api/jobseekers', payload: registration() })
  ).json().id;
});
afterAll(async () => t.close());

const url = () => `/api/jobseekers/${jobseekerId}/profile`;

describe('the work and education profile', () => {
  it('starts empty at version 0, saves, and is read back the same with its author', async () => {
    expect((await kees.request({ method: 'GET', url: url() })).json()).toMatchObject({
      version: 0,
      skills: [],
      updatedBy: null,
    });
    const saved = await kees.request({ method: 'PUT', url: url(), payload: profile() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      skills: ['Heftruck', 'Kassa'], // the same skill twice is kept once
      wantedOccupations: ['Medewerker glastuinbouw', 'Orderpicker'],
      drivingLicences: ['B'],
      hoursPerWeek: 32,
      availableFrom: '2026-12-01',
      workHistory: [{ employer: 'Kwekerij De Kas', to: '2025-06-30' }],
      updatedBy: { name: 'Kees van der Klant' },
    });
    expect((await kees.request({ method: 'GET', url: url() })).json()).toEqual(saved.json());
  });

  it("gives the second of two editors a conflict with the first one's change, never a silent overwrite", async () => {
    const current = (await kees.request({ method: 'GET', url: url() })).json();
    const first = await kees.request({
      method: 'PUT',
      url: url(),
      payload: profile({ version: current.version, hoursPerWeek: 24 }),
    });
    expect(first.statusCode).toBe(200);
    const second = await ursula.request({
      method: 'PUT',
      url: url(),
      payload: profile({ version: current.version, hoursPerWeek: 40 }),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'conflict',
      details: { current: { hoursPerWeek: 24, updatedBy: { name: 'Kees van der Klant' } } },
    });
    expect((await kees.request({ method: 'GET', url: url() })).json().hoursPerWeek).toBe(24);
  });

  it('refuses a second creation of the profile as a conflict too', async () => {
    const response = await ursula.request({ method: 'PUT', url: url(), payload: profile({ version: 0 }) });
    expect(response.statusCode).toBe(409);
  });

  it.each([
    [
      'a work period that ends before it starts',
      { workHistory: [{ employer: 'X', occupation: 'Y', from: '2020-05-01', to: '2020-01-01' }] },
      'workHistory.0.to',
      'period_order',
    ],
    ['an unknown driving licence', { drivingLicences: ['Z'] }, 'drivingLicences.0', 'invalid_value'],
    ['too many hours', { hoursPerWeek: 80 }, 'hoursPerWeek', 'too_big'],
    ['an impossible date', { availableFrom: '2026-02-30' }, 'availableFrom', 'date_invalid'],
  ])('refuses %s', async (_what, change, path, code) => {
    const current = (await kees.request({ method: 'GET', url: url() })).json();
    const response = await kees.request({
      method: 'PUT',
      url: url(),
      payload: profile({ version: current.version, ...change }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual(expect.objectContaining({ path, code }));
    expect((await kees.request({ method: 'GET', url: url() })).json().version).toBe(current.version);
  });

  it('is not found for another Werkplein and not editable by an intaker; reads and saves are logged', async () => {
    const delft = await t.loginAs('dirk.delft');
    expect((await delft.request({ method: 'GET', url: url() })).statusCode).toBe(404);
    const intaker = await t.loginAs('iris.intake');
    expect(
      (await intaker.request({ method: 'PUT', url: url(), payload: profile({ version: 5 }) })).statusCode,
    ).toBe(403);
    const logged = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .select(['a.action'])
      .where('o.activity_id', '=', 'werkzoekende-profiel')
      .where('a.object_id', '=', jobseekerId)
      .execute();
    expect(logged.map((l) => l.action)).toEqual(expect.arrayContaining(['jobseeker.read', 'case.manage']));
  });
});
