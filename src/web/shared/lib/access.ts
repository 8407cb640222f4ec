/**
 * What the screens offer: the server tells each session which actions its roles allow
 * (`capabilities`, from src/server/modules/identity/authorization.policy.ts), so links to pages a
 * role cannot use stay out of sight. The server still checks every request.
 */
import type { TCapability, TSessionResponse } from '../../../contracts/identity.ts';

export type Capability = TCapability;

export const can = (session: Pick<TSessionResponse, 'capabilities'>, capability: Capability): boolean =>
  session.capabilities.includes(capability);
