import type { TSanctionDecisionRequest, TSummons, TSummonsRequest } from '../../../contracts/summons.ts';
import type { Ctx } from '../../context.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import { command, jobseekerCommand, jobseekerQuery, type CaseEvent } from '../../command/command.ts';
import { AccessDenied, authorize } from '../identity/authorize.ts';
import { loadAuthorizedJobseeker } from '../jobseeker-case/jobseeker-access.ts';
import { referralRepository } from '../referral/referral.repository.ts';
import { nextSequence, sanctionDecisionRefusal, sanctionPossible } from './summons.policy.ts';
import { summonsRepository, type SummonsRow } from './summons.repository.ts';

export const presentSummons = (s: SummonsRow): TSummons => ({
  id: s.id,
  jobseekerId: s.jobseeker_id,
  sequence: s.sequence,
  reason: s.reason,
  agreementIds: s.agreement_ids,
  sanctionPossible: s.sanction_possible,
  issuedBy: { id: s.issued_by, name: s.issued_by_name },
  issuedAt: s.issued_at.toISOString(),
  decision:
    s.decision_id && s.outcome && s.decision_unit && s.decided_by && s.decided_at
      ? {
          id: s.decision_id,
          outcome: s.outcome,
          percentage: s.percentage,
          months: s.months,
          reasoning: s.reasoning ?? '',
          unit: s.decision_unit,
          decidedBy: { id: s.decided_by, name: s.decided_by_name ?? '' },
          decidedAt: s.decided_at.toISOString(),
        }
      : null,
});

const fieldError = (path: string, code: string, message: string) =>
  new DomainError('validation_failed', message, undefined, [{ path, code, message }]);

export const listSummonses = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'summons',
      object: { type: 'summons-list', id: jobseekerId },
    },
    async (trx) => ({
      result: { items: (await summonsRepository.ofJobseeker(trx, jobseekerId)).map(presentSummons) },
    }),
  );

/**
 * Issues an oproep after broken agreements of the jobseeker's action plan. The first summons
 * carries no sanction; a later one may be referred in the same step to handhaving or inkomen,
 * the units that decide on a sanction (an open referral to that unit is reused).
 */
export const issueSummons = (ctx: Ctx, jobseekerId: string, input: TSummonsRequest): Promise<TSummons> =>
  jobseekerCommand(
    ctx,
    { jobseekerId, action: 'case.manage', activity: 'summons' },
    async (trx, jobseeker) => {
      await summonsRepository.lockJobseeker(trx, jobseekerId);
      const agreementIds = [...new Set(input.agreementIds)];
      const agreements = await summonsRepository.agreements(trx, jobseekerId, agreementIds);
      if (agreements.length !== agreementIds.length)
        throw new DomainError('not_found', 'Agreement not found');
      if (agreements.some((a) => a.status !== 'broken')) {
        throw fieldError('agreementIds', 'agreement_not_broken', 'A summons follows broken agreements only');
      }
      const sequence = nextSequence(await summonsRepository.count(trx, jobseekerId));
      const possible = sanctionPossible(sequence);
      if (input.referToUnit && !possible) {
        throw fieldError('referToUnit', 'first_summons', 'The first summons carries no sanction');
      }
      const now = ctx.clock.now();
      const id = await summonsRepository.insert(trx, {
        werkpleinId: jobseeker.werkplein_id,
        jobseekerId,
        sequence,
        reason: input.reason,
        agreementIds,
        sanctionPossible: possible,
        issuedBy: ctx.actor.employeeId,
        issuedAt: now,
      });
      const events: CaseEvent[] = [
        {
          type: 'summons.issued',
          data: { summonsId: id, sequence, sanctionPossible: possible, agreementIds },
        },
      ];
      if (input.referToUnit && !(await referralRepository.openToUnit(trx, jobseekerId, input.referToUnit))) {
        const referralId = await referralRepository.insert(trx, {
          werkpleinId: jobseeker.werkplein_id,
          jobseekerId,
          unit: input.referToUnit,
          externalProvider: null,
          question: input.reason,
          referredBy: ctx.actor.employeeId,
          createdAt: now,
        });
        events.push({
          type: 'referral.sent',
          data: { referralId, unit: input.referToUnit, externalProvider: null, summonsId: id },
        });
      }
      return {
        result: presentSummons((await summonsRepository.get(trx, id)) as SummonsRow),
        events,
        log: { object: { type: 'summons', id } },
      };
    },
  );

/**
 * Records the sanction decision on a summons: only by handhaving or inkomen, while the jobseeker
 * is referred to that unit (so it sees the dossier), never on a first summons, and only once.
 */
export const decideSanction = async (
  ctx: Ctx,
  summonsId: string,
  input: TSanctionDecisionRequest,
): Promise<TSummons> => {
  const conflict = async () => {
    const row = await summonsRepository.get(ctx.db, summonsId);
    return new DomainError('conflict', 'A decision on this summons has been recorded already', {
      current: row ? presentSummons(row) : null,
    });
  };
  try {
    return await command(
      ctx,
      {
        action: 'sanction.decide',
        activity: 'summons',
        // The summons, then its jobseeker: the deciding unit must be referred to (sees the dossier).
        load: async (trx, spec) => {
          const summons = await summonsRepository.get(trx, summonsId);
          if (!summons) {
            authorize(ctx, spec.action);
            throw new DomainError('not_found', 'Summons not found');
          }
          const { jobseeker, role } = await loadAuthorizedJobseeker(
            trx,
            ctx,
            spec.action,
            summons.jobseeker_id,
          );
          return {
            subject: summons,
            role,
            log: { werkpleinId: summons.werkplein_id, subjectBsns: [jobseeker.bsn] },
            caseOf: { jobseekerId: summons.jobseeker_id, werkpleinId: summons.werkplein_id },
          };
        },
      },
      async (trx, summons) => {
        const refusal = sanctionDecisionRefusal({
          unit: ctx.actor.backOfficeUnit,
          sanctionPossible: summons.sanction_possible,
          alreadyDecided: summons.decision_id !== null,
        });
        if (refusal === 'unit_not_authorised') {
          throw new AccessDenied('forbidden', {
            action: 'sanction.decide',
            werkpleinId: summons.werkplein_id,
            object: { type: 'summons', id: summonsId },
          });
        }
        if (refusal === 'first_summons') {
          throw new DomainError('sanction_not_possible', 'The first summons carries no sanction');
        }
        if (refusal === 'already_decided') {
          throw new DomainError('conflict', 'A decision on this summons has been recorded already', {
            current: presentSummons(summons),
          });
        }
        const unit = ctx.actor.backOfficeUnit as 'income' | 'enforcement';
        const decisionId = await summonsRepository.insertDecision(trx, {
          summonsId,
          werkpleinId: summons.werkplein_id,
          jobseekerId: summons.jobseeker_id,
          input,
          unit,
          decidedBy: ctx.actor.employeeId,
          decidedAt: ctx.clock.now(),
        });
        return {
          result: presentSummons((await summonsRepository.get(trx, summonsId)) as SummonsRow),
          event: {
            type: 'sanction.decided',
            data: {
              decisionId,
              summonsId,
              sequence: summons.sequence,
              outcome: input.outcome,
              percentage: input.percentage,
              months: input.months,
              unit,
            },
          },
          log: { object: { type: 'sanction-decision', id: decisionId } },
        };
      },
    );
  } catch (error) {
    // Two decisions at the same moment: the unique summons_id keeps the first.
    if (isUniqueViolation(error)) throw await conflict();
    throw error;
  }
};
