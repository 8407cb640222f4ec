import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AssuranceLevel } from './db/schema.ts';

export type Mode = 'development' | 'production';

/** At most `max` counted requests per `windowMs` for one key (an account or an address). */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** The rate limits and the variables that set them (`max/window`, e.g. `10/15min`; `0` turns one off). */
export const rateLimitVariables = {
  /** Failed logins at the embedded identity provider, per login name (known or not). */
  loginPerAccount: ['RATE_LIMIT_LOGIN_PER_ACCOUNT', '10/15min'],
  /** Failed logins at the embedded identity provider, per address. */
  loginPerAddress: ['RATE_LIMIT_LOGIN_PER_ADDRESS', '30/15min'],
  /** Every request that starts or finishes a login (/auth/login, /auth/callback, the login form), per address. */
  authPerAddress: ['RATE_LIMIT_AUTH_PER_ADDRESS', '60/1min'],
  /** Requests with an unknown, expired or forged bearer token, per address. */
  tokenPerAddress: ['RATE_LIMIT_TOKEN_PER_ADDRESS', '20/15min'],
  /** Requests with a bearer token (`werkplein token`, API tokens), per account. */
  tokenPerAccount: ['RATE_LIMIT_TOKEN_PER_ACCOUNT', '6000/1min'],
  /** Searches (jobseekers, employers, the processing log), per account. */
  searchPerAccount: ['RATE_LIMIT_SEARCH_PER_ACCOUNT', '120/1min'],
  /** Searches, per address. */
  searchPerAddress: ['RATE_LIMIT_SEARCH_PER_ADDRESS', '600/1min'],
  /** Every request that starts or finishes a citizen's DigiD login (the portal), per address. */
  citizenAuthPerAddress: ['RATE_LIMIT_CITIZEN_AUTH_PER_ADDRESS', '30/1min'],
  /** Changes a citizen makes in the portal (agreements, contact data), per citizen. */
  citizenChangePerAccount: ['RATE_LIMIT_CITIZEN_CHANGE_PER_ACCOUNT', '30/15min'],
} as const;
export type RateLimitName = keyof typeof rateLimitVariables;
export type RateLimits = Record<RateLimitName, RateLimit | null>;

const WINDOW_UNITS: Record<string, number> = { s: 1000, min: 60_000, h: 3_600_000 };

const rateLimit = (value: string, name: string): RateLimit | null => {
  if (value.trim() === '0') return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*(s|min|h)\s*$/.exec(value);
  const max = Number(match?.[1]);
  const windowMs = Number(match?.[2]) * (WINDOW_UNITS[match?.[3] ?? ''] ?? NaN);
  if (!match || max <= 0 || !(windowMs > 0))
    throw new ConfigError(`${name} must look like 10/15min (requests per s, min or h) or 0, got "${value}"`);
  return { max, windowMs };
};

const rateLimitsOf = (env: NodeJS.ProcessEnv): RateLimits => {
  // Off only on purpose: benchmarks drive the API from one address with a few accounts.
  const off = env.WERKPLEIN_RATE_LIMITS === 'off';
  return Object.fromEntries(
    Object.entries(rateLimitVariables).map(([key, [name, fallback]]) => [
      key,
      off ? null : rateLimit(env[name] || fallback, name),
    ]),
  ) as RateLimits;
};

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  /** The owner role's connection, for migrations (defaults to DATABASE_URL in development). */
  databaseMigrationUrl: string | undefined;
  dataDir: string;
  /** HMAC key for pseudonymising data subjects in the processing log, and for signing cookies. */
  secret: string;
  oidc: {
    /** When undefined the embedded test identity provider is mounted at /idp. */
    issuer: string | undefined;
    clientId: string;
    clientSecret: string;
    requireMfa: boolean;
  };
  session: { idleMinutes: number; absoluteMinutes: number };
  /**
   * DigiD for the jobseeker portal, through the organisation's DigiD broker (OpenID Connect). When
   * `issuer` is undefined in development, the embedded test identity provider plays DigiD.
   */
  digid: {
    issuer: string | undefined;
    clientId: string;
    clientSecret: string;
    /** The ID-token claim that carries the BSN, and the one that carries the assurance level. */
    bsnClaim: string;
    levelClaim: string;
    /** The DigiD level needed to read one's dossier, and to change anything in it. */
    readLevel: AssuranceLevel;
    changeLevel: AssuranceLevel;
  };
  /** Citizen sessions: separate from staff sessions, shorter (DigiD's own idle time is 15 minutes). */
  citizenSession: { idleMinutes: number; absoluteMinutes: number };
  /** Password of the demo accounts of the embedded identity provider. */
  demoPassword: string;
  webDir: string;
  /** How often each process looks for due jobs (src/server/jobs). */
  jobPollMs: number;
  rateLimits: RateLimits;
  /** pino's level for the JSON logs on standard output (`LOG_LEVEL`, default info; `silent` turns them off). */
  logLevel: string;
  /** Who may read /metrics: a bearer token (`METRICS_TOKEN`) and/or addresses (`METRICS_ALLOW`). */
  metrics: { token: string | undefined; allow: readonly string[] };
  /** A shared store for the rate limits of several server processes; in memory per process without. */
  redisUrl: string | undefined;
}

export class ConfigError extends Error {}

const LEVELS: readonly AssuranceLevel[] = ['basis', 'midden', 'substantieel', 'hoog'];
const level = (value: string | undefined, fallback: AssuranceLevel, name: string): AssuranceLevel => {
  if (value === undefined || value === '') return fallback;
  if (!(LEVELS as readonly string[]).includes(value))
    throw new ConfigError(`${name} must be one of ${LEVELS.join(', ')}, got "${value}"`);
  return value as AssuranceLevel;
};

const int = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive integer, got "${value}"`);
  return n;
};

/**
 * Secrets that the embedded (development) mode generates once and keeps in the data directory,
 * so they survive a restart but never live in the repository.
 */
const localSecrets = (dataDir: string): { secret: string; demoPassword: string } => {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as { secret: string; demoPassword: string };
  const secrets = {
    secret: randomBytes(32).toString('base64url'),
    demoPassword: `demo-${randomBytes(4).toString('hex')}`,
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const logLevelOf = (value: string | undefined): string => {
  if (!value) return 'info';
  if (!LOG_LEVELS.includes(value)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return value;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const mode: Mode = env.WERKPLEIN_MODE === 'production' ? 'production' : 'development';
  const port = env.PORT === '0' ? 0 : int(env.PORT, 3000, 'PORT');
  const dataDir = resolve(env.WERKPLEIN_DATA_DIR ?? './data');
  const host = env.HOST ?? (mode === 'production' ? '0.0.0.0' : 'localhost');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');

  if (mode === 'production') {
    const missing = [
      'DATABASE_URL',
      'DATABASE_MIGRATION_URL',
      'WERKPLEIN_SECRET',
      'OIDC_ISSUER',
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'PUBLIC_URL',
    ].filter((name) => !env[name]);
    if (missing.length > 0) throw new ConfigError(`production mode needs ${missing.join(', ')}`);
    const digidMissing = env.DIGID_OIDC_ISSUER
      ? ['DIGID_OIDC_CLIENT_ID', 'DIGID_OIDC_CLIENT_SECRET'].filter((name) => !env[name])
      : [];
    if (digidMissing.length > 0) throw new ConfigError(`DIGID_OIDC_ISSUER needs ${digidMissing.join(', ')}`);
  }
  const readLevel = level(env.DIGID_READ_LEVEL, 'basis', 'DIGID_READ_LEVEL');
  const changeLevel = level(env.DIGID_CHANGE_LEVEL, 'substantieel', 'DIGID_CHANGE_LEVEL');
  if (LEVELS.indexOf(changeLevel) < LEVELS.indexOf(readLevel))
    throw new ConfigError('DIGID_CHANGE_LEVEL may not be lower than DIGID_READ_LEVEL');
  const local = mode === 'development' && !env.WERKPLEIN_SECRET ? localSecrets(dataDir) : undefined;
  const secret = env.WERKPLEIN_SECRET ?? local?.secret ?? '';
  if (secret.length < 32) throw new ConfigError('WERKPLEIN_SECRET must be at least 32 characters');

  return {
    mode,
    port,
    host,
    publicUrl,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseMigrationUrl:
      env.DATABASE_MIGRATION_URL || (mode === 'development' ? env.DATABASE_URL || undefined : undefined),
    dataDir,
    secret,
    oidc: {
      issuer: env.OIDC_ISSUER || undefined,
      clientId: env.OIDC_CLIENT_ID ?? 'werkplein',
      clientSecret: env.OIDC_CLIENT_SECRET ?? randomBytes(24).toString('base64url'),
      requireMfa: env.OIDC_REQUIRE_MFA === 'true',
    },
    session: {
      idleMinutes: int(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES'),
      absoluteMinutes: int(env.SESSION_ABSOLUTE_MINUTES, 600, 'SESSION_ABSOLUTE_MINUTES'),
    },
    digid: {
      issuer: env.DIGID_OIDC_ISSUER || undefined,
      clientId: env.DIGID_OIDC_CLIENT_ID ?? 'werkplein-mijn',
      clientSecret: env.DIGID_OIDC_CLIENT_SECRET ?? randomBytes(24).toString('base64url'),
      bsnClaim: env.DIGID_BSN_CLAIM || 'bsn',
      levelClaim: env.DIGID_LEVEL_CLAIM || 'acr',
      readLevel,
      changeLevel,
    },
    citizenSession: {
      idleMinutes: int(env.CITIZEN_SESSION_IDLE_MINUTES, 15, 'CITIZEN_SESSION_IDLE_MINUTES'),
      absoluteMinutes: int(env.CITIZEN_SESSION_ABSOLUTE_MINUTES, 120, 'CITIZEN_SESSION_ABSOLUTE_MINUTES'),
    },
    demoPassword: env.WERKPLEIN_DEMO_PASSWORD ?? local?.demoPassword ?? '',
    webDir: resolve(env.WERKPLEIN_WEB_DIR ?? './dist/web'),
    jobPollMs: int(env.WERKPLEIN_JOB_POLL_MS, 30_000, 'WERKPLEIN_JOB_POLL_MS'),
    rateLimits: rateLimitsOf(env),
    redisUrl: env.REDIS_URL || undefined,
    logLevel: logLevelOf(env.LOG_LEVEL),
    metrics: {
      token: env.METRICS_TOKEN || undefined,
      allow: (env.METRICS_ALLOW ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    },
  };
};
