import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { identityRepository } from './identity.repository.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteMinutes: number;
}

export const MINUTE = 60_000;
/** Write last_seen_at at most this often, so reads do not turn into writes on every request. */
export const TOUCH_INTERVAL_MS = MINUTE;
const BEARER_MINUTES = 15;

export const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface ResolvedSession {
  actor: Actor;
  kind: 'browser' | 'bearer';
  csrfToken: string;
  idToken: string | null;
  idleExpiresAt: Date;
  tokenHash: string;
}

/** Starts a new session (a fresh id at every login, so a planted id is worthless). */
export const startSession = async (
  db: Db,
  clock: Clock,
  policy: SessionPolicy,
  input: { employeeId: string; kind: 'browser' | 'bearer'; idToken?: string | null },
): Promise<{ token: string; expiresAt: Date; csrfToken: string }> => {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  const minutes = input.kind === 'bearer' ? BEARER_MINUTES : policy.absoluteMinutes;
  const expiresAt = new Date(now.getTime() + minutes * MINUTE);
  await identityRepository.insertSession(db, {
    id_hash: hashOf(token),
    kind: input.kind,
    employee_id: input.employeeId,
    csrf_token: csrfToken,
    id_token: input.idToken ?? null,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  });
  return { token, expiresAt, csrfToken };
};

/**
 * Looks up a session token: `unauthenticated` when unknown, `session_expired` when past its idle
 * or absolute timeout (and then removed).
 */
export const resolveSession = async (
  db: Db,
  clock: Clock,
  policy: SessionPolicy,
  token: string,
  expectedKind: 'browser' | 'bearer',
): Promise<ResolvedSession> => {
  const tokenHash = hashOf(token);
  const session = await identityRepository.findSessionWithActor(db, tokenHash);
  if (!session || session.kind !== expectedKind) throw new DomainError('unauthenticated', 'Not logged in');
  const now = clock.now();
  const idleLimit = expectedKind === 'bearer' ? BEARER_MINUTES : policy.idleMinutes;
  const idleExpiresAt = new Date(session.last_seen_at.getTime() + idleLimit * MINUTE);
  if (now >= session.expires_at || now >= idleExpiresAt) {
    await identityRepository.deleteSession(db, tokenHash);
    throw new DomainError('session_expired', 'Session expired');
  }
  const actor = session.actor;
  if (!actor) {
    await identityRepository.deleteSession(db, tokenHash);
    throw new DomainError('unauthenticated', 'Account no longer active');
  }
  let lastSeen = session.last_seen_at;
  if (now.getTime() - lastSeen.getTime() > TOUCH_INTERVAL_MS) {
    await identityRepository.touchSession(db, tokenHash, now);
    lastSeen = now;
  }
  return {
    actor,
    kind: session.kind,
    csrfToken: session.csrf_token,
    idToken: session.id_token,
    idleExpiresAt: new Date(Math.min(lastSeen.getTime() + idleLimit * MINUTE, session.expires_at.getTime())),
    tokenHash,
  };
};

export const endSession = async (db: Db, tokenHash: string): Promise<void> => {
  await identityRepository.deleteSession(db, tokenHash);
};

export const endSessionByToken = async (db: Db, token: string): Promise<void> => {
  await identityRepository.deleteSession(db, hashOf(token));
};

export const csrfTokenMatches = (expected: string, given: string | undefined): boolean => {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** A short-lived API bearer token for a (demo) user, for scripts and benchmarks. */
export const issueBearerToken = async (db: Db, clock: Clock, login: string) => {
  const actor = await identityRepository.findActorByLogin(db, login);
  if (!actor) throw new DomainError('not_found', `No active employee with login ${login}`);
  return startSession(
    db,
    clock,
    { idleMinutes: BEARER_MINUTES, absoluteMinutes: BEARER_MINUTES },
    {
      employeeId: actor.employeeId,
      kind: 'bearer',
    },
  );
};

const DEV_TOKEN_PREFIX = 'wpdev.';
const devMac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`werkplein-dev-token:${payload}`).digest('base64url');

/**
 * A signed, short-lived bearer token for a (demo) user in development mode. It needs no database,
 * so the CLI can print one while the server holds the embedded database; the server checks the
 * signature with its secret and the login when the token is used. Production refuses them.
 */
export const issueDevToken = (secret: string, login: string, now: Date): string => {
  const payload = Buffer.from(
    JSON.stringify({ login, exp: now.getTime() + BEARER_MINUTES * MINUTE }),
  ).toString('base64url');
  return `${DEV_TOKEN_PREFIX}${payload}.${devMac(secret, payload)}`;
};

export const isDevToken = (token: string): boolean => token.startsWith(DEV_TOKEN_PREFIX);

/** The login in a valid dev token; `expired` past its time; undefined when forged or malformed. */
export const verifyDevToken = (
  secret: string,
  token: string,
  now: Date,
): { login: string } | 'expired' | undefined => {
  const [payload, mac] = token.slice(DEV_TOKEN_PREFIX.length).split('.');
  if (!payload || !mac) return undefined;
  const expected = Buffer.from(devMac(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const { login, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      login: unknown;
      exp: unknown;
    };
    if (typeof login !== 'string' || typeof exp !== 'number') return undefined;
    return now.getTime() >= exp ? 'expired' : { login };
  } catch {
    return undefined;
  }
};
