import type { BackOfficeUnit } from '../../db/schema.ts';

/**
 * Summons rules (DOMAIN.md, "Intake"): broken agreements lead to an oproep; the first summons of a
 * jobseeker carries no sanction, later ones may lead to a sanction decision by the authorised unit
 * — handhaving or inkomen — while the summons is referred to it.
 */

/** The sequence number of a new summons, from the number issued before. */
export const nextSequence = (issuedBefore: number): number => issuedBefore + 1;

/** Only a summons after the first may lead to a sanction. */
export const sanctionPossible = (sequence: number): boolean => sequence > 1;

export const sanctionUnits: readonly BackOfficeUnit[] = ['enforcement', 'income'];

export type SanctionRefusal = 'unit_not_authorised' | 'first_summons' | 'already_decided' | null;

/** Why a unit may not (now) decide on a summons, or null when it may. */
export const sanctionDecisionRefusal = (input: {
  unit: BackOfficeUnit | null;
  sanctionPossible: boolean;
  alreadyDecided: boolean;
}): SanctionRefusal => {
  if (input.unit === null || !sanctionUnits.includes(input.unit)) return 'unit_not_authorised';
  if (!input.sanctionPossible) return 'first_summons';
  if (input.alreadyDecided) return 'already_decided';
  return null;
};
