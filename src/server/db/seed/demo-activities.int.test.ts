import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoCases } from './demo-cases.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  await seedDemoCases(t.db, t.clock.now());
});
afterAll(async () => t.close());

describe('the demo activities', () => {
  it('shows two upcoming activities and last week’s completed company visit, as the API presents them', async () => {
    const mark = await t.loginAs('mark.match');
    const upcoming = (await mark.request({ method: 'GET', url: '/api/labour-market-activities' })).json()
      .items;
    expect(upcoming.map((a: { title: string }) => a.title)).toEqual([
      'Collectieve werving Zorggroep Westland',
      'Banenmarkt Westland',
    ]);
    expect(upcoming[1]).toMatchObject({ employerCount: 3, placesTaken: 3, capacity: 60 });
    const [visit] = (
      await mark.request({ method: 'GET', url: '/api/labour-market-activities?period=past' })
    ).json().items;
    const detail = await mark.request({ method: 'GET', url: `/api/labour-market-activities/${visit.id}` });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      status: 'completed',
      outcome: { attended: 2, noShow: 1, followUps: 1 },
      employers: [
        { employer: { name: 'Kwekerij De Kas' }, vacancies: [{ title: 'Oogstmedewerker tomaten' }] },
      ],
    });

    const kees = await t.loginAs('kees.klant');
    const attended = detail.json().jobseekers.find((j: { followUpEmployer: unknown }) => j.followUpEmployer);
    const timeline = await kees.request({
      method: 'GET',
      url: `/api/jobseekers/${attended.jobseeker.id}/timeline?type=labourMarketActivity.attendance`,
    });
    expect(timeline.json().items[0]).toMatchObject({
      employee: { name: 'Mark Matchmaker' },
      data: { attended: true, followUpEmployerName: 'Kwekerij De Kas' },
    });
  });
});
