import { describe, expect, it } from 'vitest';
import { addMonths, diagnosisTargets } from './action-plan.policy.ts';

describe('addMonths', () => {
  it.each([
    ['2026-11-23', 3, '2027-02-23'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-15', 12, '2027-12-15'],
    ['2026-03-31', 0, '2026-03-31'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('diagnosisTargets', () => {
  it('gives a self-reliant jobseeker 3 months of digital service, and everyone the 6- and 12-month aims', () => {
    expect(diagnosisTargets('2026-11-23', true)).toEqual({
      digitalServiceUntil: '2027-02-23',
      placementTargetDate: '2027-05-23',
      workOfferTargetDate: '2027-11-23',
    });
    expect(diagnosisTargets('2026-11-23', false).digitalServiceUntil).toBeNull();
  });
});
