import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import type { Actor } from './modules/identity/actor.ts';
import type { Citizen } from './modules/identity/citizen.ts';
import type { Trace } from './trace.ts';

/** What every service call carries, whoever acts. */
export interface BaseCtx {
  db: Db;
  clock: Clock;
  trace: Trace;
  /** Client address, for the audit record. */
  origin: string | null;
  /** Key for pseudonymising data subjects in the processing log. */
  pseudonymKey: string;
}

/** Everything a service needs to act on behalf of an employee; free of Fastify types. */
export interface Ctx extends BaseCtx {
  actor: Actor;
}

/** A citizen acting on his own dossier in the portal (Mijn Werkplein), logged in with DigiD. */
export interface CitizenCtx extends BaseCtx {
  citizen: Citizen;
}

/** Whoever acts: an employee, or a citizen in the portal. */
export type AnyCtx = Ctx | CitizenCtx;

export const isCitizenCtx = (ctx: AnyCtx): ctx is CitizenCtx => 'citizen' in ctx;

/** Who acted, for the audit record and the case event: an employee (and his partner) or a citizen. */
export const actingParty = (
  ctx: AnyCtx,
): { employeeId: string | null; partnerId: string | null; jobseekerId: string | null } =>
  isCitizenCtx(ctx)
    ? { employeeId: null, partnerId: null, jobseekerId: ctx.citizen.jobseekerId }
    : { employeeId: ctx.actor.employeeId, partnerId: ctx.actor.partnerId, jobseekerId: null };
