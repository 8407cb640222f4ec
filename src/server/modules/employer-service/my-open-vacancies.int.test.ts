import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';
import { createEmployer, createJobseeker, createVacancy } from '../matching/matching-test-data.ts';

let t: TestApp;
let mark: Session;
let kees: Session;
let monique: Session;
const vacancies: Record<string, string> = {};

const propose = async (vacancyId: string, surname: string) => {
  const jobseekerId = await createJobseeker(kees, { surname });
  const response = await kees.request({
    method: 'POST',
    url: `/api/vacancies/${vacancyId}/nominations`,
    payload: { jobseekerId, motivation: 'Ervaren in de kas.' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};
const move = async (as: Session, url: string, payload?: Record<string, unknown>) => {
  const response = await as.request({ method: 'POST', url, payload });
  expect(response.statusCode, response.body).toBe(200);
};
const setStatus = async (vacancyId: string, status: string) => {
  const current = (await mark.request({ method: 'GET', url: `/api/vacancies/${vacancyId}` })).json();
  const { id: _id, werkpleinId: _w, employer: _e, positionsFilled: _p, agreements: _a, ...fields } = current;
  const response = await mark.request({
    method: 'PUT',
    url: `/api/vacancies/${vacancyId}`,
    payload: { ...fields, status },
  });
  expect(response.statusCode, response.body).toBe(200);
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
  monique = await t.loginAs('monique.mt');
  const markId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'mark.match').executeTakeFirstOrThrow()
  ).id;
  const own = await createEmployer(mark, '27555666', 'Kwekerij De Kas');
  const others = await createEmployer(mark, '27777888', 'Bakkerij Van Ander');
  await t.db.updateTable('employer').set({ account_manager_id: markId }).where('id', '=', own).execute();
  await t.db.updateTable('employer').set({ account_manager_id: null }).where('id', '=', others).execute();

  vacancies.busy = (await createVacancy(mark, own, { startDate: '2026-12-07', positions: 3 })).id;
  vacancies.quiet = (await createVacancy(mark, own, { title: 'Inpakker', startDate: '2027-01-04' })).id;
  vacancies.onHold = (await createVacancy(mark, own, { title: 'Aangehouden' })).id;
  vacancies.full = (await createVacancy(mark, own, { title: 'Vol', positions: 1 })).id;
  vacancies.others = (await createVacancy(mark, others, { title: 'Broodbakker' })).id;
  await setStatus(vacancies.onHold, 'on_hold');

  // On the busy vacancy: one proposed, one presented, one invited, one rejected, one withdrawn, one hired.
  await propose(vacancies.busy, 'Voorgedragen');
  const presented = await propose(vacancies.busy, 'Voorgesteld');
  await move(mark, `/api/nominations/${presented}/presentation`);
  const invited = await propose(vacancies.busy, 'Uitgenodigd');
  await move(mark, `/api/nominations/${invited}/presentation`);
  await move(mark, `/api/nominations/${invited}/feedback`, { outcome: 'invited' });
  const rejected = await propose(vacancies.busy, 'Afgewezen');
  await move(mark, `/api/nominations/${rejected}/presentation`);
  await move(mark, `/api/nominations/${rejected}/feedback`, {
    outcome: 'rejected',
    reason: 'Te weinig ervaring',
  });
  const withdrawn = await propose(vacancies.busy, 'Ingetrokken');
  await move(kees, `/api/nominations/${withdrawn}/withdrawal`);
  const hired = await propose(vacancies.busy, 'Aangenomen');
  await move(mark, `/api/nominations/${hired}/presentation`);
  await move(mark, `/api/nominations/${hired}/feedback`, { outcome: 'hired', startDate: '2026-12-07' });
  // The only position of the full vacancy is filled, so it is no longer open.
  const filled = await propose(vacancies.full, 'Vervuld');
  await move(mark, `/api/nominations/${filled}/presentation`);
  await move(mark, `/api/nominations/${filled}/feedback`, { outcome: 'hired', startDate: '2026-12-07' });
});
afterAll(async () => t.close());

describe('my open vacancies', () => {
  it("lists the open vacancies of the matchmaker's own employers, with positions left and nominations per status", async () => {
    const response = await mark.request({ method: 'GET', url: '/api/my-open-vacancies' });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items;
    // Not on hold, not filled, not another matchmaker's employer; soonest start first.
    expect(items.map((v: { id: string }) => v.id)).toEqual([vacancies.busy, vacancies.quiet]);
    expect(items[0]).toEqual({
      id: vacancies.busy,
      title: 'Oogstmedewerker tomaten',
      kind: 'regular',
      occupation: 'Medewerker glastuinbouw',
      city: 'Naaldwijk',
      startDate: '2026-12-07',
      positions: 3,
      positionsFilled: 1,
      positionsLeft: 2,
      employer: { id: expect.any(String), name: 'Kwekerij De Kas' },
      nominations: { proposed: 1, presented: 1, invited: 1, hired: 1, rejected: 1, withdrawn: 1 },
    });
    expect(items[1]).toMatchObject({
      title: 'Inpakker',
      positionsLeft: 2,
      nominations: { proposed: 0, presented: 0, invited: 0, hired: 0, rejected: 0, withdrawn: 0 },
    });
  });

  it('is for matchmakers (and the MT, who has no employers of his own here), not for klantmanagers', async () => {
    const refused = await kees.request({ method: 'GET', url: '/api/my-open-vacancies' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    const mt = await monique.request({ method: 'GET', url: '/api/my-open-vacancies' });
    expect(mt.statusCode).toBe(200);
    expect(mt.json().items).toEqual([]);
  });
});
