import { describe, expect, it } from 'vitest';
import { benefitTypes } from '../../../contracts/intake.ts';
import { fundingPartnerFor, periodProblem, planBenefitChange, type Period } from './benefit.policy.ts';

const partners = [
  { id: 'gemeente-westland', kind: 'municipality' as const },
  { id: 'uwv', kind: 'uwv' as const },
  { id: 'patijnenburg', kind: 'sheltered_employment' as const },
];

describe('fundingPartnerFor', () => {
  it.each([
    ['WW', 'uwv'],
    ['WIA', 'uwv'],
    ['WAO', 'uwv'],
    ['Wajong', 'uwv'],
    ['WWB', 'gemeente-westland'],
    ['IOAW', 'gemeente-westland'],
    ['Bbz', 'gemeente-westland'],
    ['ANW', 'gemeente-westland'],
    ['geen', 'gemeente-westland'],
  ] as const)('%s is paid by %s', (benefit, partner) => {
    expect(fundingPartnerFor(benefit, partners)?.id).toBe(partner);
  });

  it('covers every benefit code', () => {
    for (const benefit of benefitTypes) expect(fundingPartnerFor(benefit, partners)).toBeDefined();
  });

  it('follows a change WW → WWB: UWV before, the municipality from the change on', () => {
    const plan = planBenefitChange(
      [{ id: 'p1', benefitType: 'WW', startDate: '2026-01-01', endDate: null }],
      {
        benefitType: 'WWB',
        startDate: '2026-03-01',
      },
    );
    if (typeof plan === 'string') throw new Error(plan);
    expect(plan.end).toEqual([{ id: 'p1', endDate: '2026-02-28' }]);
    const periods: Period[] = [
      { benefitType: 'WW', startDate: '2026-01-01', endDate: '2026-02-28' },
      plan.start,
    ];
    const on = (day: string) =>
      periods.find((p) => p.startDate <= day && (p.endDate === null || day <= p.endDate))?.benefitType ??
      null;
    expect(fundingPartnerFor(on('2026-02-28'), partners)?.id).toBe('uwv');
    expect(fundingPartnerFor(on('2026-03-01'), partners)?.id).toBe('gemeente-westland');
  });

  it('answers undefined when the Werkplein has no such partner', () => {
    expect(fundingPartnerFor('WW', [partners[0]!])).toBeUndefined();
  });
});

describe('benefit periods', () => {
  const ww: Period = { id: 'a', benefitType: 'WW', startDate: '2026-01-01', endDate: '2026-03-31' };
  it.each([
    [{ benefitType: 'WW', startDate: '2026-03-31', endDate: null }, 'benefit_overlap'],
    [{ benefitType: 'WW', startDate: '2025-12-01', endDate: '2026-01-01' }, 'benefit_overlap'],
    [{ benefitType: 'WW', startDate: '2026-04-01', endDate: null }, null],
    [{ benefitType: 'WWB', startDate: '2026-02-01', endDate: null }, null],
    [{ benefitType: 'WWB', startDate: '2026-02-01', endDate: '2026-01-31' }, 'date_order'],
  ] as const)('%o → %s', (candidate, problem) => {
    expect(periodProblem(candidate, [ww])).toBe(problem);
  });

  it("refuses a change that starts on the running benefit's first day", () => {
    expect(
      planBenefitChange([{ id: 'a', benefitType: 'WW', startDate: '2026-03-01', endDate: null }], {
        benefitType: 'WWB',
        startDate: '2026-03-01',
      }),
    ).toBe('date_order');
  });
});
