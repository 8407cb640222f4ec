import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymOf } from '../processing-log/processing-log.service.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';
import { createEmployer, createJobseeker, createVacancy } from './matching-test-data.ts';

let t: TestApp;
let mark: Session;
let kees: Session;
let ursula: Session;
const ids: Record<string, string> = {};
const vacancies: Record<string, string> = {};

const employeeId = async (login: string) =>
  (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
const assign = async (jobseekerId: string, login: string) =>
  t.db
    .updateTable('jobseeker')
    .set({ case_manager_id: await employeeId(login) })
    .where('id', '=', jobseekerId)
    .execute();

const matches = (as: Session, query = '') =>
  as.request({ method: 'GET', url: `/api/caseload/vacancy-matches${query}` });
type Item = {
  jobseeker: { id: string; name: string; hasProfile: boolean };
  matches: {
    vacancy: { id: string; title: string; positionsLeft: number };
    match: { score: number };
    nomination: { id: string; status: string } | null;
  }[];
};
const itemOf = (body: { items: Item[] }, jobseekerId: string) =>
  body.items.find((i) => i.jobseeker.id === jobseekerId);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  const employerId = await createEmployer(mark, '27333444');
  vacancies.greenhouse = (await createVacancy(mark, employerId)).id;
  vacancies.picker = (
    await createVacancy(mark, employerId, {
      title: 'Orderpicker',
      occupation: 'Orderpicker',
      requiredSkills: ['Scanner'],
      wishedSkills: [],
    })
  ).id;
  vacancies.faraway = (
    await createVacancy(mark, employerId, {
      title: 'Kapper in Groningen',
      occupation: 'Kapper',
      requiredSkills: [],
      wishedSkills: [],
      postcode: '9711 AA',
      city: 'Groningen',
    })
  ).id;
  const closed = await createVacancy(mark, employerId, { title: 'Gesloten vacature' });
  vacancies.closed = closed.id;
  const current = (await mark.request({ method: 'GET', url: `/api/vacancies/${closed.id}` })).json();
  const { id: _id, werkpleinId: _w, employer: _e, positionsFilled: _p, agreements: _a, ...fields } = current;
  const update = await mark.request({
    method: 'PUT',
    url: `/api/vacancies/${closed.id}`,
    payload: { ...fields, status: 'closed' },
  });
  expect(update.statusCode, update.body).toBe(200);

  ids.perfect = await createJobseeker(kees, { surname: 'Perfect' });
  ids.noProfile = await createJobseeker(kees, { surname: 'Zonderprofiel', profile: null });
  ids.notActivated = await createJobseeker(kees, { surname: 'Nietactief', activate: false });
  ids.ursulas = await createJobseeker(kees, { surname: 'Vanursula' });
  for (const key of ['perfect', 'noProfile', 'notActivated'] as const)
    await assign(ids[key] as string, 'kees.klant');
  await assign(ids.ursulas as string, 'ursula.werkcoach');
});
afterAll(async () => t.close());

describe('vacancies for my jobseekers', () => {
  it("shows each activated jobseeker of the klantmanager's own caseload with his best open vacancies", async () => {
    const response = await matches(kees);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.items.map((i: Item) => i.jobseeker.id).sort()).toEqual([ids.noProfile, ids.perfect].sort());

    const perfect = itemOf(body, ids.perfect as string);
    expect(perfect?.jobseeker).toMatchObject({ name: 'Fatima Perfect', hasProfile: true });
    // The whole pool ranked by score: the greenhouse job first (his occupation, all skills), then the
    // two others (other occupations); never the closed one.
    const shown = perfect?.matches ?? [];
    expect(shown.map((m) => m.vacancy.id)[0]).toBe(vacancies.greenhouse);
    expect(shown.map((m) => m.vacancy.id).sort()).toEqual(
      [vacancies.greenhouse, vacancies.picker, vacancies.faraway].sort(),
    );
    const scores = shown.map((m) => m.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(perfect?.matches[0]).toMatchObject({
      vacancy: { title: 'Oogstmedewerker tomaten', positionsLeft: 2, employer: { name: 'Kwekerij De Kas' } },
      distanceKm: expect.any(Number),
      nomination: null,
    });
    expect(perfect?.matches[0]?.match.score).toBeGreaterThan(perfect?.matches[1]?.match.score ?? 100);

    const noProfile = itemOf(body, ids.noProfile as string);
    expect(noProfile?.jobseeker.hasProfile).toBe(false);
    expect(noProfile?.matches.map((m) => m.vacancy.id)).not.toContain(vacancies.closed);
  });

  it('agrees with the per-jobseeker match and shows a nomination once he is proposed', async () => {
    const own = (
      await kees.request({ method: 'GET', url: `/api/jobseekers/${ids.perfect}/vacancies?limit=2` })
    ).json();
    const proposed = await kees.request({
      method: 'POST',
      url: `/api/vacancies/${vacancies.greenhouse}/nominations`,
      payload: { jobseekerId: ids.perfect, motivation: 'Past precies.' },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);

    const body = (await matches(kees, '?perJobseeker=2')).json();
    const perfect = itemOf(body, ids.perfect as string);
    expect(perfect?.matches.map((m) => [m.vacancy.id, m.match.score])).toEqual(
      own.items.map((m: Item['matches'][number]) => [m.vacancy.id, m.match.score]),
    );
    expect(perfect?.matches[0]?.nomination).toEqual({ id: proposed.json().id, status: 'proposed' });

    const one = (await matches(kees, '?perJobseeker=1')).json();
    expect(itemOf(one, ids.perfect as string)?.matches).toHaveLength(1);
  });

  it('logs the jobseekers shown under matching, and nobody else', async () => {
    t.clock.advance(60_000);
    const at = t.clock.now();
    expect((await matches(kees)).statusCode).toBe(200);
    const rows = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
      .select(['a.action', 'o.activity_id', 's.subject_pseudonym'])
      .where('a.object_type', '=', 'caseload-vacancy-matches')
      .where('a.occurred_at', '>=', at)
      .execute();
    const bsns = await t.db
      .selectFrom('jobseeker')
      .select(['id', 'bsn'])
      .where('id', 'in', [ids.perfect as string, ids.noProfile as string])
      .execute();
    expect(rows.map((r) => r.subject_pseudonym).sort()).toEqual(
      bsns.map((b) => pseudonymOf(t.config.secret, b.bsn)).sort(),
    );
    expect(rows.every((r) => r.action === 'matching.read' && r.activity_id === 'matching-voordracht')).toBe(
      true,
    );
  });

  it('gives another klantmanager only his own caseload, and refuses the matchmaker', async () => {
    const theirs = (await matches(ursula)).json();
    expect(theirs.items.map((i: Item) => i.jobseeker.id)).toEqual([ids.ursulas]);
    const refused = await matches(mark);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await matches(kees, '?perJobseeker=11')).statusCode).toBe(400);
  });
});
