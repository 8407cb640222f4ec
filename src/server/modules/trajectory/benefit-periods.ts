import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { BenefitPeriod } from './funding.policy.ts';

/**
 * A jobseeker's benefit periods, for attributing a purchase to the financially responsible partner.
 * Reads the benefit register of the case; until benefits are recorded on the case every jobseeker
 * counts as without benefit (municipal budget).
 */
export const benefitPeriodsOf = async (
  _trx: Transaction<Database>,
  _jobseekerId: string,
): Promise<BenefitPeriod[]> => [];
