import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { ManualClock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { issueBearerToken } from './session.service.ts';
import { freePort } from '../../testing/free-port.ts';
import { HttpBrowser } from '../../testing/http-browser.ts';
import { createTestDatabase, testConfig } from '../../testing/test-app.ts';
import type { FastifyInstance } from 'fastify';

let database: DatabaseHandle;
let app: FastifyInstance;
let config: Config;
let base: string;
const clock = new ManualClock();

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { jobseekers: 5 });
  const port = await freePort();
  config = testConfig({ PORT: String(port), OIDC_REQUIRE_MFA: 'true' });
  app = await buildApp({ config, database, clock });
  await app.listen({ port, host: 'localhost' });
  base = config.publicUrl;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Starts a login at Werkplein and answers the identity provider's form. */
const logIn = async (
  browser: HttpBrowser,
  login: string,
  password: string,
  otp: string,
  returnTo = '/werkzoekenden',
) => {
  const start = await browser.follow(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.response.status).toBe(200);
  const formPage = await start.response.text();
  const action = /action="([^"]+)"/.exec(formPage)?.[1];
  expect(action).toMatch(/^\/idp\/interaction\/[^/]+\/login$/);
  return browser.follow(action as string, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password, otp }).toString(),
  });
};

describe('login through OpenID Connect', () => {
  it('logs in at the identity provider and lands where the user was going, with a hardened session cookie', async () => {
    const browser = new HttpBrowser(base);
    const { visited } = await logIn(browser, 'kees.klant', 'test-password', '123456');
    expect(visited.some((u) => u.startsWith(`${base}/auth/callback?`))).toBe(true);
    expect(visited.at(-1)).toBe(`${base}/werkzoekenden`);
    const session = await browser.request('/api/session');
    expect(session.status).toBe(200);
    const body = await session.json();
    expect(body.employee).toMatchObject({
      login: 'kees.klant',
      roles: ['caseManager'],
      partner: { id: 'gemeente-westland' },
    });
    expect(body.werkpleinen).toEqual([{ id: 'westland', name: 'Werkplein Westland' }]);
  });

  it('sets the session cookie as __Host-, Secure, HttpOnly and SameSite=Strict', async () => {
    const browser = new HttpBrowser(base);
    const start = await browser.follow('/auth/login');
    const action = /action="([^"]+)"/.exec(await start.response.text())?.[1] as string;
    let response = await browser.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: 'kees.klant', password: 'test-password', otp: '654321' }).toString(),
    });
    let sessionCookie: string | undefined;
    while (response.headers.get('location')) {
      sessionCookie ??= response.headers.getSetCookie().find((c) => c.startsWith('__Host-werkplein='));
      response = await browser.request(response.headers.get('location') as string);
    }
    expect(sessionCookie).toBeDefined();
    expect(sessionCookie).toMatch(/; Secure/);
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Strict/);
    expect(sessionCookie).toMatch(/; Path=\//);
    expect(sessionCookie).not.toMatch(/Domain=/i);
  });

  it('gives a new session id at every login, also when the identity provider remembers the user', async () => {
    const browser = new HttpBrowser(base);
    await logIn(browser, 'kees.klant', 'test-password', '123456');
    const first = browser.cookie('__Host-werkplein');
    // The provider's single sign-on session answers without asking again.
    const { visited } = await browser.follow('/auth/login?returnTo=/start');
    expect(visited.at(-1)).toBe(`${base}/start`);
    const second = browser.cookie('__Host-werkplein');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const old = await fetch(`${base}/api/session`, { headers: { cookie: `__Host-werkplein=${first}` } });
    expect(old.status).toBe(401);
  });

  it('refuses a login without a second factor when MFA is required', async () => {
    const browser = new HttpBrowser(base);
    const { visited } = await logIn(browser, 'kees.klant', 'test-password', '');
    expect(visited.at(-1)).toBe(`${base}/inloggen?fout=mfa_required`);
    expect((await browser.request('/api/session')).status).toBe(401);
  });

  it('refuses a wrong password at the identity provider', async () => {
    const browser = new HttpBrowser(base);
    const { response } = await logIn(browser, 'kees.klant', 'wrong', '123456');
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('onjuist wachtwoord');
    expect(browser.cookie('__Host-werkplein')).toBeUndefined();
  });

  it('refuses a callback without the login state (forged or replayed)', async () => {
    const browser = new HttpBrowser(base);
    const { visited } = await browser.follow('/auth/callback?code=abc&state=xyz');
    expect(visited.at(-1)).toBe(`${base}/inloggen?fout=login_failed`);
  });

  it('does not redirect to another site after login', async () => {
    const browser = new HttpBrowser(base);
    const { visited } = await logIn(browser, 'kees.klant', 'test-password', '123456', '//evil.example/x');
    expect(visited.at(-1)).toBe(`${base}/`);
  });

  it('ends the session for real at logout', async () => {
    const browser = new HttpBrowser(base);
    await logIn(browser, 'kees.klant', 'test-password', '123456');
    const { csrfToken } = await (await browser.request('/api/session')).json();
    const token = browser.cookie('__Host-werkplein');
    const withoutCsrf = await browser.request('/auth/logout', { method: 'POST' });
    expect(withoutCsrf.status).toBe(403);
    const logout = await browser.request('/auth/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(200);
    expect((await logout.json()).redirectTo).toMatch(new RegExp(`^${base}/idp/session/end`));
    // Even a copy of the old cookie no longer works.
    const replay = await fetch(`${base}/api/session`, { headers: { cookie: `__Host-werkplein=${token}` } });
    expect(replay.status).toBe(401);
  });

  it('refuses and forgets the session of an employee who is no longer active', async () => {
    const { token } = await issueBearerToken(database.db, clock, 'ursula.werkcoach');
    const headers = { authorization: `Bearer ${token}` };
    const before = await fetch(`${base}/api/session`, { headers });
    expect(before.status).toBe(200);
    expect((await before.json()).employee).toMatchObject({
      login: 'ursula.werkcoach',
      roles: ['caseManager'],
    });
    await database.db
      .updateTable('employee')
      .set({ active: false })
      .where('login', '=', 'ursula.werkcoach')
      .execute();
    try {
      const after = await fetch(`${base}/api/session`, { headers });
      expect(after.status).toBe(401);
      expect((await after.json()).error.code).toBe('unauthenticated');
      const left = await database.db
        .selectFrom('session as s')
        .innerJoin('employee as e', 'e.id', 's.employee_id')
        .where('e.login', '=', 'ursula.werkcoach')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(left.n)).toBe(0);
    } finally {
      await database.db
        .updateTable('employee')
        .set({ active: true })
        .where('login', '=', 'ursula.werkcoach')
        .execute();
    }
  });

  it('offers no state change through GET', async () => {
    const response = await fetch(`${base}/auth/logout`);
    expect(response.status).toBe(404);
  });
});

describe('security headers and service endpoints', () => {
  it('sends HSTS and a Content-Security-Policy without unsafe-inline or unsafe-eval', async () => {
    const response = await fetch(`${base}/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe('ready');
  });

  it('serves the OpenAPI description of the API', async () => {
    const doc = await (await fetch(`${base}/api/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/jobseekers',
        '/api/jobseekers/{id}',
        '/api/session',
        '/api/admin/processing-log',
      ]),
    );
  });

  it('keeps the trace id of the caller as the foreign operation in the processing log', async () => {
    const browser = new HttpBrowser(base);
    await logIn(browser, 'kees.klant', 'test-password', '123456');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const response = await browser.request('/api/jobseekers?q=jansen', { headers: { traceparent } });
    expect(response.status).toBe(200);
    const ours = response.headers.get('traceparent')?.split('-')[1];
    const operation = await database.db
      .selectFrom('processing_operation')
      .select(['foreign_trace_id', 'foreign_span_id', 'trace_id'])
      .where('trace_id', '=', ours as string)
      .executeTakeFirstOrThrow();
    expect(operation).toEqual({
      trace_id: ours,
      foreign_trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      foreign_span_id: '00f067aa0ba902b7',
    });
  });
});
