import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TFigure, TMonitorFigures } from '../../../contracts/monitor.ts';
import { runMonitorRefresh } from '../../modules/monitor/monitor-refresh.job.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoMonitorHistory } from './demo-monitor.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
});
afterAll(() => t.close());

const value = (figures: TFigure[], id: string) => figures.find((f) => `${f.kpi}.${f.cell}` === id)?.value;

it('two years of history give Westland and Delft figures this year and last year', async () => {
  const seeded = await seedDemoMonitorHistory(t.db, t.clock.now());
  expect(seeded).toBeGreaterThan(400);
  expect(await seedDemoMonitorHistory(t.db, t.clock.now())).toBe(0); // idempotent
  await runMonitorRefresh(t.db, t.clock, 'rebuild');
  const monique = await t.loginAs('monique.mt');
  const response = await monique.request({
    method: 'GET',
    url: '/api/monitor/figures?period=2026-T2&scope=werkplein:westland',
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as TMonitorFigures;
  for (const list of [body.figures, body.lastYearFigures]) {
    expect(value(list, 'outflowWork.total')).toBeGreaterThanOrEqual(5);
    expect(value(list, 'stock.total')).toBeGreaterThan(20);
    expect(value(list, 'leadTimeIntake.n')).toBeGreaterThan(20);
  }
  // The national viewer sees the region with figures large enough to show.
  const nina = await t.loginAs('nina.landelijk');
  const region = (
    await nina.request({ method: 'GET', url: '/api/monitor/figures?period=2026&scope=region:AM21' })
  ).json() as TMonitorFigures;
  expect(value(region.figures, 'outflowWork.total')).toBeGreaterThan(50);
});
