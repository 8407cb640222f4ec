import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let mark: Session;
let kees: Session;

const employer = (overrides: Record<string, unknown> = {}) => ({
  werkpleinId: 'westland',
  kvkNumber: '2712 3456',
  name: 'Kwekerij De Kas',
  sector: 'horticulture',
  sizeClass: '50-249',
  locations: [{ street: 'Kassenweg', houseNumber: '3', postcode: '2671 KK', city: 'Naaldwijk' }],
  contactPersons: [
    {
      name: 'Annemiek Vreugdenhil',
      jobTitle: 'HR-adviseur',
      phone: '0174 123456',
      email: 'hr@dekas.example',
    },
  ],
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  mark = await t.loginAs('mark.match');
  kees = await t.loginAs('kees.klant');
});
afterAll(async () => t.close());

describe('the employer CRM', () => {
  it('registers an employer, with the registering matchmaker as its one contact, and logs the contact persons', async () => {
    const response = await mark.request({ method: 'POST', url: '/api/employers', payload: employer() });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      kvkNumber: '27123456',
      sector: 'horticulture',
      accountManager: { name: 'Mark Matchmaker' },
      locations: [{ postcode: '2671KK', city: 'Naaldwijk' }],
      contactPersons: [{ name: 'Annemiek Vreugdenhil' }],
      warnings: [],
    });
    const logged = await t.db
      .selectFrom('processing_operation_subject as s')
      .innerJoin('processing_operation as o', 'o.id', 's.operation_id')
      .select(['s.subject_type', 'o.activity_id'])
      .where('o.activity_id', '=', 'werkgeversdienstverlening')
      .execute();
    expect(logged).toContainEqual({
      subject_type: 'contactpersoon',
      activity_id: 'werkgeversdienstverlening',
    });
    expect(JSON.stringify(logged)).not.toContain('Annemiek');
  });

  it('gives a new employer the matchmaker of its sector', async () => {
    const markId = (
      await t.db
        .selectFrom('employee')
        .select('id')
        .where('login', '=', 'mark.match')
        .executeTakeFirstOrThrow()
    ).id;
    await t.db
      .insertInto('sector_account_manager')
      .values({ werkplein_id: 'westland', sector: 'care', employee_id: markId })
      .execute();
    const mt = await t.loginAs('monique.mt');
    const created = await mt.request({
      method: 'POST',
      url: '/api/employers',
      payload: employer({
        kvkNumber: '11112222',
        name: 'Zorggroep Westland',
        sector: 'care',
        contactPersons: [],
      }),
    });
    expect(created.json().accountManager).toMatchObject({ id: markId });
  });

  it('opens the known employer instead of registering a KvK number twice', async () => {
    const [known] = (await mark.request({ method: 'GET', url: '/api/employers?q=27123456' })).json().items;
    const again = await mark.request({
      method: 'POST',
      url: '/api/employers',
      payload: employer({ name: 'De Kas BV' }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'employer_exists', details: { employerId: known.id } });
  });

  it.each([
    ['a KvK number of 7 digits', { kvkNumber: '1234567' }, 'kvkNumber', 'kvk_format'],
    ['letters in the KvK number', { kvkNumber: '1234567a' }, 'kvkNumber', 'kvk_format'],
    ['an unknown sector', { sector: 'mining' }, 'sector', 'invalid_value'],
    [
      'a bad postcode',
      { locations: [{ street: 'A', houseNumber: '1', postcode: '123', city: 'B' }] },
      'locations.0.postcode',
      'postcode_format',
    ],
  ])('refuses %s', async (_what, change, path, code) => {
    const response = await mark.request({
      method: 'POST',
      url: '/api/employers',
      payload: employer({ kvkNumber: '99998888', ...change }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('finds employers by name prefix and by KvK number, and lists "my employers"', async () => {
    expect(
      (await kees.request({ method: 'GET', url: '/api/employers?q=kwek' }))
        .json()
        .items.map((e: { name: string }) => e.name),
    ).toEqual(['Kwekerij De Kas']);
    const mine = (await mark.request({ method: 'GET', url: '/api/employers?mine=true' })).json().items;
    expect(
      mine.every((e: { accountManager: { name: string } }) => e.accountManager.name === 'Mark Matchmaker'),
    ).toBe(true);
  });

  it('warns both sides when two partners approach the same employer within two weeks', async () => {
    const [kas] = (await mark.request({ method: 'GET', url: '/api/employers?q=kwek' })).json().items;
    const first = await mark.request({
      method: 'POST',
      url: `/api/employers/${kas.id}/contacts`,
      payload: {
        channel: 'visit',
        subject: 'Kennismaking, 3 vacatures oogst',
        occurredAt: '2026-11-20T10:00:00+01:00',
      },
    });
    expect(first.json().recentByOthers).toEqual([]);
    // A klantmanager of the municipality calls the same employer: he learns who was there before him…
    const second = await kees.request({
      method: 'POST',
      url: `/api/employers/${kas.id}/contacts`,
      payload: {
        channel: 'phone',
        subject: 'Proefplaatsing voor een klant?',
        occurredAt: '2026-11-23T09:30:00+01:00',
      },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      recentByOthers: [{ employee: { name: 'Mark Matchmaker' }, partner: { id: 'uwv' } }],
      accountManager: { name: 'Mark Matchmaker' },
    });
    // …and the matchmaker sees the klantmanager's contact and the warning on the employer.
    const seen = (await mark.request({ method: 'GET', url: `/api/employers/${kas.id}` })).json();
    expect(seen.contacts[0]).toMatchObject({
      employee: { name: 'Kees van der Klant' },
      subject: 'Proefplaatsing voor een klant?',
    });
    expect(seen.warnings).toEqual([
      {
        kind: 'double_approach',
        contacts: expect.arrayContaining([
          expect.objectContaining({ partner: expect.objectContaining({ id: 'gemeente-westland' }) }),
        ]),
      },
    ]);
  });

  it('refuses a contact in the future, a stale edit, and shows nothing to another Werkplein', async () => {
    const [kas] = (await mark.request({ method: 'GET', url: '/api/employers?q=kwek' })).json().items;
    const future = await mark.request({
      method: 'POST',
      url: `/api/employers/${kas.id}/contacts`,
      payload: { channel: 'phone', subject: 'x', occurredAt: '2027-01-01T10:00:00Z' },
    });
    expect(future.statusCode).toBe(400);
    const current = (await mark.request({ method: 'GET', url: `/api/employers/${kas.id}` })).json();
    const edit = {
      name: current.name,
      sector: current.sector,
      sizeClass: '250+',
      accountManagerId: current.accountManager.id,
      locations: [],
      contactPersons: [],
      version: current.version,
    };
    expect(
      (await mark.request({ method: 'PUT', url: `/api/employers/${kas.id}`, payload: edit })).statusCode,
    ).toBe(200);
    const stale = await mark.request({ method: 'PUT', url: `/api/employers/${kas.id}`, payload: edit });
    expect(stale.statusCode).toBe(409);
    const delft = await t.loginAs('dirk.delft');
    expect((await delft.request({ method: 'GET', url: `/api/employers/${kas.id}` })).statusCode).toBe(404);
    expect((await delft.request({ method: 'GET', url: '/api/employers?q=kwek' })).json().items).toEqual([]);
    expect(
      (await kees.request({ method: 'PUT', url: `/api/employers/${kas.id}`, payload: edit })).statusCode,
    ).toBe(403);
  });
});
