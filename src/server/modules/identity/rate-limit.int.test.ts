import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { ManualClock } from '../../clock.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { freePort } from '../../testing/free-port.ts';
import { HttpBrowser } from '../../testing/http-browser.ts';
import { createTestApp, createTestDatabase, testConfig, type TestApp } from '../../testing/test-app.ts';
import { issueBearerToken, issueDevToken } from './session.service.ts';

/** Opens the identity provider's login form for a new login; returns where the form posts. */
const openLoginForm = async (browser: HttpBrowser): Promise<string> => {
  const start = await browser.follow('/auth/login');
  expect(start.response.status).toBe(200);
  const action = /action="([^"]+)"/.exec(await start.response.text())?.[1];
  expect(action).toMatch(/^\/idp\/interaction\/[^/]+\/login$/);
  return action as string;
};

const submit = (browser: HttpBrowser, action: string, login: string, password: string) =>
  browser.request(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password, otp: '123456' }).toString(),
  });

describe('login at the identity provider', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db, { jobseekers: 2 });
    const port = await freePort();
    const config = testConfig({
      PORT: String(port),
      RATE_LIMIT_LOGIN_PER_ACCOUNT: '3/15min',
      RATE_LIMIT_LOGIN_PER_ADDRESS: '8/15min',
    });
    app = await buildApp({ config, database, clock: new ManualClock() });
    await app.listen({ port, host: 'localhost' });
    base = config.publicUrl;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers a bogus interaction id with 400, not 500', async () => {
    const browser = new HttpBrowser(base);
    const page = await browser.request('/idp/interaction/bogus-id');
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('verlopen of onbekend');
    const post = await submit(browser, '/idp/interaction/bogus-id/login', 'kees.klant', 'test-password');
    expect(post.status).toBe(400);
  });

  it('refuses an account after 3 wrong passwords, even with the right one, and says when to retry', async () => {
    const browser = new HttpBrowser(base);
    const action = await openLoginForm(browser);
    for (let i = 0; i < 3; i++)
      expect((await submit(browser, action, 'kees.klant', 'wrong')).status).toBe(401);
    const refused = await submit(browser, action, 'kees.klant', 'test-password');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Te veel inlogpogingen');
    expect(browser.cookie('__Host-werkplein')).toBeUndefined();
    // Another account from the same address still logs in.
    const other = new HttpBrowser(base);
    const otherAction = await openLoginForm(other);
    const ok = await submit(other, otherAction, 'ursula.werkcoach', 'test-password');
    expect(ok.status).toBe(303);
  });

  it('answers an unknown user exactly as a wrong password', async () => {
    const browser = new HttpBrowser(base);
    const action = await openLoginForm(browser);
    const uid = action.split('/')[3] as string;
    const unknown = await submit(browser, action, 'niemand.hier', 'test-password');
    const wrong = await submit(browser, action, 'monique.mt', 'wrong');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    const bodyOf = async (response: Response, login: string) =>
      (await response.text()).replaceAll(uid, 'UID').replaceAll(login, 'LOGIN');
    expect(await bodyOf(unknown, 'niemand.hier')).toBe(await bodyOf(wrong, 'monique.mt'));
    // Unknown names are limited like known ones, so the limit tells nothing either.
    for (let i = 0; i < 2; i++) await submit(browser, action, 'niemand.hier', 'x');
    expect((await submit(browser, action, 'niemand.hier', 'x')).status).toBe(429);
  });

  it('refuses an address that tried many accounts, whatever account it tries next', async () => {
    // 3 (kees) + 2 (unknown, monique) + 2 (unknown) failures so far; 8 per address.
    const browser = new HttpBrowser(base);
    const action = await openLoginForm(browser);
    expect((await submit(browser, action, 'hans.handhaving', 'wrong')).status).toBe(401);
    const refused = await submit(browser, action, 'ilse.inkoop', 'test-password');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('bearer tokens and searches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: {
        RATE_LIMIT_TOKEN_PER_ADDRESS: '3/15min',
        RATE_LIMIT_TOKEN_PER_ACCOUNT: '5/1min',
        RATE_LIMIT_SEARCH_PER_ACCOUNT: '3/1min',
        RATE_LIMIT_SEARCH_PER_ADDRESS: '5/1min',
      },
    });
  });
  afterAll(async () => t.close());

  it('limits searches per account and per address with 429 rate_limited and Retry-After', async () => {
    const kees = await t.loginAs('kees.klant');
    const ursula = await t.loginAs('ursula.werkcoach');
    const search = (s: typeof kees) => s.request({ method: 'GET', url: '/api/jobseekers?q=jansen' });
    for (let i = 0; i < 3; i++) expect((await search(kees)).statusCode).toBe(200);
    const refused = await search(kees);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Other routes of the same account are not searches and go on.
    expect((await kees.request({ method: 'GET', url: '/api/caseload' })).statusCode).toBe(200);
    // Another account, same address: 5 per address, 3 counted (the refused one is not).
    expect((await search(ursula)).statusCode).toBe(200);
    expect((await search(ursula)).statusCode).toBe(200);
    expect((await search(ursula)).statusCode).toBe(429);
  });

  it('limits bad bearer tokens per address and bearer use per account', async () => {
    const { token } = await issueBearerToken(t.db, t.clock, 'mark.match');
    const call = (bearer: string, ip = '10.9.8.7') =>
      t.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: { authorization: `Bearer ${bearer}` },
        remoteAddress: ip,
      });
    for (let i = 0; i < 5; i++) expect((await call(token)).statusCode).toBe(200);
    const tooMany = await call(token);
    expect(tooMany.statusCode).toBe(429);
    expect(tooMany.json().error.code).toBe('rate_limited');

    const forged = issueDevToken(randomBytes(32).toString('hex'), 'kees.klant', t.clock.now());
    for (let i = 0; i < 3; i++) expect((await call(forged, '10.1.1.1')).statusCode).toBe(401);
    const { token: good } = await issueBearerToken(t.db, t.clock, 'kees.klant');
    const blocked = await call(good, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect((await call(good, '10.2.2.2')).statusCode).toBe(200);
  });
});

describe('several server processes', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('share the limits through Redis when REDIS_URL is set', async () => {
    const config = {
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      RATE_LIMIT_SEARCH_PER_ACCOUNT: '3/1min',
      RATE_LIMIT_SEARCH_PER_ADDRESS: '0',
    };
    // Two apps on one database: one account, two processes.
    const first = await createTestApp({ config });
    apps.push(first);
    const second = await buildApp({
      config: first.config,
      database: { db: first.db, engine: 'pglite', close: async () => {} },
      clock: first.clock,
    });
    await second.ready();
    const session = await first.loginAs('kees.klant');
    const search = (app: FastifyInstance) =>
      app.inject({ method: 'GET', url: '/api/jobseekers?q=jansen', headers: { cookie: session.cookie } });
    expect((await search(first.app)).statusCode).toBe(200);
    expect((await search(second)).statusCode).toBe(200);
    expect((await search(first.app)).statusCode).toBe(200);
    expect((await search(second)).statusCode).toBe(429);
    await second.close();
  });
});
