import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let mark: Session;
let employerId: string;

const vacancy = (overrides: Record<string, unknown> = {}) => ({
  kind: 'regular',
  title: 'Oogstmedewerker tomaten',
  occupation: 'Medewerker glastuinbouw',
  description: 'Oogsten en sorteren in de kas.',
  requiredSkills: ['Oogsten'],
  wishedSkills: ['Heftruck'],
  educationLevel: 'mbo1',
  hoursPerWeek: 32,
  postcode: '2671 KK',
  city: 'Naaldwijk',
  drivingLicence: null,
  contract: 'temporary',
  startDate: '2027-01-04',
  endDate: '2027-06-30',
  positions: 3,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  mark = await t.loginAs('mark.match');
  employerId = (
    await mark.request({
      method: 'POST',
      url: '/api/employers',
      payload: {
        werkpleinId: 'westland',
        kvkNumber: '27123456',
        name: 'Kwekerij De Kas',
        sector: 'horticulture',
        sizeClass: '50-249',
      },
    })
  ).json().id;
});
afterAll(async () => t.close());

describe('vacancies of every kind', () => {
  it.each([
    'regular',
    'additional',
    'sheltered',
    'volunteer',
    'learning_job',
    'internship',
    'work_experience',
  ])('records a %s vacancy, open, with nothing filled', async (kind) => {
    const response = await mark.request({
      method: 'POST',
      url: `/api/employers/${employerId}/vacancies`,
      payload: vacancy({ kind }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind,
      status: 'open',
      positions: 3,
      positionsFilled: 0,
      postcode: '2671KK',
      employer: { name: 'Kwekerij De Kas' },
    });
  });

  it.each([
    ['zero positions', { positions: 0 }, 'positions', 'too_small'],
    ['an end before its start', { endDate: '2026-12-31' }, 'endDate', 'period_order'],
    ['an unknown kind', { kind: 'gig' }, 'kind', 'invalid_value'],
    ['no hours', { hoursPerWeek: 0 }, 'hoursPerWeek', 'too_small'],
  ])('refuses %s', async (_what, change, path, code) => {
    const response = await mark.request({
      method: 'POST',
      url: `/api/employers/${employerId}/vacancies`,
      payload: vacancy(change),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('records the intake agreements with the employer as agreed, one per topic', async () => {
    const [v] = (await mark.request({ method: 'GET', url: `/api/vacancies?employerId=${employerId}` })).json()
      .items;
    await mark.request({
      method: 'POST',
      url: `/api/vacancies/${v.id}/agreements`,
      payload: { topic: 'profile', text: 'Fysiek fit, vroege diensten' },
    });
    await mark.request({
      method: 'POST',
      url: `/api/vacancies/${v.id}/agreements`,
      payload: { topic: 'duration', text: 'Proefplaatsing van 4 weken' },
    });
    const after = await mark.request({
      method: 'POST',
      url: `/api/vacancies/${v.id}/agreements`,
      payload: { topic: 'profile', text: 'Fysiek fit; ook late diensten' },
    });
    expect(after.json().agreements).toEqual([
      expect.objectContaining({
        topic: 'duration',
        text: 'Proefplaatsing van 4 weken',
        agreedBy: expect.objectContaining({ name: 'Mark Matchmaker' }),
      }),
      expect.objectContaining({ topic: 'profile', text: 'Fysiek fit; ook late diensten' }),
    ]);
  });

  it('lists my open vacancies, refuses a stale edit, and answers not found to another Werkplein', async () => {
    const mine = (await mark.request({ method: 'GET', url: '/api/vacancies?status=open&mine=true' })).json()
      .items;
    expect(mine.length).toBe(7);
    const v = mine[0];
    const { id: _id, werkpleinId: _w, employer: _e, positionsFilled: _p, agreements: _a, ...editable } = v;
    const first = await mark.request({
      method: 'PUT',
      url: `/api/vacancies/${v.id}`,
      payload: { ...editable, status: 'on_hold' },
    });
    expect(first.json().status).toBe('on_hold');
    const stale = await mark.request({
      method: 'PUT',
      url: `/api/vacancies/${v.id}`,
      payload: { ...editable, status: 'closed' },
    });
    expect(stale.statusCode).toBe(409);
    const delft = await t.loginAs('dirk.delft');
    expect((await delft.request({ method: 'GET', url: `/api/vacancies/${v.id}` })).statusCode).toBe(404);
    const kees = await t.loginAs('kees.klant');
    expect((await kees.request({ method: 'GET', url: `/api/vacancies/${v.id}` })).statusCode).toBe(200);
    expect(
      (
        await kees.request({
          method: 'PUT',
          url: `/api/vacancies/${v.id}`,
          payload: { ...editable, version: 2, status: 'closed' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
