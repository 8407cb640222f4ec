import { describe, expect, it } from 'vitest';
import { benefitOn, endDateOf, fundingPartnerKind, type BenefitPeriod } from './funding.policy.ts';

describe('who pays for a trajectory', () => {
  it.each([
    ['uwv', 'WWB', 'uwv'],
    ['municipality', 'WW', 'municipality'],
    ['sheltered_employment', null, 'sheltered_employment'],
    ['by_benefit', 'WW', 'uwv'],
    ['by_benefit', 'WIA', 'uwv'],
    ['by_benefit', 'WAO', 'uwv'],
    ['by_benefit', 'Wajong', 'uwv'],
    ['by_benefit', 'WWB', 'municipality'],
    ['by_benefit', 'IOAW', 'municipality'],
    ['by_benefit', null, 'municipality'], // a nugger: no benefit, the municipality's budget
  ] as const)('rule %s with benefit %s → %s', (rule, benefit, expected) => {
    expect(fundingPartnerKind(rule, benefit)).toBe(expected);
  });

  it('follows the benefit on the start date when WW turns into WWB on the same case', () => {
    const periods: BenefitPeriod[] = [
      { benefitType: 'WW', startDate: '2026-01-01', endDate: '2026-06-30' },
      { benefitType: 'WWB', startDate: '2026-07-01', endDate: null },
    ];
    expect(fundingPartnerKind('by_benefit', benefitOn(periods, '2026-06-15'))).toBe('uwv');
    expect(fundingPartnerKind('by_benefit', benefitOn(periods, '2026-06-30'))).toBe('uwv');
    expect(fundingPartnerKind('by_benefit', benefitOn(periods, '2026-07-01'))).toBe('municipality');
    expect(benefitOn(periods, '2025-12-31')).toBeNull();
  });

  it('computes the last day of a trajectory in whole weeks', () => {
    expect(endDateOf('2026-11-23', 1)).toBe('2026-11-29');
    expect(endDateOf('2026-12-28', 2)).toBe('2027-01-10');
  });
});
