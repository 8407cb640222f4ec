import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Mode = 'development' | 'production';

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
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
  /** Password of the demo accounts of the embedded identity provider. */
  demoPassword: string;
  webDir: string;
  /** How often each process looks for due jobs (src/server/jobs). */
  jobPollMs: number;
}

export class ConfigError extends Error {}

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

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const mode: Mode = env.WERKPLEIN_MODE === 'production' ? 'production' : 'development';
  const port = env.PORT === '0' ? 0 : int(env.PORT, 3000, 'PORT');
  const dataDir = resolve(env.WERKPLEIN_DATA_DIR ?? './data');
  const host = env.HOST ?? (mode === 'production' ? '0.0.0.0' : 'localhost');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');

  if (mode === 'production') {
    const missing = [
      'DATABASE_URL',
      'WERKPLEIN_SECRET',
      'OIDC_ISSUER',
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'PUBLIC_URL',
    ].filter((name) => !env[name]);
    if (missing.length > 0) throw new ConfigError(`production mode needs ${missing.join(', ')}`);
  }
  const local = mode === 'development' && !env.WERKPLEIN_SECRET ? localSecrets(dataDir) : undefined;
  const secret = env.WERKPLEIN_SECRET ?? local?.secret ?? '';
  if (secret.length < 32) throw new ConfigError('WERKPLEIN_SECRET must be at least 32 characters');

  return {
    mode,
    port,
    host,
    publicUrl,
    databaseUrl: env.DATABASE_URL || undefined,
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
    demoPassword: env.WERKPLEIN_DEMO_PASSWORD ?? local?.demoPassword ?? '',
    webDir: resolve(env.WERKPLEIN_WEB_DIR ?? './dist/web'),
    jobPollMs: int(env.WERKPLEIN_JOB_POLL_MS, 30_000, 'WERKPLEIN_JOB_POLL_MS'),
  };
};
