import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee } from '../../db/seed/seed.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';
import { createEmployer, createJobseeker, createVacancy, vacancyInput } from './matching-test-data.ts';

/**
 * Regional pool sharing (issue 4): Westland and Delft both lie in Haaglanden (AM21). Candidates and
 * vacancies cross between them only when both beheerders opted in for the same region.
 */
let t: TestApp;
let bea: Session; // beheerder Westland
let demi: Session; // beheerder Delft
let mark: Session; // matchmaker Westland
let kees: Session; // klantmanager Westland
let dirk: Session; // klantmanager Delft
let maud: Session; // matchmaker Delft (added for this test)
let westlandVacancy: string;
let delftVacancy: string;
let westlander: string;
let delftenaar: string;
let dirkId: string;

const setPool = async (
  as: Session,
  werkpleinId: string,
  change: { labourMarketRegion: string | null; sharesPoolRegionally: boolean },
) => {
  const list = await as.request({ method: 'GET', url: '/api/admin/regional-pool' });
  const current = ((list.json().items ?? []) as { werkplein: { id: string }; version: number }[]).find(
    (i) => i.werkplein.id === werkpleinId,
  );
  return as.request({
    method: 'PUT',
    url: `/api/admin/regional-pool/${werkpleinId}`,
    payload: { ...change, version: current?.version ?? 1 },
  });
};
const share = async (westland: boolean | string, delft: boolean | string) => {
  for (const [as, id, value] of [
    [bea, 'westland', westland],
    [demi, 'delft', delft],
  ] as const) {
    const response = await setPool(as, id, {
      labourMarketRegion: typeof value === 'string' ? value : 'AM21',
      sharesPoolRegionally: value !== false,
    });
    expect(response.statusCode, response.body).toBe(200);
  }
};

interface CandidateItem {
  jobseeker: {
    id: string;
    dossierNumber: string | null;
    werkplein: { id: string; name: string };
    caseManager: { name: string; email: string | null } | null;
  };
  fromRegionalPool: boolean;
  match: { score: number };
}
const candidateIds = async (as: Session = mark) => {
  const response = await as.request({ method: 'GET', url: `/api/vacancies/${westlandVacancy}/candidates` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as CandidateItem[];
};
const vacanciesFor = async (jobseekerId: string, as: Session) => {
  const response = await as.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/vacancies` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as {
    vacancy: { id: string; werkplein: { id: string }; accountManager: { name: string } | null };
    fromRegionalPool: boolean;
  }[];
};
const bsnOf = async (id: string) =>
  (await t.db.selectFrom('jobseeker').select('bsn').where('id', '=', id).executeTakeFirstOrThrow()).bsn;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  await seedEmployee(t.db, {
    login: 'maud.match',
    name: 'Maud Matchmaker',
    partnerId: 'uwv',
    roles: ['accountManager'],
    werkpleinIds: ['delft'],
  });
  bea = await t.loginAs('bea.beheer');
  demi = await t.loginAs('demi.beheer');
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
  dirk = await t.loginAs('dirk.delft');
  maud = await t.loginAs('maud.match');
  westlandVacancy = (await createVacancy(mark, await createEmployer(mark, '27000001'))).id;
  const delftEmployer = await maud.request({
    method: 'POST',
    url: '/api/employers',
    payload: {
      werkpleinId: 'delft',
      kvkNumber: '27000002',
      name: 'Tuinderij Delfgauw',
      sector: 'horticulture',
      sizeClass: '10-49',
    },
  });
  expect(delftEmployer.statusCode, delftEmployer.body).toBe(201);
  const created = await maud.request({
    method: 'POST',
    url: `/api/employers/${delftEmployer.json().id}/vacancies`,
    payload: vacancyInput({ title: 'Kasmedewerker Delfgauw', postcode: '2645 AA', city: 'Delfgauw' }),
  });
  expect(created.statusCode, created.body).toBe(201);
  delftVacancy = created.json().id;
  // Maud is the Delft employer's matchmaker, the one to contact about its vacancy.
  const maudId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'maud.match').executeTakeFirstOrThrow()
  ).id;
  await t.db
    .updateTable('employer')
    .set({ account_manager_id: maudId })
    .where('id', '=', delftEmployer.json().id)
    .execute();
  westlander = await createJobseeker(kees, { surname: 'Westlander' });
  // The ideal candidate for the Westland vacancy lives in Delft, 10 km away, with Dirk as klantmanager.
  delftenaar = await createJobseeker(dirk, {
    surname: 'Delftenaar',
    werkpleinId: 'delft',
    postcode: '2611 AA',
  });
  dirkId = (
    await t.db.selectFrom('employee').select('id').where('login', '=', 'dirk.delft').executeTakeFirstOrThrow()
  ).id;
  await t.db.updateTable('jobseeker').set({ case_manager_id: dirkId }).where('id', '=', delftenaar).execute();
});
afterAll(async () => t.close());

describe('the regional pool setting', () => {
  it('shows the beheerder his own Werkplein with its region; the demo puts Westland in Haaglanden', async () => {
    const response = await bea.request({ method: 'GET', url: '/api/admin/regional-pool' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      {
        werkplein: { id: 'westland', name: 'Werkplein Westland' },
        labourMarketRegion: 'AM21',
        sharesPoolRegionally: false,
        sharingInRegion: [],
        version: 1,
      },
    ]);
  });

  it('lets only the beheerder change it, and only for his own Werkplein', async () => {
    for (const other of [mark, kees]) {
      const refused = await setPool(other, 'westland', {
        labourMarketRegion: 'AM21',
        sharesPoolRegionally: true,
      });
      expect(refused.statusCode).toBe(403);
      expect((await other.request({ method: 'GET', url: '/api/admin/regional-pool' })).statusCode).toBe(403);
    }
    const notHis = await bea.request({
      method: 'PUT',
      url: '/api/admin/regional-pool/delft',
      payload: { labourMarketRegion: 'AM21', sharesPoolRegionally: true, version: 1 },
    });
    expect(notHis.statusCode).toBe(404);
    const row = await t.db
      .selectFrom('werkplein')
      .select(['shares_pool_regionally', 'version'])
      .where('id', 'in', ['westland', 'delft'])
      .execute();
    expect(row.every((r) => !r.shares_pool_regionally && r.version === 1)).toBe(true);
  });

  it('needs a known region to share, and refuses a stale version', async () => {
    const noRegion = await setPool(bea, 'westland', { labourMarketRegion: null, sharesPoolRegionally: true });
    expect(noRegion.statusCode).toBe(400);
    expect(noRegion.json().error.fields).toEqual([
      expect.objectContaining({ path: 'labourMarketRegion', code: 'region_required' }),
    ]);
    const unknown = await setPool(bea, 'westland', {
      labourMarketRegion: 'AM99',
      sharesPoolRegionally: true,
    });
    expect(unknown.statusCode).toBe(400);
    const stale = await bea.request({
      method: 'PUT',
      url: '/api/admin/regional-pool/westland',
      payload: { labourMarketRegion: 'AM21', sharesPoolRegionally: true, version: 7 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('records who opened the pool in the audit log, and shows who else shares in the region', async () => {
    await share(true, true);
    const audit = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .select(['e.login', 'a.werkplein_id', 'a.object_type'])
      .where('a.action', '=', 'werkplein.manage')
      .where('a.result', '=', 'allowed')
      .orderBy('a.occurred_at')
      .execute();
    expect(audit).toEqual([
      { login: 'bea.beheer', werkplein_id: 'westland', object_type: 'werkplein-regional-pool' },
      { login: 'demi.beheer', werkplein_id: 'delft', object_type: 'werkplein-regional-pool' },
    ]);
    const list = (await bea.request({ method: 'GET', url: '/api/admin/regional-pool' })).json();
    expect(list.items[0]).toMatchObject({
      sharesPoolRegionally: true,
      sharingInRegion: [{ id: 'delft', name: 'Werkplein Delft' }],
      version: 2,
    });
    await share(false, false);
  });
});

describe('candidates and vacancies across Werkpleinen', () => {
  it('shows nobody of another Werkplein while the pools are not shared', async () => {
    const items = await candidateIds();
    expect(items.map((i) => i.jobseeker.id)).toEqual([westlander]);
    expect(items[0]?.fromRegionalPool).toBe(false);
    expect((await vacanciesFor(westlander, kees)).map((v) => v.vacancy.id)).toEqual([westlandVacancy]);
  });

  it('includes the other Werkplein when both share in the same region, showing only what matching needs', async () => {
    await share(true, true);
    const items = await candidateIds();
    expect(items.map((i) => i.jobseeker.id).sort()).toEqual([delftenaar, westlander].sort());
    const cross = items.find((i) => i.jobseeker.id === delftenaar);
    expect(cross).toMatchObject({
      fromRegionalPool: true,
      jobseeker: {
        name: 'Fatima Delftenaar',
        city: 'Naaldwijk',
        dossierNumber: null, // not a dossier Mark may open
        werkplein: { id: 'delft', name: 'Werkplein Delft' },
        caseManager: { name: 'Dirk Delftsma', email: 'dirk.delft@werkplein.example' },
      },
    });
    expect(cross?.match.score).toBeGreaterThanOrEqual(80);
    expect(items.find((i) => i.jobseeker.id === westlander)?.jobseeker.dossierNumber).toMatch(/^WP\d{8}$/);
    // And the reverse: Kees sees the Delft vacancy for his Westlander, with the matchmaker to call.
    const vacancies = await vacanciesFor(westlander, kees);
    expect(vacancies.map((v) => v.vacancy.id).sort()).toEqual([delftVacancy, westlandVacancy].sort());
    expect(vacancies.find((v) => v.vacancy.id === delftVacancy)).toMatchObject({
      fromRegionalPool: true,
      vacancy: { werkplein: { id: 'delft' }, accountManager: { name: 'Maud Matchmaker' } },
    });
  });

  it('logs the cross-Werkplein candidate in the vacancy’s Werkplein and in his own', async () => {
    const logged = () =>
      t.db
        .selectFrom('audit_record as a')
        .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
        .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
        .select(['a.werkplein_id', 's.subject_pseudonym'])
        .where('a.object_type', '=', 'vacancy-candidates')
        .where('a.object_id', '=', westlandVacancy)
        .execute();
    const count = async (werkpleinId: string) =>
      (await logged()).filter((l) => l.werkplein_id === werkpleinId).length;
    const before = { westland: await count('westland'), delft: await count('delft') };
    await candidateIds();
    // Westland's record lists both people shown; Delft's lists its own jobseeker.
    expect((await count('westland')) - before.westland).toBe(2);
    expect((await count('delft')) - before.delft).toBe(1);
    // The Delft beheerder finds, by BSN, that a Westland matchmaker saw her.
    const found = await demi.request({
      method: 'GET',
      url: `/api/admin/processing-log?bsn=${await bsnOf(delftenaar)}`,
    });
    expect(
      (found.json().items as { action: string; employee: { login: string } }[]).filter(
        (i) => i.action === 'matching.read',
      )[0]?.employee.login,
    ).toBe('mark.match');
  });

  it('excludes another region, even when both share', async () => {
    await share('AM21', 'AM22');
    expect((await candidateIds()).map((i) => i.jobseeker.id)).toEqual([westlander]);
    expect((await vacanciesFor(westlander, kees)).map((v) => v.vacancy.id)).toEqual([westlandVacancy]);
  });

  it('excludes the other Werkplein when only one side shares, whichever side', async () => {
    for (const [westland, delft] of [
      [true, false],
      [false, true],
    ] as const) {
      await share(westland, delft);
      expect((await candidateIds()).map((i) => i.jobseeker.id)).toEqual([westlander]);
      expect((await vacanciesFor(westlander, kees)).map((v) => v.vacancy.id)).toEqual([westlandVacancy]);
      expect((await vacanciesFor(delftenaar, dirk)).map((v) => v.vacancy.id)).toEqual([delftVacancy]);
    }
  });
});

describe('nominating a jobseeker of another Werkplein', () => {
  const propose = (as: Session, vacancyId: string, jobseekerId: string) =>
    as.request({
      method: 'POST',
      url: `/api/vacancies/${vacancyId}/nominations`,
      payload: { jobseekerId, motivation: 'Mark vroeg of zij past; ze wil graag in de kas werken.' },
    });

  it('is not possible while the pools are not shared', async () => {
    await share(true, false);
    const refused = await propose(dirk, westlandVacancy, delftenaar);
    expect(refused.statusCode).toBe(404);
  });

  it('goes through his own klantmanager, who proposes him; the matchmaker presents him', async () => {
    await share(true, true);
    // Kees (Westland) cannot propose Dirk's jobseeker: she is not his to propose.
    expect((await propose(kees, westlandVacancy, delftenaar)).statusCode).toBe(404);
    const proposed = await propose(dirk, westlandVacancy, delftenaar);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const nomination = proposed.json();
    expect(nomination).toMatchObject({ status: 'proposed', proposedBy: { name: 'Dirk Delftsma' } });
    expect(nomination.jobseeker.dossierNumber).toMatch(/^WP/); // Dirk may open her dossier
    // Mark sees the nomination on his vacancy, without her dossier number, and presents her.
    const list = (
      await mark.request({ method: 'GET', url: `/api/vacancies/${westlandVacancy}/nominations` })
    ).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id: nomination.id,
        jobseeker: { id: delftenaar, name: 'Fatima Delftenaar', dossierNumber: null },
      }),
    ]);
    const presented = await mark.request({
      method: 'POST',
      url: `/api/nominations/${nomination.id}/presentation`,
    });
    expect(presented.statusCode, presented.body).toBe(200);
    // Her candidate list entry now carries the nomination; her case has the events.
    expect((await candidateIds()).find((i) => i.jobseeker.id === delftenaar)).toMatchObject({
      nomination: { id: nomination.id, status: 'presented' },
    });
    const events = await t.db
      .selectFrom('case_event')
      .select(['type', 'werkplein_id'])
      .where('jobseeker_id', '=', delftenaar)
      .where('type', 'like', 'nomination.%')
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { type: 'nomination.proposed', werkplein_id: 'delft' },
      { type: 'nomination.presented', werkplein_id: 'delft' },
    ]);
    // Only her own klantmanager's Werkplein withdraws: not Kees, but Dirk.
    expect(
      (await kees.request({ method: 'POST', url: `/api/nominations/${nomination.id}/withdrawal` }))
        .statusCode,
    ).toBe(404);
    const withdrawn = await dirk.request({
      method: 'POST',
      url: `/api/nominations/${nomination.id}/withdrawal`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
  });
});
