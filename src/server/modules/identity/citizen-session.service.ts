import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { AssuranceLevel } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { meetsLevel, type Citizen } from './citizen.ts';
import { hashOf, MINUTE, TOUCH_INTERVAL_MS, type SessionPolicy } from './session.service.ts';

/**
 * Citizen sessions (the portal, DigiD): rows of their own table, with their own cookie and their
 * own timeouts, so nothing a citizen holds opens a staff route and the other way round.
 */
export interface CitizenSessionPolicy extends SessionPolicy {
  /** The DigiD level needed to change anything; a lower login only reads. */
  changeLevel: AssuranceLevel;
}

export interface ResolvedCitizenSession {
  citizen: Citizen;
  csrfToken: string;
  idToken: string | null;
  idleExpiresAt: Date;
  tokenHash: string;
}

/** The jobseeker a BSN belongs to (the most recently changed dossier when several Werkpleinen know him). */
export const findJobseekerByBsn = (db: Db, bsn: string) =>
  db
    .selectFrom('jobseeker')
    .select(['id', 'werkplein_id'])
    .where('bsn', '=', bsn)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();

export const startCitizenSession = async (
  db: Db,
  clock: Clock,
  policy: CitizenSessionPolicy,
  input: { jobseekerId: string; assuranceLevel: AssuranceLevel; idToken: string | null },
): Promise<{ token: string; expiresAt: Date; csrfToken: string }> => {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + policy.absoluteMinutes * MINUTE);
  await db
    .insertInto('citizen_session')
    .values({
      id_hash: hashOf(token),
      jobseeker_id: input.jobseekerId,
      assurance_level: input.assuranceLevel,
      csrf_token: csrfToken,
      id_token: input.idToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt, csrfToken };
};

/** `unauthenticated` when unknown, `session_expired` past its idle or absolute timeout (then removed). */
export const resolveCitizenSession = async (
  db: Db,
  clock: Clock,
  policy: CitizenSessionPolicy,
  token: string,
): Promise<ResolvedCitizenSession> => {
  const tokenHash = hashOf(token);
  const session = await db
    .selectFrom('citizen_session as s')
    .innerJoin('jobseeker as j', 'j.id', 's.jobseeker_id')
    .select([
      's.jobseeker_id',
      'j.werkplein_id',
      's.assurance_level',
      's.csrf_token',
      's.id_token',
      's.last_seen_at',
      's.expires_at',
    ])
    .where('s.id_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!session) throw new DomainError('unauthenticated', 'Not logged in');
  const now = clock.now();
  const idleExpiresAt = new Date(session.last_seen_at.getTime() + policy.idleMinutes * MINUTE);
  if (now >= session.expires_at || now >= idleExpiresAt) {
    await endCitizenSession(db, tokenHash);
    throw new DomainError('session_expired', 'Session expired');
  }
  let lastSeen = session.last_seen_at;
  if (now.getTime() - lastSeen.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('citizen_session')
      .set({ last_seen_at: now })
      .where('id_hash', '=', tokenHash)
      .execute();
    lastSeen = now;
  }
  return {
    citizen: {
      jobseekerId: session.jobseeker_id,
      werkpleinId: session.werkplein_id,
      assuranceLevel: session.assurance_level,
      mayChange: meetsLevel(session.assurance_level, policy.changeLevel),
    },
    csrfToken: session.csrf_token,
    idToken: session.id_token,
    idleExpiresAt: new Date(
      Math.min(lastSeen.getTime() + policy.idleMinutes * MINUTE, session.expires_at.getTime()),
    ),
    tokenHash,
  };
};

export const endCitizenSession = async (db: Db, tokenHash: string): Promise<void> => {
  await db.deleteFrom('citizen_session').where('id_hash', '=', tokenHash).execute();
};

export const endCitizenSessionByToken = (db: Db, token: string): Promise<void> =>
  endCitizenSession(db, hashOf(token));
