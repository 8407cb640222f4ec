import { describe, expect, it } from 'vitest';
import type { BackOfficeUnit } from '../../db/schema.ts';
import {
  nextSequence,
  sanctionDecisionRefusal,
  sanctionPossible,
  type SanctionRefusal,
} from './summons.policy.ts';

describe('the first summons carries no sanction', () => {
  it.each([
    [0, 1, false],
    [1, 2, true],
    [2, 3, true],
    [9, 10, true],
  ])(
    'with %i summonses before, the new one is number %i; sanction possible: %s',
    (before, sequence, possible) => {
      expect(nextSequence(before)).toBe(sequence);
      expect(sanctionPossible(nextSequence(before))).toBe(possible);
    },
  );
});

describe('who may decide on a sanction, and when', () => {
  it.each<[string, BackOfficeUnit | null, boolean, boolean, SanctionRefusal]>([
    ['handhaving on a second summons', 'enforcement', true, false, null],
    ['inkomen on a second summons', 'income', true, false, null],
    ['handhaving on a first summons', 'enforcement', false, false, 'first_summons'],
    ['inkomen on a first summons', 'income', false, false, 'first_summons'],
    ['schuldhulp', 'debt_assistance', true, false, 'unit_not_authorised'],
    ['inburgering', 'civic_integration', true, false, 'unit_not_authorised'],
    ['Wsw', 'sheltered_employment', true, false, 'unit_not_authorised'],
    ['someone without a unit', null, true, false, 'unit_not_authorised'],
    ['handhaving when already decided', 'enforcement', true, true, 'already_decided'],
  ])('%s', (_who, unit, possible, alreadyDecided, refusal) => {
    expect(sanctionDecisionRefusal({ unit, sanctionPossible: possible, alreadyDecided })).toBe(refusal);
  });
});
