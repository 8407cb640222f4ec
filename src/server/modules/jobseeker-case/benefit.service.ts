import type { TBenefitList, TBenefitPeriod, TBenefitType, TCaseOverview } from '../../../contracts/intake.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import {
  jobseekerCommand,
  jobseekerQuery,
  type CaseEvent,
  type CommandOutcome,
  type Trx,
} from '../../command/command.ts';
import { periodProblem, planBenefitChange, type Period, type PeriodProblem } from './benefit.policy.ts';
import { benefitRepository } from './benefit.repository.ts';
import { presentAssignment } from './case-assignment.service.ts';
import { intakeRepository } from './intake.repository.ts';

const problemError = (problem: PeriodProblem, path: string) =>
  new DomainError(
    'validation_failed',
    problem === 'date_order'
      ? 'The end date lies before the start date'
      : 'Overlaps a period of the same benefit',
    { reason: problem },
    [
      {
        path,
        code: problem,
        message:
          problem === 'date_order'
            ? 'The end date lies before the start date'
            : 'Overlaps a period of the same benefit',
      },
    ],
  );

const toPeriod = (r: {
  id: string;
  benefit_type: TBenefitType;
  start_date: string;
  end_date: string | null;
}): Period & {
  id: string;
} => ({ id: r.id, benefitType: r.benefit_type, startDate: r.start_date, endDate: r.end_date });

const present = (p: Period & { id: string }): TBenefitPeriod => ({
  id: p.id,
  benefitType: p.benefitType,
  startDate: p.startDate,
  endDate: p.endDate,
});

const periodsOf = async (trx: Trx, jobseekerId: string) =>
  (await benefitRepository.ofJobseeker(trx, jobseekerId)).map(toPeriod);

/**
 * Runs one benefit command: loads and authorises the jobseeker (its row locked, so two changes of
 * the same case cannot both pass the overlap check); the helper logs the processing.
 */
const command = <T>(
  ctx: Ctx,
  jobseekerId: string,
  work: (
    trx: Trx,
    jobseeker: { werkplein_id: string },
    periods: (Period & { id: string })[],
  ) => Promise<CommandOutcome<T>>,
) =>
  jobseekerCommand(
    ctx,
    { jobseekerId, action: 'case.manage', activity: 'benefit' },
    async (trx, jobseeker) => {
      await trx.selectFrom('jobseeker').select('id').where('id', '=', jobseekerId).forUpdate().execute();
      return work(trx, jobseeker, await periodsOf(trx, jobseekerId));
    },
  );

export const listBenefits = (ctx: Ctx, jobseekerId: string): Promise<TBenefitList> =>
  jobseekerQuery(ctx, { jobseekerId, action: 'jobseeker.read', activity: 'benefit' }, async (trx) => ({
    result: { items: (await periodsOf(trx, jobseekerId)).map(present) },
  }));

/** The dossier section "Klantmanager en uitkering". */
export const caseOverview = (ctx: Ctx, jobseekerId: string): Promise<TCaseOverview> =>
  jobseekerQuery(
    ctx,
    { jobseekerId, action: 'jobseeker.read', activity: 'benefit' },
    async (trx, jobseeker) => {
      const benefits = (await periodsOf(trx, jobseekerId)).map(present);
      const caseManager = await presentAssignment(trx, jobseekerId, jobseeker.case_manager_id);
      const intake = await intakeRepository.latest(trx, jobseekerId);
      return {
        result: { caseManager, benefits, lastIntakeAt: intake?.performed_at.toISOString() ?? null },
      };
    },
  );

export const addBenefit = (
  ctx: Ctx,
  jobseekerId: string,
  input: { benefitType: TBenefitType; startDate: string; endDate?: string | undefined },
): Promise<TBenefitPeriod> =>
  command(ctx, jobseekerId, async (trx, jobseeker, periods) => {
    const candidate: Period = {
      benefitType: input.benefitType,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    };
    const problem = periodProblem(candidate, periods);
    if (problem) throw problemError(problem, problem === 'date_order' ? 'endDate' : 'startDate');
    const row = await benefitRepository.insert(trx, {
      werkpleinId: jobseeker.werkplein_id,
      jobseekerId,
      benefitType: input.benefitType,
      startDate: input.startDate,
      endDate: candidate.endDate,
      by: ctx.actor.employeeId,
      at: ctx.clock.now(),
    });
    return {
      result: present(toPeriod(row)),
      event: {
        type: 'benefit.added',
        data: {
          benefitPeriodId: row.id,
          benefitType: row.benefit_type,
          startDate: row.start_date,
          endDate: row.end_date,
        },
      },
    };
  });

export const endBenefit = (
  ctx: Ctx,
  jobseekerId: string,
  benefitId: string,
  endDate: string,
): Promise<TBenefitPeriod> =>
  command(ctx, jobseekerId, async (trx, jobseeker, periods) => {
    const period = periods.find((p) => p.id === benefitId);
    if (!period) throw new DomainError('not_found', 'Benefit period not found');
    if (period.endDate !== null && period.endDate <= endDate) {
      throw new DomainError('conflict', 'This benefit has already ended', { current: present(period) });
    }
    const changed = { ...period, endDate };
    const problem = periodProblem(changed, periods);
    if (problem) throw problemError(problem, 'endDate');
    await benefitRepository.setEnd(trx, benefitId, endDate);
    return {
      result: present(changed),
      event: {
        type: 'benefit.ended',
        data: { benefitPeriodId: benefitId, benefitType: period.benefitType, endDate },
      },
    };
  });

/** WW → WWB on the same case: the running benefit ends, the new one starts; nothing is re-created. */
export const changeBenefit = (
  ctx: Ctx,
  jobseekerId: string,
  input: { benefitType: TBenefitType; startDate: string },
): Promise<TBenefitList> =>
  command(ctx, jobseekerId, async (trx, jobseeker, periods) => {
    const plan = planBenefitChange(periods, input);
    if (typeof plan === 'string') throw problemError(plan, 'startDate');
    const events: CaseEvent[] = [];
    for (const end of plan.end) {
      await benefitRepository.setEnd(trx, end.id, end.endDate);
      const ended = periods.find((p) => p.id === end.id);
      events.push({
        type: 'benefit.ended',
        data: {
          benefitPeriodId: end.id,
          benefitType: ended?.benefitType,
          endDate: end.endDate,
          change: true,
        },
      });
    }
    const row = await benefitRepository.insert(trx, {
      werkpleinId: jobseeker.werkplein_id,
      jobseekerId,
      benefitType: input.benefitType,
      startDate: input.startDate,
      endDate: null,
      by: ctx.actor.employeeId,
      at: ctx.clock.now(),
    });
    events.push({
      type: 'benefit.added',
      data: {
        benefitPeriodId: row.id,
        benefitType: row.benefit_type,
        startDate: row.start_date,
        change: true,
      },
    });
    return { result: { items: (await periodsOf(trx, jobseekerId)).map(present) }, events };
  });
