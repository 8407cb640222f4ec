import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobseeker } from '../../db/seed/seed.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let sanne: Session;
let keesId: string;
let sanneId: string;
let dirkId: string;
let jobseekerId: string;

const idOf = async (login: string) =>
  (await t.db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T08:00:00Z' }); // Monday 09:00 in Amsterdam
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  sanne = await t.loginAs('sanne.schuld');
  keesId = await idOf('kees.klant');
  sanneId = await idOf('sanne.schuld');
  dirkId = await idOf('dirk.delft');
  jobseekerId = (
    await seedJobseeker(
      t.db,
      {
        werkpleinId: 'westland',
        bsn: '900000041',
        givenNames: 'Els',
        surname: 'Agenda',
        birthDate: '1990-01-01',
        gender: 'female',
        street: 'Weg',
        houseNumber: '2',
        postcode: '2671AB',
        city: 'Naaldwijk',
      },
      t.clock.now(),
    )
  ).id;
});
afterAll(async () => t.close());

const appointment = (overrides: Record<string, unknown> = {}) => ({
  employeeId: keesId,
  jobseekerId,
  startsAt: '2026-11-23T10:00:00Z',
  endsAt: '2026-11-23T10:45:00Z',
  channel: 'desk',
  location: 'Werkplein Westland, spreekkamer 2',
  subject: 'Eerste gesprek',
  ...overrides,
});
const plan = (session: Session, payload: Record<string, unknown>) =>
  session.request({ method: 'POST', url: '/api/appointments', payload });

describe('appointments in the calendar', () => {
  let first: { id: string; version: number };

  it("plans an appointment in the employee's calendar, with an event", async () => {
    const response = await plan(kees, appointment());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      employee: { id: keesId, name: 'Kees van der Klant' },
      jobseeker: { id: jobseekerId, fullName: 'Els Agenda' },
      status: 'planned',
      startsAt: '2026-11-23T10:00:00.000Z',
      version: 1,
    });
    first = response.json();
    const events = await t.db
      .selectFrom('case_event')
      .select('type')
      .where('jobseeker_id', '=', jobseekerId)
      .where('type', '=', 'appointment.planned')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('refuses a double booking of the employee with double_booked, without saying with whom', async () => {
    const response = await plan(
      ursula,
      appointment({ startsAt: '2026-11-23T10:30:00Z', endsAt: '2026-11-23T11:00:00Z', subject: 'Overlap' }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual(
      expect.objectContaining({
        code: 'double_booked',
        details: {
          conflicting: { startsAt: '2026-11-23T10:00:00.000Z', endsAt: '2026-11-23T10:45:00.000Z' },
        },
      }),
    );
    // Directly after is fine, and so is the same time in another employee's calendar.
    expect(
      (
        await plan(
          ursula,
          appointment({
            startsAt: '2026-11-23T10:45:00Z',
            endsAt: '2026-11-23T11:15:00Z',
            subject: 'Aansluitend',
          }),
        )
      ).statusCode,
    ).toBe(201);
    expect((await plan(kees, appointment({ employeeId: sanneId }))).statusCode).toBe(201);
  });

  it('books one of two simultaneous plannings for the same slot and refuses the other', async () => {
    const slot = { startsAt: '2026-11-27T09:00:00Z', endsAt: '2026-11-27T10:00:00Z' };
    const results = await Promise.all([
      plan(kees, appointment({ ...slot, subject: 'Race A' })),
      plan(ursula, appointment({ ...slot, subject: 'Race B' })),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const booked = await t.db
      .selectFrom('appointment')
      .select('subject')
      .where('subject', 'in', ['Race A', 'Race B'])
      .execute();
    expect(booked).toHaveLength(1);
  });

  it('refuses a start in the past, an end before the start, an unknown channel', async () => {
    const past = await plan(
      kees,
      appointment({ startsAt: '2026-11-23T07:00:00Z', endsAt: '2026-11-23T07:30:00Z' }),
    );
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'startsAt', code: 'in_past' }),
    );
    const reversed = await plan(
      kees,
      appointment({ startsAt: '2026-11-24T10:00:00Z', endsAt: '2026-11-24T09:00:00Z' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'endsAt', code: 'period_order' }),
    );
    expect(
      (
        await plan(
          kees,
          appointment({
            channel: 'pigeon',
            startsAt: '2026-11-25T10:00:00Z',
            endsAt: '2026-11-25T11:00:00Z',
          }),
        )
      ).statusCode,
    ).toBe(400);
  });

  it('refuses an employee of another Werkplein and an unknown jobseeker as not found', async () => {
    expect(
      (
        await plan(
          kees,
          appointment({
            employeeId: dirkId,
            startsAt: '2026-11-26T10:00:00Z',
            endsAt: '2026-11-26T11:00:00Z',
          }),
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await plan(kees, appointment({ jobseekerId: '00000000-0000-4000-8000-000000000000' }))).statusCode,
    ).toBe(404);
  });

  it("lists one Amsterdam day of a calendar, own or a colleague's", async () => {
    // 23:30 UTC on the 23rd is already the 24th in Amsterdam.
    expect(
      (
        await plan(
          kees,
          appointment({ startsAt: '2026-11-23T23:30:00Z', endsAt: '2026-11-24T00:00:00Z', subject: 'Laat' }),
        )
      ).statusCode,
    ).toBe(201);
    const today = await kees.request({ method: 'GET', url: '/api/appointments?date=2026-11-23' });
    expect(today.statusCode).toBe(200);
    expect(today.json().items.map((a: { subject: string }) => a.subject)).toEqual([
      'Eerste gesprek',
      'Aansluitend',
    ]);
    const tomorrow = await ursula.request({
      method: 'GET',
      url: `/api/appointments?date=2026-11-24&employeeId=${keesId}`,
    });
    expect(tomorrow.json().items.map((a: { subject: string }) => a.subject)).toEqual(['Laat']);
    // Sanne sees her own calendar, but not a colleague's; Delft does not see Westland's.
    expect(
      (await sanne.request({ method: 'GET', url: '/api/appointments?date=2026-11-23' })).json().items,
    ).toHaveLength(1);
    expect(
      (await sanne.request({ method: 'GET', url: `/api/appointments?date=2026-11-23&employeeId=${keesId}` }))
        .statusCode,
    ).toBe(403);
    const dirk = await t.loginAs('dirk.delft');
    expect(
      (await dirk.request({ method: 'GET', url: `/api/appointments?date=2026-11-23&employeeId=${keesId}` }))
        .statusCode,
    ).toBe(404);
  });

  it("lists the jobseeker's appointments in the dossier", async () => {
    const list = await ursula.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/appointments` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(5);
  });

  it('marks an appointment done only once it started, updates the last contact, and refuses a stale version', async () => {
    const url = `/api/appointments/${first.id}`;
    const early = await kees.request({ method: 'PUT', url, payload: { status: 'done', version: 1 } });
    expect(early.statusCode).toBe(400);
    t.clock.set('2026-11-23T11:00:00Z');
    // Two hours later: fresh sessions (the idle timeout has passed).
    kees = await t.loginAs('kees.klant');
    ursula = await t.loginAs('ursula.werkcoach');
    sanne = await t.loginAs('sanne.schuld');
    const done = await kees.request({ method: 'PUT', url, payload: { status: 'done', version: 1 } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', version: 2 });
    const js = await t.db
      .selectFrom('jobseeker')
      .select('last_contact_at')
      .where('id', '=', jobseekerId)
      .executeTakeFirstOrThrow();
    expect(js.last_contact_at?.toISOString()).toBe('2026-11-23T10:45:00.000Z');
    const stale = await ursula.request({ method: 'PUT', url, payload: { status: 'no_show', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ status: 'done', version: 2 });
    // A freed slot may be booked again once the appointment is cancelled.
    const sannes = (await sanne.request({ method: 'GET', url: '/api/appointments?date=2026-11-23' })).json()
      .items[0];
    expect(
      (
        await sanne.request({
          method: 'PUT',
          url: `/api/appointments/${sannes.id}`,
          payload: { status: 'cancelled', version: 1 },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await plan(
          kees,
          appointment({
            employeeId: sanneId,
            startsAt: '2026-11-23T12:00:00Z',
            endsAt: '2026-11-23T12:30:00Z',
          }),
        )
      ).statusCode,
    ).toBe(201);
  });
});
