import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/database.ts';
import { startServer } from '../server/main.ts';
import { createTestDatabase } from '../server/testing/test-app.ts';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run('node', ['bin/werkplein.mjs', ...args], { env: { ...process.env, ...env }, timeout: 60_000 });

// On the embedded database in a data directory of its own (the CLI's default), or on a fresh
// PostgreSQL database when the suite runs on PostgreSQL.
describe('the werkplein command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplein-cli-'));
  const env = { WERKPLEIN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  let postgres: (DatabaseHandle & { url?: string }) | undefined;
  beforeAll(async () => {
    if (process.env.WERKPLEIN_TEST_ENGINE !== 'postgres') return;
    postgres = await createTestDatabase(); // migrated already: `migrate` must then report it is current
    env.DATABASE_URL = postgres.url ?? '';
  });
  afterAll(async () => postgres?.close());

  it('migrates, seeds the demo and prints a bearer token the API accepts', async () => {
    if (!postgres) expect((await cli(['migrate'], env)).stdout).toMatch(/Applied: .*foundation/);
    expect((await cli(['migrate'], env)).stdout).toContain('Database is up to date.');
    expect((await cli(['seed', '--size', 'demo'], env)).stdout).toMatch(
      /Seeded the demo: \d+ new jobseekers/,
    );
    const token = (await cli(['token', '--user', 'kees.klant'], env)).stdout.trim();
    expect(token).toMatch(/^wpdev\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);

    // The data and the token survive into a server started on the same directory.
    const server = await startServer(loadConfig({ ...env, PORT: '0', WERKPLEIN_WEB_DIR: dataDir }), {
      quiet: true,
    });
    try {
      const session = await fetch(`${server.url}/api/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect((await session.json()).employee.login).toBe('kees.klant');
      const search = await fetch(`${server.url}/api/jobseekers?q=de`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect((await search.json()).items.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
    // Four real processes (migrate twice, seed, token) and a server: more than the default 30 s on a
    // loaded two-core machine.
  }, 120_000);

  it('refuses to print a token in production mode', async () => {
    const result = cli(['token', '--user', 'kees.klant'], { ...env, WERKPLEIN_MODE: 'production' });
    await expect(result).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('refused in production'),
    });
  });

  it('prints a token for an unknown login that the API then refuses', async () => {
    const token = (await cli(['token', '--user', 'nobody'], env)).stdout.trim();
    const server = await startServer(loadConfig({ ...env, PORT: '0', WERKPLEIN_WEB_DIR: dataDir }), {
      quiet: true,
    });
    try {
      const session = await fetch(`${server.url}/api/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(session.status).toBe(401);
      const forged = await fetch(`${server.url}/api/session`, {
        headers: { authorization: `Bearer ${token.slice(0, -2)}xx` },
      });
      expect(forged.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
