import type { TBenefitType } from '../../../contracts/intake.ts';
import type { FundingRule, PartnerKind } from '../../db/schema.ts';
import { partnerKindFor } from '../jobseeker-case/benefit.policy.ts';

/**
 * Which kind of partner pays for a trajectory: fixed by the instrument, or — for instruments
 * financed "by benefit" — decided by the jobseeker's benefit on the start date, whoever delivers.
 */
export const fundingPartnerKind = (rule: FundingRule, benefitTypeOnStart: string | null): PartnerKind => {
  switch (rule) {
    case 'uwv':
      return 'uwv';
    case 'municipality':
      return 'municipality';
    case 'sheltered_employment':
      return 'sheltered_employment';
    case 'by_benefit':
      return partnerKindFor(benefitTypeOnStart as TBenefitType | null);
  }
};

export interface BenefitPeriod {
  benefitType: string;
  startDate: string;
  endDate: string | null;
}

/** The benefit running on a day (YYYY-MM-DD); the latest started wins if periods touch. */
export const benefitOn = (periods: readonly BenefitPeriod[], day: string): string | null =>
  [...periods]
    .filter((p) => p.startDate <= day && (p.endDate === null || day <= p.endDate))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0]?.benefitType ?? null;

/** The last day of a trajectory of `weeks` starting on `startDate`. */
export const endDateOf = (startDate: string, weeks: number): string => {
  const d = new Date(`${startDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7 - 1);
  return d.toISOString().slice(0, 10);
};
