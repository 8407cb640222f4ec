import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app.ts';

/**
 * The portal's API: a citizen reads and changes only his own dossier, with himself as the actor in
 * the logs; anonymous callers, staff sessions and other people's ids get nothing.
 */
let t: TestApp;
let kees: Session;
let me: { id: string; bsn: string };
let other: { id: string };
let myAgreement: { id: string; version: number };
let kmAgreement: { id: string; version: number };
let othersAgreement: { id: string };
let myAppointment: string;
let othersAppointment: string;

const keesId = async () =>
  (await t.db.selectFrom('employee').select('id').where('login', '=', 'kees.klant').executeTakeFirstOrThrow())
    .id;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-12-07T09:00:00Z' });
  kees = await t.loginAs('kees.klant');
  const [a, b] = await t.db
    .selectFrom('jobseeker')
    .select(['id', 'bsn'])
    .where('werkplein_id', '=', 'westland')
    .orderBy('dossier_number')
    .limit(2)
    .execute();
  me = a!;
  other = b!;
  const km = await keesId();
  await t.db
    .updateTable('jobseeker')
    .set({ case_manager_id: km })
    .where('id', 'in', [me.id, other.id])
    .execute();
  const agree = async (jobseekerId: string, responsible: string, description: string) => {
    const res = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/agreements`,
      payload: { description, responsible, dueDate: '2026-12-20' },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; version: number };
  };
  myAgreement = await agree(me.id, 'jobseeker', 'Solliciteer op drie vacatures');
  kmAgreement = await agree(me.id, 'case_manager', 'Klantmanager zoekt een opleiding uit');
  othersAgreement = await agree(other.id, 'jobseeker', 'Iets van iemand anders');
  const plan = async (jobseekerId: string, hour: number) => {
    const res = await kees.request({
      method: 'POST',
      url: '/api/appointments',
      payload: {
        employeeId: km,
        jobseekerId,
        startsAt: `2026-12-09T${hour}:00:00+01:00`,
        endsAt: `2026-12-09T${hour}:45:00+01:00`,
        channel: 'desk',
        location: 'Werkplein Westland, Naaldwijk',
        subject: 'Gesprek over uw plan',
      },
    });
    expect(res.statusCode).toBe(201);
    return (res.json() as { id: string }).id;
  };
  myAppointment = await plan(me.id, 10);
  othersAppointment = await plan(other.id, 11);
});
afterAll(async () => t?.close());

const portalRoutes = () => [
  { method: 'GET' as const, url: '/api/portal/session' },
  { method: 'GET' as const, url: '/api/portal/home' },
  { method: 'GET' as const, url: `/api/portal/appointments/${myAppointment}/ics` },
  {
    method: 'POST' as const,
    url: `/api/portal/agreements/${myAgreement.id}/accept`,
    payload: { version: 1 },
  },
  { method: 'POST' as const, url: `/api/portal/agreements/${myAgreement.id}/done`, payload: { version: 1 } },
  {
    method: 'PUT' as const,
    url: '/api/portal/contact',
    payload: { version: 1, phone: '0611111111', email: '' },
  },
  { method: 'GET' as const, url: '/api/portal/processing-log' },
];

describe('who may call the portal', () => {
  it('refuses anonymous callers on every portal route, before reading any body', async () => {
    for (const route of portalRoutes()) {
      const res = await t.app.inject(route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('refuses a staff session on the portal, and a citizen session on the staff API', async () => {
    for (const route of portalRoutes()) {
      const res = await kees.request(route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
    const citizen = await t.loginAsCitizen(me.id);
    const staff = await citizen.request({ method: 'GET', url: `/api/jobseekers/${me.id}` });
    expect(staff.statusCode).toBe(401);
  });

  it('refuses a change without the CSRF token or from another origin', async () => {
    const citizen = await t.loginAsCitizen(me.id);
    const noToken = await t.app.inject({
      method: 'PUT',
      url: '/api/portal/contact',
      headers: { cookie: citizen.cookie },
      payload: { version: 1, phone: '0611111111', email: '' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const otherOrigin = await citizen.request({
      method: 'PUT',
      url: '/api/portal/contact',
      headers: { origin: 'https://evil.example' },
      payload: { version: 1, phone: '0611111111', email: '' },
    });
    expect(otherOrigin.statusCode).toBe(403);
  });
});

describe('my own dossier', () => {
  it('shows my klantmanager, my agreements with who they wait on, my appointments — and nobody else’s', async () => {
    const citizen = await t.loginAsCitizen(me.id, 'basis');
    const res = await citizen.request({ method: 'GET', url: '/api/portal/home' });
    expect(res.statusCode).toBe(200);
    const home = res.json();
    expect(home.caseManager).toEqual({
      name: 'Kees van der Klant',
      email: 'kees.klant@werkplein.example',
      organisation: 'Gemeente Westland, Sociale Zaken',
    });
    expect(home.agreements.map((a: { id: string }) => a.id).sort()).toEqual(
      [myAgreement.id, kmAgreement.id].sort(),
    );
    // A new agreement waits for my akkoord, whoever carries it out.
    expect(home.agreements.every((a: { waitingOn: string }) => a.waitingOn === 'you')).toBe(true);
    expect(home.appointments.map((a: { id: string }) => a.id)).toEqual([myAppointment]);
    const logged = await t.db
      .selectFrom('audit_record')
      .select(['employee_id', 'citizen_jobseeker_id', 'role', 'action'])
      .where('citizen_jobseeker_id', '=', me.id)
      .where('action', '=', 'portal.read')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged[0]).toMatchObject({ employee_id: null, role: 'citizen' });
  });

  it('answers someone else’s agreement or appointment as not found, changes nothing and logs the attempt', async () => {
    const citizen = await t.loginAsCitizen(me.id);
    const accept = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${othersAgreement.id}/accept`,
      payload: { version: 1 },
    });
    expect(accept.statusCode).toBe(404);
    const done = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${othersAgreement.id}/done`,
      payload: { version: 1, comment: 'klaar' },
    });
    expect(done.statusCode).toBe(404);
    const ics = await citizen.request({
      method: 'GET',
      url: `/api/portal/appointments/${othersAppointment}/ics`,
    });
    expect(ics.statusCode).toBe(404);
    const unknown = await citizen.request({
      method: 'POST',
      url: '/api/portal/agreements/00000000-0000-4000-8000-000000000000/accept',
      payload: { version: 1 },
    });
    expect(unknown.statusCode).toBe(404);
    const agreement = await t.db
      .selectFrom('agreement')
      .select(['accepted_at', 'status'])
      .where('id', '=', othersAgreement.id)
      .executeTakeFirstOrThrow();
    expect(agreement).toEqual({ accepted_at: null, status: 'open' });
    const denied = await t.db
      .selectFrom('audit_record')
      .select(['object_type', 'object_id'])
      .where('citizen_jobseeker_id', '=', me.id)
      .where('result', '=', 'denied')
      .execute();
    expect(denied).toEqual(
      expect.arrayContaining([
        { object_type: 'agreement', object_id: othersAgreement.id },
        { object_type: 'appointment', object_id: othersAppointment },
      ]),
    );
  });

  it('gives my appointment as an iCalendar file', async () => {
    const citizen = await t.loginAsCitizen(me.id, 'basis');
    const res = await citizen.request({
      method: 'GET',
      url: `/api/portal/appointments/${myAppointment}/ics`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.body).toContain('DTSTART:20261209T090000Z');
    expect(res.body).toContain('SUMMARY:Gesprek over uw plan (Werkplein Westland)');
  });
});

describe('changing things needs DigiD substantieel', () => {
  it('sends a basis login to step up, and stores nothing', async () => {
    const citizen = await t.loginAsCitizen(me.id, 'basis');
    const res = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${myAgreement.id}/accept`,
      payload: { version: myAgreement.version },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('step_up_required');
    const row = await t.db
      .selectFrom('agreement')
      .select('accepted_at')
      .where('id', '=', myAgreement.id)
      .executeTakeFirstOrThrow();
    expect(row.accepted_at).toBeNull();
  });

  it('records my akkoord as a case event with me as actor, worded in the history; twice is a conflict', async () => {
    const citizen = await t.loginAsCitizen(me.id, 'substantieel');
    const res = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${kmAgreement.id}/accept`,
      payload: { version: kmAgreement.version },
    });
    expect(res.statusCode).toBe(200);
    const agreement = res.json();
    expect(agreement.acceptedAt).not.toBeNull();
    expect(agreement.waitingOn).toBe('caseManager');
    expect(agreement.history.map((h: { type: string; byYou: boolean }) => [h.type, h.byYou])).toEqual([
      ['agreement.added', false],
      ['agreement.accepted', true],
    ]);
    const event = await t.db
      .selectFrom('case_event')
      .select(['actor_employee_id', 'actor_jobseeker_id'])
      .where('type', '=', 'agreement.accepted')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_employee_id: null, actor_jobseeker_id: me.id });
    const again = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${kmAgreement.id}/accept`,
      payload: { version: kmAgreement.version },
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets me mark my own agreement done with a comment, but not my klantmanager’s', async () => {
    const citizen = await t.loginAsCitizen(me.id);
    const mine = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${myAgreement.id}/done`,
      payload: { version: myAgreement.version, comment: 'Drie brieven verstuurd' },
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ status: 'done', comment: 'Drie brieven verstuurd', waitingOn: null });
    const current = await t.db
      .selectFrom('agreement')
      .select('version')
      .where('id', '=', kmAgreement.id)
      .executeTakeFirstOrThrow();
    const theirs = await citizen.request({
      method: 'POST',
      url: `/api/portal/agreements/${kmAgreement.id}/done`,
      payload: { version: current.version },
    });
    expect(theirs.statusCode).toBe(409);
    const row = await t.db
      .selectFrom('agreement')
      .select('status')
      .where('id', '=', kmAgreement.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
  });

  it('changes my phone number, tells my klantmanager with a task, and refuses a bad number', async () => {
    const citizen = await t.loginAsCitizen(me.id);
    const before = await t.db
      .selectFrom('jobseeker')
      .select(['version', 'email'])
      .where('id', '=', me.id)
      .executeTakeFirstOrThrow();
    const bad = await citizen.request({
      method: 'PUT',
      url: '/api/portal/contact',
      payload: { version: before.version, phone: 'bel me niet', email: before.email ?? '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'phone', code: 'phone_format' });
    const ok = await citizen.request({
      method: 'PUT',
      url: '/api/portal/contact',
      payload: { version: before.version, phone: '06 98765432', email: before.email ?? '' },
    });
    expect(ok.statusCode).toBe(200);
    const after = await t.db
      .selectFrom('jobseeker')
      .select(['phone', 'version'])
      .where('id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ phone: '06 98765432', version: before.version + 1 });
    const task = await t.db
      .selectFrom('task')
      .select(['assignee_id', 'kind'])
      .where('jobseeker_id', '=', me.id)
      .where('kind', '=', 'contact_details_changed')
      .executeTakeFirstOrThrow();
    expect(task.assignee_id).toBe(await keesId());
    const event = await t.db
      .selectFrom('case_event')
      .select(['data', 'actor_jobseeker_id'])
      .where('type', '=', 'contactDetails.changed')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ data: { fields: ['phone'] }, actor_jobseeker_id: me.id });
    // The klantmanager's timeline says the jobseeker did this himself.
    const timeline = await kees.request({ method: 'GET', url: `/api/jobseekers/${me.id}/timeline` });
    const item = timeline.json().items.find((i: { type: string }) => i.type === 'contactDetails.changed');
    expect(item).toMatchObject({ byJobseeker: true, employee: null });
    const stale = await citizen.request({
      method: 'PUT',
      url: '/api/portal/contact',
      payload: { version: before.version, phone: '0600000000', email: '' },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('who looked at my data', () => {
  it('shows the klantmanager’s access by organisation and role, never his name, and not my own visits', async () => {
    const read = await kees.request({ method: 'GET', url: `/api/jobseekers/${me.id}` });
    expect(read.statusCode).toBe(200);
    const citizen = await t.loginAsCitizen(me.id, 'basis');
    await citizen.request({ method: 'GET', url: '/api/portal/home' });
    const res = await citizen.request({ method: 'GET', url: '/api/portal/processing-log' });
    expect(res.statusCode).toBe(200);
    const log = res.json();
    expect(log.page).toBe(1);
    expect(log.items.length).toBeGreaterThan(0);
    expect(log.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          organisation: 'Gemeente Westland, Sociale Zaken',
          role: 'caseManager',
          action: 'jobseeker.read',
          activity: 'Raadplegen klantdossier',
        }),
      ]),
    );
    expect(JSON.stringify(log)).not.toContain('Kees');
    expect(log.items.some((i: { role: string }) => i.role === 'citizen')).toBe(false);
    // Nothing of the other jobseeker's processing shows up here.
    const others = await (
      await t.loginAsCitizen(other.id, 'basis')
    ).request({ method: 'GET', url: '/api/portal/processing-log' });
    expect(others.json().items.some((i: { action: string }) => i.action === 'jobseeker.read')).toBe(false);
  });

  it('pages through a long history, 20 at a time', async () => {
    for (let i = 0; i < 21; i++) await kees.request({ method: 'GET', url: `/api/jobseekers/${other.id}` });
    const citizen = await t.loginAsCitizen(other.id, 'basis');
    const first = (await citizen.request({ method: 'GET', url: '/api/portal/processing-log' })).json();
    expect(first.items).toHaveLength(20);
    expect(first.hasMore).toBe(true);
    const second = (
      await citizen.request({ method: 'GET', url: '/api/portal/processing-log?page=2' })
    ).json();
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items[0].at <= first.items[19].at).toBe(true);
  });
});
