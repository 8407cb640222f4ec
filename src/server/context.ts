import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import type { Actor } from './modules/identity/actor.ts';
import type { Trace } from './trace.ts';

/** Everything a service needs to act on behalf of someone; free of Fastify types. */
export interface Ctx {
  db: Db;
  clock: Clock;
  actor: Actor;
  trace: Trace;
  /** Client address, for the audit record. */
  origin: string | null;
  /** Key for pseudonymising data subjects in the processing log. */
  pseudonymKey: string;
}
