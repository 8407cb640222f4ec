import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { ManualClock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { CITIZEN_COOKIE, SESSION_COOKIE } from '../../plugins/auth.ts';
import { freePort } from '../../testing/free-port.ts';
import { HttpBrowser } from '../../testing/http-browser.ts';
import { createTestDatabase, testConfig } from '../../testing/test-app.ts';

/** The citizen's DigiD login over real HTTP, with the embedded provider playing DigiD. */
let database: DatabaseHandle;
let app: FastifyInstance;
let config: Config;
let base: string;
let bsn: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { jobseekers: 4 });
  bsn = (
    await database.db
      .selectFrom('jobseeker')
      .select('bsn')
      .orderBy('dossier_number')
      .executeTakeFirstOrThrow()
  ).bsn;
  const port = await freePort();
  config = testConfig({ PORT: String(port) });
  app = await buildApp({ config, database, clock: new ManualClock() });
  await app.listen({ port, host: 'localhost' });
  base = config.publicUrl;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Starts a portal login and answers the test DigiD page. */
const digid = async (browser: HttpBrowser, form: Record<string, string>, start = '/mijn/auth/login') => {
  const page = await browser.follow(start);
  expect(page.response.status).toBe(200);
  const html = await page.response.text();
  const action = /action="([^"]+)"/.exec(html)?.[1];
  expect(action).toMatch(/^\/idp\/interaction\/[^/]+\/digid$/);
  const result = await browser.follow(action as string, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { html, landed: result.visited.at(-1) as string };
};

describe('logging in with DigiD', () => {
  it('offers the seeded test people, logs in at basis and gives a portal session, not a staff one', async () => {
    const browser = new HttpBrowser(base);
    const { html, landed } = await digid(browser, { person: bsn, level: 'basis', action: 'login' });
    expect(html).toContain(`BSN ${bsn}`);
    expect(landed).toBe(`${base}/mijn/`);
    expect(browser.cookie(CITIZEN_COOKIE)).toBeDefined();
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
    const session = await browser.request('/api/portal/session');
    expect(await session.json()).toMatchObject({
      assuranceLevel: 'basis',
      mayChange: false,
      changeLevel: 'substantieel',
    });
    expect((await browser.request('/api/session')).status).toBe(401);
  });

  it('steps up to substantieel and comes back where the person was', async () => {
    const browser = new HttpBrowser(base);
    await digid(browser, { person: bsn, level: 'basis', action: 'login' });
    const before = browser.cookie(CITIZEN_COOKIE);
    const { html, landed } = await digid(
      browser,
      { person: bsn, level: 'substantieel', action: 'login' },
      '/mijn/auth/login?niveau=substantieel&terug=%2Fmijn%2Fcontactgegevens',
    );
    // DigiD asks again (no silent reuse of the basis login), with substantieel chosen already.
    expect(html).toMatch(/id="level-substantieel"[^>]*checked/);
    expect(landed).toBe(`${base}/mijn/contactgegevens`);
    expect(browser.cookie(CITIZEN_COOKIE)).not.toBe(before);
    const session = await (await browser.request('/api/portal/session')).json();
    expect(session).toMatchObject({ assuranceLevel: 'substantieel', mayChange: true });
  });

  it('says so when the level chosen is too low for the step up', async () => {
    const browser = new HttpBrowser(base);
    const { landed } = await digid(
      browser,
      { person: bsn, level: 'basis', action: 'login' },
      '/mijn/auth/login?niveau=substantieel',
    );
    expect(landed).toBe(`${base}/mijn/?fout=niveau`);
    expect(browser.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  it('says so when the person cancels, or no Werkplein knows the BSN', async () => {
    const cancelled = await digid(new HttpBrowser(base), { person: bsn, level: 'basis', action: 'cancel' });
    expect(cancelled.landed).toBe(`${base}/mijn/?fout=geannuleerd`);
    const unknown = new HttpBrowser(base);
    const { landed } = await digid(unknown, { bsn: '999999990', level: 'basis', action: 'login' });
    expect(landed).toBe(`${base}/mijn/?fout=onbekend`);
    expect(unknown.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  it('never sends a person back outside the portal', async () => {
    const browser = new HttpBrowser(base);
    const { landed } = await digid(
      browser,
      { person: bsn, level: 'basis', action: 'login' },
      '/mijn/auth/login?terug=%2F%2Fevil.example%2Fmijn%2F',
    );
    expect(landed).toBe(`${base}/mijn/`);
  });

  it('logs out: the session is gone', async () => {
    const browser = new HttpBrowser(base);
    await digid(browser, { person: bsn, level: 'basis', action: 'login' });
    const { csrfToken } = await (await browser.request('/api/portal/session')).json();
    const out = await browser.request('/mijn/auth/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(200);
    expect((await browser.request('/api/portal/session')).status).toBe(401);
  });
});
