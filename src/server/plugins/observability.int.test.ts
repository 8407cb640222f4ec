import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDevToken } from '../modules/identity/session.service.ts';
import { createTestApp, registration, type Session, type TestApp } from '../testing/test-app.ts';

const BSN = '111222333';
const REFUSED_BSN = '123456782';
const GIVEN = 'Zoraida';
const SURNAME = 'Vlietstra';
const REFUSED_SURNAME = 'Weigeraarsma';
const PASSWORD = 'correct-horse-battery-staple';

describe('JSON logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  let intaker: Session;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({
      config: { LOG_LEVEL: 'info' },
      logStream: { write: (line) => void lines.push(line) },
    });
    intaker = await t.loginAs('iris.intake');
    token = issueDevToken(t.config.secret, 'kees.klant', t.clock.now());
    // A failed query whose parameters and detail ("Failing row contains (…)") hold a BSN and a name.
    await sql`alter table jobseeker add constraint refuse_one check (surname <> ${sql.lit(REFUSED_SURNAME)}) not valid`.execute(
      t.db,
    );
  });
  afterAll(async () => t.close());

  it('hold no BSN, name, session, CSRF or bearer token or password, on success and error paths', async () => {
    const created = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ bsn: BSN, givenNames: GIVEN, surname: SURNAME }),
    });
    expect(created.statusCode).toBe(201);
    const byBsn = await intaker.request({ method: 'GET', url: `/api/jobseekers?q=${BSN}` });
    expect(byBsn.json().items).toHaveLength(1);
    const byName = await t.app.inject({
      method: 'GET',
      url: `/api/jobseekers?q=${SURNAME}&limit=5`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(byName.statusCode).toBe(200);
    const failed = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: registration({ bsn: REFUSED_BSN, givenNames: GIVEN, surname: REFUSED_SURNAME }),
    });
    expect(failed.statusCode).toBe(500);
    const unknownField = await intaker.request({
      method: 'POST',
      url: '/api/jobseekers',
      payload: { ...registration({ bsn: BSN }), password: PASSWORD },
    });
    expect(unknownField.statusCode).toBe(400);
    const forged = await t.app.inject({
      method: 'GET',
      url: `/api/jobseekers?q=${BSN}`,
      headers: { authorization: `Bearer ${token}x`, cookie: intaker.cookie },
    });
    expect(forged.statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/jobseekers',
      headers: { cookie: intaker.cookie, 'x-csrf-token': `${intaker.csrfToken}x` },
      payload: registration({ bsn: BSN, surname: SURNAME }),
    });
    expect(noCsrf.statusCode).toBe(403);

    const log = lines.join('');
    const secrets = [
      BSN,
      REFUSED_BSN,
      GIVEN,
      SURNAME,
      REFUSED_SURNAME,
      PASSWORD,
      intaker.cookie.split('=')[1] as string,
      intaker.csrfToken,
      token,
      token.split('.')[1] as string,
    ];
    for (const secret of secrets) expect(log).not.toContain(secret);

    // The log is there, and it tells what happened: the 500 at level error, with its trace id.
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const traceOf = (response: { headers: Record<string, unknown> }) =>
      String(response.headers.traceparent).split('-')[1];
    const ofFailure = entries.filter((e) => e.traceId === traceOf(failed));
    expect(ofFailure.some((e) => e.level === 50 && e.msg === 'unhandled error')).toBe(true);
    expect(ofFailure.some((e) => (e.res as { statusCode?: number })?.statusCode === 500)).toBe(true);
    const search = entries.find(
      (e) => e.traceId === traceOf(byBsn) && (e.req as { url?: string } | undefined)?.url,
    );
    expect(search?.req).toMatchObject({
      method: 'GET',
      url: '/api/jobseekers?q=[hidden]',
      route: '/api/jobseekers',
    });
    // Every line of a request carries its W3C trace id, the one echoed in `traceparent`.
    const requestLines = entries.filter((e) => 'req' in e || 'res' in e || 'err' in e);
    expect(requestLines.length).toBeGreaterThanOrEqual(14);
    for (const entry of requestLines) expect(entry.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('/metrics', () => {
  let t: TestApp;
  const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
  beforeAll(async () => {
    t = await createTestApp({ config: { METRICS_TOKEN } });
  });
  afterAll(async () => t.close());

  it('answers 401 without the token, and the figures with it', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain('werkplein_');

    const klantmanager = await t.loginAs('kees.klant');
    const list = await klantmanager.request({ method: 'GET', url: '/api/jobseekers?q=de' });
    const id = list.json().items[0].id as string;
    expect((await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${id}` })).statusCode).toBe(
      200,
    );
    // A job that fails (no handler for its kind) and one due later.
    const now = t.clock.now();
    await t.db
      .insertInto('job')
      .values([
        { kind: 'no-such-kind', payload: '{}', run_at: now, created_at: now },
        { kind: 'no-such-kind', payload: '{}', run_at: new Date(now.getTime() + 3_600_000), created_at: now },
      ])
      .execute();
    await t.app.jobs.runDue();

    const metrics = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(metrics.statusCode).toBe(200);
    const text = metrics.body;
    // Per route pattern, never the URL with its id or search term.
    expect(text).toMatch(
      /werkplein_http_request_duration_seconds_count\{method="GET",route="\/api\/jobseekers\/:id",status_code="200"\} 1/,
    );
    expect(text).not.toContain(id);
    expect(text).not.toContain('q=de');
    expect(text).toMatch(/werkplein_job_failures_total\{kind="no-such-kind"\} 1/);
    expect(text).toMatch(/werkplein_jobs\{state="scheduled"\} 2/); // the failed one waits for its retry
    expect(text).toMatch(/werkplein_jobs\{state="due"\} 0/);
    expect(text).toMatch(/werkplein_db_pool_connections\{state="total"\} \d+/);
  });

  it('is not there for anyone when neither a token nor an address is configured', async () => {
    const closed = await createTestApp({ seed: false });
    try {
      expect((await closed.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await closed.close();
    }
  });

  it('answers a configured address without a token', async () => {
    const open = await createTestApp({ seed: false, config: { METRICS_ALLOW: '10.0.0.9, 127.0.0.1' } });
    try {
      const metrics = await open.app.inject({ method: 'GET', url: '/metrics' });
      expect(metrics.statusCode).toBe(200);
      expect(metrics.body).toContain('werkplein_jobs');
    } finally {
      await open.close();
    }
  });
});
