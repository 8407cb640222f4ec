import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let inkoop: Session;
let kees: Session;
let jobseekerId: string;

const instrument = (overrides: Record<string, unknown> = {}) => ({
  werkpleinId: 'westland',
  name: 'Werkfit-traject glastuinbouw',
  description: 'Acht weken werken en leren in de kas.',
  provider: 'Re-integratiebedrijf Groen',
  fundingRule: 'uwv',
  priceCents: 245_000,
  durationWeeks: 8,
  capacity: 1,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  inkoop = await t.loginAs('ilse.inkoop');
  kees = await t.loginAs('kees.klant');
  jobseekerId = (
    await kees.request({ method: 'POST', url: '/api/jobseekers', payload: registration() })
  ).json().id;
});
afterAll(async () => t.close());

describe('the trajectenboek', () => {
  it('is kept by the inkoopmakelaar and read by the klantmanager', async () => {
    const created = await inkoop.request({ method: 'POST', url: '/api/instruments', payload: instrument() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Werkfit-traject glastuinbouw',
      placesTaken: 0,
      version: 1,
    });
    const list = (await kees.request({ method: 'GET', url: '/api/instruments' })).json().items;
    expect(list.map((i: { name: string }) => i.name)).toContain('Werkfit-traject glastuinbouw');
    expect(
      (await kees.request({ method: 'POST', url: '/api/instruments', payload: instrument({ name: 'x' }) }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses the same name and provider twice, and a stale edit', async () => {
    const twice = await inkoop.request({ method: 'POST', url: '/api/instruments', payload: instrument() });
    expect(twice.json().error.fields).toContainEqual(expect.objectContaining({ code: 'instrument_exists' }));
    const [current] = (await inkoop.request({ method: 'GET', url: '/api/instruments' })).json().items;
    const { werkpleinId: _w, ...editable } = instrument();
    const first = await inkoop.request({
      method: 'PUT',
      url: `/api/instruments/${current.id}`,
      payload: { ...editable, priceCents: 250_000, version: 1 },
    });
    expect(first.json(), first.body).toMatchObject({ priceCents: 250_000 });
    const stale = await inkoop.request({
      method: 'PUT',
      url: `/api/instruments/${current.id}`,
      payload: { ...editable, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it("is not shown to, nor editable by, another Werkplein's staff", async () => {
    const delft = await t.loginAs('dirk.delft');
    expect((await delft.request({ method: 'GET', url: '/api/instruments' })).json().items).toEqual([]);
    expect(
      (await delft.request({ method: 'GET', url: '/api/instruments?werkpleinId=westland' })).statusCode,
    ).toBe(404);
  });
});

describe('buying a trajectory', () => {
  it('charges the partner the instrument names, with the price and end date of the catalogue', async () => {
    const [item] = (await kees.request({ method: 'GET', url: '/api/instruments' })).json().items;
    const response = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: item.id, startDate: '2026-12-07' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      fundingPartner: { id: 'uwv' },
      priceCents: 250_000,
      startDate: '2026-12-07',
      endDate: '2027-01-31',
      status: 'ordered',
    });
    const events = await t.db
      .selectFrom('case_event')
      .select('type')
      .where('jobseeker_id', '=', jobseekerId)
      .execute();
    expect(events.map((e) => e.type)).toContain('trajectory.purchased');
  });

  it('refuses a purchase when all places are taken, and frees the place on cancellation', async () => {
    const [item] = (await kees.request({ method: 'GET', url: '/api/instruments' })).json().items;
    expect(item.placesTaken).toBe(1);
    const full = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: item.id, startDate: '2027-02-01' },
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('instrument_full');
    const [purchase] = (
      await kees.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/purchases` })
    ).json().items;
    const cancelled = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${jobseekerId}/purchases/${purchase.id}`,
      payload: { status: 'cancelled', version: purchase.version },
    });
    expect(cancelled.json().status).toBe('cancelled');
    const again = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: item.id, startDate: '2027-02-01' },
    });
    expect(again.statusCode).toBe(201);
  });

  it('attributes a municipal instrument to the municipality and a Wsw instrument to the SW-bedrijf', async () => {
    const municipal = (
      await inkoop.request({
        method: 'POST',
        url: '/api/instruments',
        payload: instrument({ name: 'Taaltraject', fundingRule: 'municipality', capacity: null }),
      })
    ).json();
    const bought = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: municipal.id, startDate: '2026-12-01' },
    });
    expect(bought.json().fundingPartner.id).toBe('gemeente-westland');
    const sw = (
      await inkoop.request({
        method: 'POST',
        url: '/api/instruments',
        payload: instrument({ name: 'Beschut werk', fundingRule: 'sheltered_employment', capacity: null }),
      })
    ).json();
    const swBought = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: sw.id, startDate: '2026-12-01' },
    });
    expect(swBought.json().fundingPartner.id).toBe('patijnenburg');
  });

  it('charges a "by benefit" trajectory to UWV during WW and to the municipality after the change to WWB', async () => {
    await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/benefits`,
      payload: { benefitType: 'WW', startDate: '2026-06-01' },
    });
    const change = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/benefits/change`,
      payload: { benefitType: 'WWB', startDate: '2027-03-01' },
    });
    expect(change.statusCode).toBeLessThan(300);
    const byBenefit = (
      await inkoop.request({
        method: 'POST',
        url: '/api/instruments',
        payload: instrument({ name: 'Jobcoaching', fundingRule: 'by_benefit', capacity: null }),
      })
    ).json();
    const duringWw = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: byBenefit.id, startDate: '2027-02-15' },
    });
    expect(duringWw.json()).toMatchObject({ benefitType: 'WW', fundingPartner: { id: 'uwv' } });
    const afterChange = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: byBenefit.id, startDate: '2027-03-01' },
    });
    expect(afterChange.json()).toMatchObject({
      benefitType: 'WWB',
      fundingPartner: { id: 'gemeente-westland' },
    });
  });

  it("refuses another Werkplein's instrument and an unknown one", async () => {
    const unknown = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: '00000000-0000-4000-8000-000000000000', startDate: '2026-12-01' },
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/purchases`,
      payload: { instrumentId: 'x', startDate: '2026-13-01' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
