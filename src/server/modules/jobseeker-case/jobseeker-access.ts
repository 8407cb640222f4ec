import type { Transaction } from 'kysely';
import type { Ctx } from '../../context.ts';
import type { Database, JobseekerRow, Role } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import type { Action } from '../identity/authorization.policy.ts';
import { authorize } from '../identity/authorize.ts';
import { jobseekerRepository } from './jobseeker.repository.ts';

/**
 * Loads a jobseeker inside the caller's transaction and checks that the actor may do `action` on
 * him: `not_found` for unknown ids and for jobseekers outside the actor's scope (other Werkplein,
 * or a back-office unit without an open referral), `forbidden` for roles that may never do it.
 */
export const loadAuthorizedJobseeker = async (
  trx: Transaction<Database>,
  ctx: Ctx,
  action: Action,
  jobseekerId: string,
): Promise<{ jobseeker: JobseekerRow; role: Role }> => {
  const jobseeker = await jobseekerRepository.getById(trx, jobseekerId);
  if (!jobseeker) {
    authorize(ctx, action); // a role that may never do this hears "forbidden", the others "not found"
    throw new DomainError('not_found', 'Jobseeker not found');
  }
  const referredUnits = ctx.actor.roles.includes('backOffice')
    ? await jobseekerRepository.openReferralUnits(trx, jobseekerId)
    : [];
  const role = authorize(ctx, action, {
    werkpleinId: jobseeker.werkplein_id,
    referredUnits,
    object: { type: 'jobseeker', id: jobseekerId },
  });
  return { jobseeker, role };
};
