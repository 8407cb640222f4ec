import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let klantmanager: Session;
let jobseekerId: string;

// A built web app in miniature: the shell and one asset named by its content hash, as Vite builds.
beforeAll(async () => {
  const webDir = mkdtempSync(join(tmpdir(), 'werkplein-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Werkplein</title>');
  writeFileSync(join(webDir, 'assets', 'index-3f9a1c2b.js'), 'console.log(1)');
  writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await createTestApp({ config: { WERKPLEIN_WEB_DIR: webDir } });
  klantmanager = await t.loginAs('kees.klant');
  const intaker = await t.loginAs('iris.intake');
  jobseekerId = (
    await intaker.request({ method: 'POST', url: '/api/jobseekers', payload: registration() })
  ).json().id;
});
afterAll(async () => t.close());

describe('Cache-Control', () => {
  it('keeps no copy of any API answer with personal data, nor of its errors', async () => {
    for (const url of [
      `/api/jobseekers/${jobseekerId}`,
      '/api/jobseekers?q=Amrani',
      `/api/jobseekers/${jobseekerId}/timeline`,
      '/api/session',
      '/api/caseload',
      '/api/no-such-thing',
      '/api/jobseekers?q=',
    ]) {
      const response = await klantmanager.request({ method: 'GET', url });
      expect(response.headers['cache-control'], `${url} ${response.statusCode}`).toBe('no-store');
    }
    const created = await klantmanager.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/notes`,
      payload: { text: 'Belt morgen terug' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it('has the browser check the app shell every time, at every client-side route', async () => {
    for (const url of [
      '/',
      '/werkzoekenden',
      `/werkzoekenden/${jobseekerId}`,
      '/index.html',
      '/favicon.svg',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('lets anyone keep the hashed assets for a year', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/assets/index-3f9a1c2b.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
