import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import type { TFigure, TMonitorFigures } from '../../../contracts/monitor.ts';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';
import { refreshMonitor, runMonitorRefresh } from './monitor-refresh.job.ts';

let t: TestApp;
let kees: Session;
let monique: Session;
let nina: Session;
let next = 391000000;
const freshBsn = (): string => {
  for (;;) {
    const candidate = String(next++);
    if (isValidBsn(candidate)) return candidate;
  }
};

/** Registers a jobseeker in Westland and lets him flow out to work today. */
const outflowToWork = async (): Promise<string> => {
  const created = await kees.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({ bsn: freshBsn() }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const flow = (await kees.request({ method: 'GET', url: `/api/jobseekers/${id}/case-flow` })).json();
  const response = await kees.request({
    method: 'POST',
    url: `/api/jobseekers/${id}/outflow`,
    payload: { date: '2026-11-23', reason: 'regular_work', version: flow.version },
  });
  expect(response.statusCode, response.body).toBe(200);
  return id;
};

const figures = async (who: Session, scope: string, period = '2026-T3') => {
  const response = await who.request({
    method: 'GET',
    url: `/api/monitor/figures?period=${period}&scope=${scope}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TMonitorFigures;
};
const cell = (list: TFigure[], id: string) => list.find((f) => `${f.kpi}.${f.cell}` === id);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  kees = await t.loginAs('kees.klant');
  monique = await t.loginAs('monique.mt');
  nina = await t.loginAs('nina.landelijk');
});
afterAll(() => t.close());

describe('monitor figures', () => {
  it('are refreshed incrementally from new events, and say up to when', async () => {
    await runMonitorRefresh(t.db, t.clock, 'rebuild');
    // One outflow and a refresh, later than the margin a refresh looks back for late commits (5 min).
    t.clock.advance(10 * 60_000);
    await outflowToWork();
    await runMonitorRefresh(t.db, t.clock, 'refresh');
    const before =
      cell((await figures(monique, 'werkplein:westland')).figures, 'outflowWork.total')?.value ?? 0;
    t.clock.advance(10 * 60_000);
    await outflowToWork();
    // Not yet refreshed: the figure stays as it was (no recomputation per page view).
    expect(cell((await figures(monique, 'werkplein:westland')).figures, 'outflowWork.total')?.value).toBe(
      before,
    );
    const result = await t.db.transaction().execute((trx) => refreshMonitor(trx, t.clock.now()));
    expect(result.jobseekers).toBeGreaterThanOrEqual(1);
    expect(result.jobseekers).toBeLessThanOrEqual(2); // only the jobseekers with recent events
    const after = await figures(monique, 'werkplein:westland');
    expect(cell(after.figures, 'outflowWork.total')?.value).toBe(before + 1);
    expect(after.updatedUntil).not.toBeNull();
    expect(after.disclosureControlled).toBe(false);
    expect(after.lastYear.key).toBe('2025-T3');
    // A second refresh without new events changes nothing.
    await t.db.transaction().execute((trx) => refreshMonitor(trx, t.clock.now()));
    expect(cell((await figures(monique, 'werkplein:westland')).figures, 'outflowWork.total')?.value).toBe(
      before + 1,
    );
  });

  it('the national viewer sees suppressed aggregates only, never a person', async () => {
    const national = await figures(nina, 'national');
    expect(national.disclosureControlled).toBe(true);
    for (const f of national.figures) {
      if (f.unit === 'count' && f.value !== null && !f.cell.startsWith('change'))
        expect(f.value).toBeGreaterThanOrEqual(5);
      expect(f.cell).not.toMatch(/^(caseManager|matchmaker):/);
    }
    // Two outflows this tertaal nationally: suppressed.
    expect(cell(national.figures, 'outflowWork.total')).toMatchObject({ value: null, suppressed: true });
    const drill = await nina.request({
      method: 'GET',
      url: '/api/monitor/drilldown?period=2026-T3&werkpleinId=westland&kpi=outflowWork',
    });
    expect(drill.statusCode).toBe(403);
    expect(drill.json().error.code).toBe('forbidden');
  });

  it('the MT opens a figure of its Werkplein to the cases behind it, logged', async () => {
    const own = await figures(monique, 'werkplein:westland');
    const total = cell(own.figures, 'outflowWork.total')?.value;
    const logBefore = await t.db
      .selectFrom('audit_record')
      .select('id')
      .where('action', '=', 'monitor.drilldown')
      .execute();
    const drill = await monique.request({
      method: 'GET',
      url: '/api/monitor/drilldown?period=2026-T3&werkpleinId=westland&kpi=outflowWork&cell=total',
    });
    expect(drill.statusCode, drill.body).toBe(200);
    expect(drill.json().total).toBe(total);
    expect(drill.json().items[0]).toMatchObject({ date: '2026-11-23', benefit: 'geen' });
    const logAfter = await t.db
      .selectFrom('audit_record')
      .select('id')
      .where('action', '=', 'monitor.drilldown')
      .execute();
    expect(logAfter.length).toBe(logBefore.length + 1);
    // Another Werkplein's cases do not exist for her.
    const delft = await monique.request({
      method: 'GET',
      url: '/api/monitor/drilldown?period=2026-T3&werkpleinId=delft&kpi=outflowWork',
    });
    expect(delft.statusCode).toBe(404);
    // The MT reading the region gets it suppressed, without per-person rows.
    const region = await figures(monique, 'region:AM21');
    expect(region.disclosureControlled).toBe(true);
    expect(region.figures.some((f) => f.cell.startsWith('caseManager:'))).toBe(false);
  });

  it('refuses unknown periods and scopes and the future with stable codes', async () => {
    for (const [query, code] of [
      ['period=2026-T4&scope=national', 'unknown_period'],
      ['period=2027-T1&scope=national', 'period_in_future'],
      ['period=2026-T3&scope=werkplein:nergens', 'unknown_scope'],
      ['period=2026-T3&scope=region:AM99', 'unknown_scope'],
      ['period=2026-T3&scope=planet', 'unknown_scope'],
    ] as const) {
      const response = await nina.request({ method: 'GET', url: `/api/monitor/figures?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code, query).toBe(code);
    }
    const klantmanager = await kees.request({
      method: 'GET',
      url: '/api/monitor/figures?period=2026&scope=national',
    });
    expect(klantmanager.statusCode).toBe(403);
  });
});
