import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let westlandBeheerder: Session;
let delftBeheerder: Session;
let delftJobseekerId: string;

beforeAll(async () => {
  t = await createTestApp();
  westlandBeheerder = await t.loginAs('bea.beheer');
  delftBeheerder = await t.loginAs('demi.beheer');
  const delftIntaker = await t.loginAs('daan.intake');
  const created = await delftIntaker.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({ werkpleinId: 'delft', bsn: '123456782' }),
  });
  expect(created.statusCode).toBe(201);
  delftJobseekerId = created.json().id;
});
afterAll(async () => t.close());

type Entry = {
  action: string;
  result: string;
  objectId: string | null;
  werkpleinId: string | null;
  traceId: string;
  employee: { login: string } | null;
  operations: { foreignTraceId: string | null; foreignSpanId: string | null }[];
};
const logOf = async (beheerder: Session): Promise<Entry[]> =>
  (await beheerder.request({ method: 'GET', url: '/api/admin/processing-log?limit=500' })).json().items;

describe('a denied attempt on another Werkplein', () => {
  it("is shown to the target Werkplein's beheerder and to the employee's own", async () => {
    const klantmanager = await t.loginAs('kees.klant'); // Westland
    const probe = await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${delftJobseekerId}` });
    expect(probe.statusCode).toBe(404);
    const isProbe = (e: Entry) =>
      e.result === 'denied' && e.objectId === delftJobseekerId && e.employee?.login === 'kees.klant';
    const inDelft = (await logOf(delftBeheerder)).filter(isProbe);
    const inWestland = (await logOf(westlandBeheerder)).filter(isProbe);
    expect(inDelft.map((e) => e.werkpleinId)).toContain('delft');
    expect(inWestland.map((e) => e.werkpleinId)).toContain('westland');
    expect(inWestland[0]?.action).toBe('jobseeker.read');
    // One request, one trace: the records belong together.
    expect(new Set([...inDelft, ...inWestland].map((e) => e.traceId)).size).toBe(1);
  });

  it('is logged once when it is aimed at the own Werkplein', async () => {
    const matchmaker = await t.loginAs('mark.match'); // Westland, may not register
    const before = (await logOf(westlandBeheerder)).filter((e) => e.result === 'denied').length;
    const refused = await matchmaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ bsn: '111222333' }),
    });
    expect(refused.statusCode).toBe(403);
    const after = (await logOf(westlandBeheerder)).filter((e) => e.result === 'denied').length;
    expect(after - before).toBe(1);
  });
});

describe('the processing log API', () => {
  it("shows the calling system's own trace and span ids", async () => {
    const intaker = await t.loginAs('daan.intake');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const read = await intaker.request({
      method: 'GET',
      url: `/api/jobseekers/${delftJobseekerId}`,
      headers: { traceparent },
    });
    expect(read.statusCode).toBe(200);
    const ours = String(read.headers.traceparent).split('-')[1];
    const entry = (await logOf(delftBeheerder)).find((e) => e.traceId === ours);
    expect(entry?.operations).toEqual([
      expect.objectContaining({
        foreignTraceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        foreignSpanId: '00f067aa0ba902b7',
      }),
    ]);
    const without = (await logOf(delftBeheerder)).find((e) => e.action === 'jobseeker.register');
    expect(without?.operations[0]).toMatchObject({ foreignTraceId: null, foreignSpanId: null });
  });
});
