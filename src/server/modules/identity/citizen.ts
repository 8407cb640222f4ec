import type { AssuranceLevel } from '../../db/schema.ts';

/**
 * A citizen logged in to the portal with DigiD: the jobseeker whose BSN DigiD vouched for, and the
 * assurance level of that login. He reads and changes only his own dossier.
 */
export interface Citizen {
  jobseekerId: string;
  werkpleinId: string;
  assuranceLevel: AssuranceLevel;
  /** Whether the login's level is enough to change things (the configured change level). */
  mayChange: boolean;
}

/** What a citizen may do in the portal; each needs a configured DigiD assurance level. */
export type CitizenAction = 'portal.read' | 'portal.change';

/** The role of a citizen in the processing log: he himself. */
export const CITIZEN_ROLE = 'citizen';

export const assuranceLevels: readonly AssuranceLevel[] = ['basis', 'midden', 'substantieel', 'hoog'];

/** Whether a login at `level` is enough for something that needs `required`. */
export const meetsLevel = (level: AssuranceLevel, required: AssuranceLevel): boolean =>
  assuranceLevels.indexOf(level) >= assuranceLevels.indexOf(required);

/**
 * The assurance level in a DigiD broker's claim: the level's own name, the SAML context classes
 * DigiD uses, or the eIDAS levels; undefined for anything else (the login then fails).
 */
const levelByClaim: Record<string, AssuranceLevel> = {
  basis: 'basis',
  midden: 'midden',
  substantieel: 'substantieel',
  hoog: 'hoog',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport': 'basis',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract': 'midden',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard': 'substantieel',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI': 'hoog',
  'http://eidas.europa.eu/LoA/low': 'basis',
  'http://eidas.europa.eu/LoA/substantial': 'substantieel',
  'http://eidas.europa.eu/LoA/high': 'hoog',
};
export const assuranceLevelOf = (claim: unknown): AssuranceLevel | undefined =>
  typeof claim === 'string' && Object.hasOwn(levelByClaim, claim) ? levelByClaim[claim] : undefined;
