import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import type { Role } from '../../db/schema.ts';
import { decide, type Action, type ScopedResource } from './authorization.policy.ts';

export interface Attempt {
  action: string;
  werkpleinId: string | null;
  object?: { type: string; id: string | null };
}

const deniedMessages = {
  forbidden: 'Not allowed for your role',
  not_found: 'Not found',
  own_access_change: 'Nobody may change his own roles, Werkpleinen or account; ask another beheerder',
} as const;

/**
 * A refused attempt. It is logged by the API's onError hook once the request's transaction has
 * rolled back (see plugins/auth.ts), so every route's denials reach the audit log the same way.
 */
export class AccessDenied extends DomainError {
  constructor(
    code: 'forbidden' | 'not_found' | 'own_access_change',
    readonly attempt: Attempt,
  ) {
    super(code, deniedMessages[code]);
  }
}

/**
 * Checks the policy: `forbidden` when the role may never do this, `not_found` when the object lies
 * outside the actor's scope (so ids of other Werkpleinen cannot be probed).
 */
export const authorize = (
  ctx: Ctx,
  action: Action,
  resource?: ScopedResource & { object?: { type: string; id: string } },
): Role => {
  const decision = decide(ctx.actor, action, resource);
  if (decision.outcome === 'allowed') return decision.role;
  throw new AccessDenied(decision.outcome, {
    action,
    werkpleinId: resource?.werkpleinId ?? null,
    object: resource?.object,
  });
};

/** Refuses access to a Werkplein the actor does not belong to, as not found. */
export const assertWerkplein = (ctx: Ctx, action: Action, werkpleinId: string): void => {
  if (!ctx.actor.werkpleinIds.includes(werkpleinId))
    throw new AccessDenied('not_found', { action, werkpleinId });
};
