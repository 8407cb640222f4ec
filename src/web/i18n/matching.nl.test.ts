import { describe, expect, it } from 'vitest';
import type { TMatchExplanation } from '../../contracts/matching.ts';
import { matchingNl as t } from './matching.nl.ts';

const match: TMatchExplanation = {
  score: 71,
  criteria: [
    { criterion: 'occupation', status: 'met', points: 30, maxPoints: 30 },
    { criterion: 'requiredSkills', status: 'partial', points: 10, maxPoints: 20, missing: ['Sorteren'] },
    { criterion: 'wishedSkills', status: 'missing', points: 0, maxPoints: 5, missing: ['Heftruck'] },
    { criterion: 'education', status: 'unknown', points: 2.5, maxPoints: 10 },
    { criterion: 'distance', status: 'partial', points: 2.5, maxPoints: 10, value: 24.5 },
    { criterion: 'hours', status: 'met', points: 10, maxPoints: 10, value: 32 },
    { criterion: 'drivingLicence', status: 'missing', points: 0, maxPoints: 5, missing: ['B'] },
    { criterion: 'language', status: 'met', points: 5, maxPoints: 5 },
    { criterion: 'availability', status: 'met', points: 5, maxPoints: 5 },
  ],
  bridges: ['training', 'wageSubsidy', 'trialPlacement'],
};

describe('explaining a match in Dutch', () => {
  it('names what is missing, partly met and unknown, with the bridges, in one line', () => {
    expect(t.matchSummary(match)).toBe(
      'Ontbreekt: gewenste vaardigheden (Heftruck), rijbewijs B; deels: vereiste vaardigheden (Sorteren), reisafstand (24,5 km); onbekend: opleidingsniveau. Overbrugging: scholing, loonkostensubsidie, proefplaatsing.',
    );
    expect(t.matchSummary({ score: 100, criteria: [match.criteria[0]!], bridges: [] })).toBe(
      'Voldoet aan alle criteria.',
    );
  });

  it('says per criterion what was found, in words', () => {
    const [occupation, required, , education, distance, hours, licence] = match.criteria;
    expect(t.criterionDetail(occupation!)).toBe('Wil dit beroep.');
    expect(t.criterionDetail(required!)).toBe('Mist: Sorteren.');
    expect(t.criterionDetail(education!)).toBe('Opleidingsniveau niet bekend.');
    expect(t.criterionDetail(distance!)).toBe('24,5 km, iets verder dan de eigen reisafstand.');
    expect(t.criterionDetail(hours!)).toBe('Wil 32 uur per week.');
    expect(t.criterionDetail(licence!)).toBe('Mist rijbewijs B.');
    expect(
      t.criterionDetail({
        criterion: 'education',
        status: 'partial',
        points: 5,
        maxPoints: 10,
        missing: ['mbo3'],
      }),
    ).toBe('Eén niveau lager dan gevraagd (Mbo niveau 3).');
  });
});

describe("explaining the nomination API's refusals", () => {
  const explain = (
    code: string,
    details: Record<string, unknown> = {},
    fields: { path: string; code: string }[] = [],
  ) => t.explainNominationError({ code, details, fields });

  it('says why a jobseeker cannot be proposed', () => {
    expect(explain('validation_failed', {}, [{ path: 'jobseekerId', code: 'not_activated' }])).toMatch(
      /niet geactiveerd voor werk\. Activeer hem eerst/,
    );
    expect(explain('already_nominated', { status: 'presented' })).toBe(
      'Deze werkzoekende is al voorgedragen voor deze vacature (stand: voorgesteld aan de werkgever).',
    );
    expect(explain('validation_failed', {}, [{ path: 'motivation', code: 'too_small' }])).toBeUndefined();
  });

  it('says why a move on a nomination is not possible', () => {
    expect(explain('nomination_not_possible', { status: 'presented', move: 'present' })).toBe(
      'Deze kandidaat is al voorgesteld aan de werkgever.',
    );
    expect(
      explain('nomination_not_possible', { status: 'proposed', move: 'present', rule: 'not_activated' }),
    ).toMatch(/niet meer geactiveerd/);
    expect(explain('nomination_not_possible', { status: 'withdrawn', move: 'feedback' })).toBe(
      'De voordracht is al afgerond: ingetrokken.',
    );
    expect(explain('nomination_not_possible', { status: 'invited', move: 'feedback' })).toBe(
      'Deze kandidaat is al uitgenodigd voor een gesprek.',
    );
  });

  it('tells a closed, held or filled vacancy apart', () => {
    expect(explain('vacancy_not_open', { status: 'closed' })).toMatch(/gesloten/);
    expect(explain('vacancy_not_open', { status: 'on_hold' })).toMatch(/aangehouden/);
    expect(explain('vacancy_not_open', { status: 'filled' })).toBe(
      'Alle plaatsen van deze vacature zijn al vervuld.',
    );
  });
});
