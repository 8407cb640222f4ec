import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { BenefitPeriod } from './funding.policy.ts';

/** A jobseeker's benefit periods on the case, to attribute a purchase to the partner who pays. */
export const benefitPeriodsOf = async (
  trx: Transaction<Database>,
  jobseekerId: string,
): Promise<BenefitPeriod[]> => {
  const rows = await trx
    .selectFrom('benefit_period')
    .select(['benefit_type', 'start_date', 'end_date'])
    .where('jobseeker_id', '=', jobseekerId)
    .execute();
  return rows.map((r) => ({ benefitType: r.benefit_type, startDate: r.start_date, endDate: r.end_date }));
};
