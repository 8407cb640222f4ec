import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../app.ts';
import { ManualClock } from '../clock.ts';
import { loadConfig, type Config } from '../config.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle, type Db } from '../db/database.ts';
import { seedDemo } from '../db/seed/demo.ts';
import type { AssuranceLevel } from '../db/schema.ts';
import { startCitizenSession } from '../modules/identity/citizen-session.service.ts';
import { startSession } from '../modules/identity/session.service.ts';
import { CITIZEN_COOKIE, SESSION_COOKIE } from '../plugins/auth.ts';
import type { LogStream } from '../plugins/logging.ts';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new PostgreSQL
 * database next to DATABASE_URL when WERKPLEIN_TEST_ENGINE=postgres.
 */
export const createTestDatabase = async (
  options: { migrate?: boolean } = {},
): Promise<DatabaseHandle & { url?: string }> => {
  const migrate = options.migrate !== false;
  if (process.env.WERKPLEIN_TEST_ENGINE !== 'postgres') {
    const handle = await openDatabase({ dataDir: 'memory://' });
    if (migrate) await migrateToLatest(handle.db);
    return handle;
  }
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('WERKPLEIN_TEST_ENGINE=postgres needs DATABASE_URL');
  const name = `werkplein_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: baseUrl });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  await admin.close();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.href });
  if (migrate) await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.href,
    close: async () => {
      await handle.close();
      const cleanup = await openDatabase({ databaseUrl: baseUrl });
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(cleanup.db);
      await cleanup.close();
    },
  };
};

export const testConfig = (overrides: Partial<NodeJS.ProcessEnv> = {}): Config =>
  loadConfig({
    WERKPLEIN_SECRET: randomBytes(32).toString('hex'),
    WERKPLEIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkplein-test-')),
    WERKPLEIN_DEMO_PASSWORD: 'test-password',
    WERKPLEIN_WEB_DIR: join(tmpdir(), 'werkplein-no-web'),
    PORT: '3999',
    LOG_LEVEL: 'silent',
    ...overrides,
  });

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  clock: ManualClock;
  config: Config;
  /** A logged-in browser session for a (demo) login: cookie header plus CSRF token. */
  loginAs: (login: string) => Promise<Session>;
  /** A citizen's portal session (as after a DigiD login at `level`) for a jobseeker. */
  loginAsCitizen: (jobseekerId: string, level?: AssuranceLevel) => Promise<Session>;
  close: () => Promise<void>;
}

export interface Session {
  login: string;
  cookie: string;
  csrfToken: string;
  /** app.inject with this session's cookie, and its CSRF token on state-changing requests. */
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
}

export const createTestApp = async (
  options: { seed?: boolean; config?: Partial<NodeJS.ProcessEnv>; now?: string; logStream?: LogStream } = {},
): Promise<TestApp> => {
  const database = await createTestDatabase();
  const clock = new ManualClock(options.now ?? '2026-11-23T09:00:00Z');
  if (options.seed !== false) await seedDemo(database.db, { jobseekers: 40, now: clock.now() });
  const config = testConfig(options.config);
  const app = await buildApp({ config, database, clock, logStream: options.logStream });
  await app.ready();
  const db = database.db;
  const session = (login: string, cookie: string, csrfToken: string): Session => ({
    login,
    cookie,
    csrfToken,
    request: (opts) =>
      app.inject({
        ...opts,
        headers: {
          cookie,
          ...(opts.method && opts.method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
          ...opts.headers,
        },
      }),
  });
  return {
    app,
    db,
    clock,
    config,
    async loginAs(login) {
      const employee = await db
        .selectFrom('employee')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirstOrThrow();
      const { token, csrfToken } = await startSession(db, clock, config.session, {
        employeeId: employee.id,
        kind: 'browser',
      });
      return session(login, `${SESSION_COOKIE}=${token}`, csrfToken);
    },
    async loginAsCitizen(jobseekerId, level = 'substantieel') {
      const { token, csrfToken } = await startCitizenSession(
        db,
        clock,
        { ...config.citizenSession, changeLevel: config.digid.changeLevel },
        { jobseekerId, assuranceLevel: level, idToken: null },
      );
      return session(`citizen:${jobseekerId}`, `${CITIZEN_COOKIE}=${token}`, csrfToken);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
};

/** A valid registration body; override what a test is about. */
export const registration = (overrides: Record<string, unknown> = {}) => ({
  werkpleinId: 'westland',
  bsn: '111222333',
  givenNames: 'Fatima',
  surnamePrefix: 'el',
  surname: 'Amrani',
  birthDate: '1990-04-12',
  gender: 'female',
  street: 'Havenstraat',
  houseNumber: '12a',
  postcode: '2671 AB',
  city: 'Naaldwijk',
  phone: '0612345678',
  email: 'fatima@example.nl',
  ...overrides,
});
