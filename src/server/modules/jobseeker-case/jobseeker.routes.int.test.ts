import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedJobseeker } from '../../db/seed/seed.ts';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';
import { pseudonymOf } from '../processing-log/processing-log.service.ts';

let t: TestApp;
let intaker: Session;
let delftKlantmanager: Session;

beforeAll(async () => {
  t = await createTestApp();
  intaker = await t.loginAs('iris.intake');
  delftKlantmanager = await t.loginAs('dirk.delft');
});
afterAll(async () => t.close());

const count = async (table: 'jobseeker' | 'case_event' | 'audit_record' | 'processing_operation') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('registering a jobseeker', () => {
  it('creates a dossier with a dossier number, an event and a processing-log line', async () => {
    const events = await count('case_event');
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration(),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      werkpleinId: 'westland',
      bsn: '111222333',
      fullName: 'Fatima el Amrani',
      postcode: '2671AB',
      isTestData: false,
    });
    expect(body.dossierNumber).toMatch(/^WP\d{8}$/);
    expect(await count('case_event')).toBe(events + 1);

    const log = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .innerJoin('processing_operation_subject as s', 's.operation_id', 'o.id')
      .select(['a.action', 'a.result', 'a.role', 'o.activity_id', 's.subject_pseudonym'])
      .where('a.object_id', '=', body.id)
      .execute();
    expect(log).toEqual([
      {
        action: 'jobseeker.register',
        result: 'allowed',
        role: 'intakeOfficer',
        activity_id: 'werkzoekende-aanmelden',
        subject_pseudonym: pseudonymOf(t.config.secret, '111222333'),
      },
    ]);
    // Never a plaintext BSN in the log.
    const logText = JSON.stringify(
      await t.db.selectFrom('processing_operation_subject').selectAll().execute(),
    );
    expect(logText).not.toContain('111222333');
  });

  it('opens the existing dossier instead of creating a second one for a known BSN', async () => {
    const first = await intaker.request({ method: 'GET', url: '/api/jobseekers?q=111222333' });
    const existingId = first.json().items[0].id;
    const before = await count('jobseeker');
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ givenNames: 'Someone', surname: 'Else', bsn: '111 222 333' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'jobseeker_exists',
      details: { jobseekerId: existingId },
    });
    expect(await count('jobseeker')).toBe(before);
  });

  it.each([
    ['an invalid BSN', { bsn: '123456789' }, 'bsn', 'invalid_bsn'],
    ['a malformed date', { birthDate: '12-04-1990' }, 'birthDate', 'date_format'],
    ['a date that does not exist', { birthDate: '1990-02-30' }, 'birthDate', 'date_invalid'],
    ['a missing surname', { surname: undefined }, 'surname', 'required'],
    ['an empty surname', { surname: '  ' }, 'surname', 'too_small'],
    ['an oversized name', { givenNames: 'x'.repeat(201) }, 'givenNames', 'too_big'],
    ['a bad postcode', { postcode: '0123 AB' }, 'postcode', 'postcode_format'],
    ['an unknown field', { nickname: 'Fa' }, '', 'unrecognized_keys'],
  ])('refuses %s with a stable code and writes nothing', async (_what, change, path, code) => {
    const before = { jobseekers: await count('jobseeker'), events: await count('case_event') };
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ bsn: '123456782', ...change }),
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toContainEqual(expect.objectContaining({ path, code }));
    expect({ jobseekers: await count('jobseeker'), events: await count('case_event') }).toEqual(before);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      headers: { 'content-type': 'application/json' },
      payload: '{"bsn":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('refuses a body over the size limit', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ city: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('refuses registration into a Werkplein the employee does not belong to, as not found', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ werkpleinId: 'delft', bsn: '123456782' }),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('refuses a state change without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/jobseekers',
      headers: { cookie: intaker.cookie },
      payload: registration({ bsn: '123456782' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });

  it('refuses a state change from another origin even with the token', async () => {
    const response = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      headers: { origin: 'https://evil.example' },
      payload: registration({ bsn: '123456782' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });
});

describe('finding and opening a jobseeker', () => {
  it('finds by surname, by given name and surname, by BSN and by dossier number', async () => {
    const j = await seedJobseeker(t.db, {
      werkpleinId: 'westland',
      bsn: '010000008',
      givenNames: 'Willemijn',
      surnamePrefix: 'van der',
      surname: 'Zwaluw',
      birthDate: '1985-06-01',
      gender: 'female',
      street: 'Dorpsstraat',
      houseNumber: '1',
      postcode: '2681AA',
      city: 'Monster',
    });
    const ids = async (q: string) =>
      (await intaker.request({ method: 'GET', url: `/api/jobseekers?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await ids('zwal')).toEqual([j.id]);
    expect(await ids('van der Zwaluw')).toEqual([j.id]);
    expect(await ids('Willemijn Zwaluw')).toEqual([j.id]);
    expect(await ids('Zwaluw, Willemijn')).toEqual([j.id]);
    expect(await ids('010000008')).toEqual([j.id]);
    const opened = await intaker.request({ method: 'GET', url: `/api/jobseekers/${j.id}` });
    expect(await ids(opened.json().dossierNumber)).toEqual([j.id]);
    expect(await ids('Zwaluwstaart')).toEqual([]);
    // Nine digits that fail the elfproef are no BSN: said so, not searched for.
    const invalid = await intaker.request({ method: 'GET', url: '/api/jobseekers?q=123456789' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [expect.objectContaining({ path: 'q', code: 'invalid_bsn' })],
    });
    const summary = (await intaker.request({ method: 'GET', url: '/api/jobseekers?q=zwaluw' })).json()
      .items[0];
    expect(summary.bsnMasked).toBe('*****0008');
    expect(JSON.stringify(summary)).not.toContain('010000008');
  });

  it('logs every search with the people it showed', async () => {
    const before = await count('processing_operation');
    const response = await intaker.request({ method: 'GET', url: '/api/jobseekers?q=111222333' });
    expect(response.json().items).toHaveLength(1);
    expect(await count('processing_operation')).toBe(before + 1);
    const subject = await t.db
      .selectFrom('processing_operation_subject as s')
      .innerJoin('processing_operation as o', 'o.id', 's.operation_id')
      .select(['s.subject_pseudonym', 'o.activity_id'])
      .orderBy('o.started_at', 'desc')
      .orderBy('o.id')
      .where('o.name', '=', 'jobseeker.search')
      .where('s.subject_pseudonym', '=', pseudonymOf(t.config.secret, '111222333'))
      .executeTakeFirst();
    expect(subject?.activity_id).toBe('werkzoekende-zoeken');
  });

  it("answers not found for another Werkplein's jobseeker, and logs the attempt", async () => {
    const westlander = (await intaker.request({ method: 'GET', url: '/api/jobseekers?q=111222333' })).json()
      .items[0];
    const response = await delftKlantmanager.request({
      method: 'GET',
      url: `/api/jobseekers/${westlander.id}`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    const denial = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .select(['a.result', 'a.action', 'a.werkplein_id'])
      .where('e.login', '=', 'dirk.delft')
      .where('a.object_id', '=', westlander.id)
      .orderBy('a.werkplein_id')
      .execute();
    // Under the Werkplein he aimed at, and under his own, for his own beheerder.
    expect(denial).toEqual([
      { result: 'denied', action: 'jobseeker.read', werkplein_id: 'delft' },
      { result: 'denied', action: 'jobseeker.read', werkplein_id: 'westland' },
    ]);
    // And the Delft klantmanager does not find him by BSN either.
    const search = await delftKlantmanager.request({ method: 'GET', url: '/api/jobseekers?q=111222333' });
    expect(search.json().items).toEqual([]);
  });

  it('answers not found for an unknown id and a validation error for a malformed one', async () => {
    const unknown = await intaker.request({
      method: 'GET',
      url: '/api/jobseekers/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await intaker.request({ method: 'GET', url: '/api/jobseekers/42' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('validation_failed');
  });

  it('lets a back-office unit see only the jobseekers referred to it', async () => {
    const j = (await intaker.request({ method: 'GET', url: '/api/jobseekers?q=111222333' })).json().items[0];
    const schuldhulp = await t.loginAs('sanne.schuld');
    const inkomen = await t.loginAs('ben.inkomen');
    expect((await schuldhulp.request({ method: 'GET', url: `/api/jobseekers/${j.id}` })).statusCode).toBe(
      404,
    );
    await t.db
      .insertInto('referral')
      .values({
        werkplein_id: 'westland',
        jobseeker_id: j.id,
        unit: 'debt_assistance',
        created_at: t.clock.now(),
      })
      .execute();
    expect((await schuldhulp.request({ method: 'GET', url: `/api/jobseekers/${j.id}` })).statusCode).toBe(
      200,
    );
    expect(
      (await schuldhulp.request({ method: 'GET', url: '/api/jobseekers?q=amrani' }))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).toEqual([j.id]);
    expect((await inkomen.request({ method: 'GET', url: `/api/jobseekers/${j.id}` })).statusCode).toBe(404);
    expect((await inkomen.request({ method: 'GET', url: '/api/jobseekers?q=amrani' })).json().items).toEqual(
      [],
    );
  });

  it('tells the beheerder he reads no dossiers', async () => {
    const beheerder = await t.loginAs('bea.beheer');
    const response = await beheerder.request({ method: 'GET', url: '/api/jobseekers?q=amrani' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });
});

describe('sessions', () => {
  it('answers unauthenticated without a session and session_expired after the idle timeout', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/jobseekers?q=abc' })).json().error.code).toBe(
      'unauthenticated',
    );
    const session = await t.loginAs('kees.klant');
    expect((await session.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    t.clock.advance((t.config.session.idleMinutes + 1) * 60_000);
    const expired = await session.request({ method: 'GET', url: '/api/session' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('session_expired');
    // Gone for good, not just refused once.
    expect((await session.request({ method: 'GET', url: '/api/session' })).json().error.code).toBe(
      'unauthenticated',
    );
  });

  it('ends a session at its absolute timeout even when used all the time', async () => {
    const session = await t.loginAs('kees.klant');
    const step = (t.config.session.idleMinutes - 1) * 60_000;
    let elapsed = 0;
    while (elapsed + step < t.config.session.absoluteMinutes * 60_000) {
      t.clock.advance(step);
      elapsed += step;
      expect((await session.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    }
    t.clock.advance(step);
    expect((await session.request({ method: 'GET', url: '/api/session' })).json().error.code).toBe(
      'session_expired',
    );
  });

  it('accepts a bearer token for scripts, without CSRF, and refuses an unknown one', async () => {
    const { issueBearerToken } = await import('../identity/session.service.ts');
    const { token } = await issueBearerToken(t.db, t.clock, 'kees.klant');
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.json().employee.login).toBe('kees.klant');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { authorization: 'Bearer nonsense' },
    });
    expect(bad.statusCode).toBe(401);
  });
});
