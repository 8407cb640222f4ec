import type { TCaseFlow, TCaseFlowChange, TOutflowReason } from '../../../contracts/case-flow.ts';
import type { CaseEventType } from '../../../contracts/case-events.ts';
import type { Ctx } from '../../context.ts';
import type { JobseekerRow } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import {
  Conflict,
  jobseekerCommand,
  jobseekerQuery,
  type CommandOutcome,
  type LogPatch,
  type Trx,
} from '../../command/command.ts';
import { amsterdamDate, startOfAmsterdamDay } from '../caseload/amsterdam-day.ts';
import { taskRepository } from '../task/task.repository.ts';
import { caseFlowRepository, type CaseFlowChange } from './case-flow.repository.ts';
import { aftercareDay, needsAftercare, outflowDateProblem } from './case-flow.rules.ts';

export const presentCaseFlow = (row: JobseekerRow): TCaseFlow => ({
  jobseekerId: row.id,
  participationStep: row.participation_step,
  availableForWork: row.available_for_work,
  activatedAt: row.activated_at?.toISOString() ?? null,
  outflowDate: row.outflow_date,
  outflowReason: row.outflow_reason,
  handedOverAt: row.handed_over_at?.toISOString() ?? null,
  registeredOn: amsterdamDate(row.created_at),
  version: row.version,
});

const conflict = (row: JobseekerRow, rule?: 'case_closed') =>
  new DomainError(
    'conflict',
    rule ? 'The case has left the caseload (outflow or handover)' : 'Someone else changed this case',
    { current: presentCaseFlow(row), ...(rule ? { rule } : {}) },
  );

const isClosed = (row: JobseekerRow) => row.outflow_date !== null || row.handed_over_at !== null;

export const getCaseFlow = (ctx: Ctx, jobseekerId: string): Promise<TCaseFlow> =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'caseFlow',
      object: { type: 'jobseeker-case-flow', id: jobseekerId },
    },
    async (_trx, jobseeker) => ({ result: presentCaseFlow(jobseeker) }),
  );

interface Decision {
  change: CaseFlowChange;
  event: { type: CaseEventType; data: Record<string, unknown> };
  /** Work done after the jobseeker row was changed (tasks, referrals), returning extra event data. */
  after?: (trx: Trx, updated: JobseekerRow) => Promise<Record<string, unknown>>;
}

/** The log line of a case-flow change: in the jobseeker's Werkplein, naming him. */
const logOf = (row: JobseekerRow): LogPatch => ({
  activity: 'caseFlow',
  werkpleinId: row.werkplein_id,
  object: { type: 'jobseeker', id: row.id },
  subjectBsns: [row.bsn],
});

/** A stale version: `conflict` with the case flow as it is now (the log line is kept). */
const stale = (row: JobseekerRow) =>
  new Conflict('Someone else changed this case', { current: presentCaseFlow(row) }, logOf(row));

/**
 * One case-flow command: load and authorise (case.manage), check the version and the rules, change
 * the jobseeker only if the version still holds, one event and the log line (by the helper) — all
 * in one transaction, so a refusal leaves nothing half-written.
 */
const command = (
  ctx: Ctx,
  jobseekerId: string,
  version: number,
  decide: (row: JobseekerRow, now: Date) => Decision,
): Promise<TCaseFlowChange> =>
  jobseekerCommand(
    ctx,
    { jobseekerId, action: 'case.manage', activity: 'caseFlow' },
    async (trx, jobseeker) =>
      jobseeker.version !== version ? stale(jobseeker) : applyDecision(trx, ctx, jobseeker, decide),
  );

/**
 * Applies a decision to a jobseeker already loaded and authorised in the command's transaction:
 * the change, then the event and the log line (in his Werkplein, activity caseFlow) for the helper.
 */
const applyDecision = async (
  trx: Trx,
  ctx: Ctx,
  jobseeker: JobseekerRow,
  decide: (row: JobseekerRow, now: Date) => Decision,
): Promise<CommandOutcome<TCaseFlowChange> | Conflict> => {
  const now = ctx.clock.now();
  const jobseekerId = jobseeker.id;
  const decision = decide(jobseeker, now);
  const updated = await caseFlowRepository.update(trx, jobseekerId, jobseeker.version, decision.change, now);
  if (!updated) {
    const current = await trx
      .selectFrom('jobseeker')
      .selectAll()
      .where('id', '=', jobseekerId)
      .executeTakeFirstOrThrow();
    return stale(current);
  }
  const extra = decision.after ? await decision.after(trx, updated) : {};
  return {
    result: { ...presentCaseFlow(updated), ...extra },
    event: {
      type: decision.event.type,
      data: { ...decision.event.data, ...extra },
      jobseekerId,
      werkpleinId: updated.werkplein_id,
    },
    log: logOf(updated),
  };
};

export const setParticipationStep = (
  ctx: Ctx,
  jobseekerId: string,
  input: { step: number; version: number },
) =>
  command(ctx, jobseekerId, input.version, (row) => {
    if (isClosed(row)) throw conflict(row, 'case_closed');
    return {
      change: { participation_step: input.step },
      event: {
        type: 'participationStep.set',
        data: { step: input.step, previousStep: row.participation_step },
      },
    };
  });

/** Available for work: matchmakers see only activated jobseekers. */
export const setActivation = (
  ctx: Ctx,
  jobseekerId: string,
  input: { availableForWork: boolean; version: number },
) =>
  command(ctx, jobseekerId, input.version, (row, now) => {
    if (isClosed(row) && input.availableForWork) throw conflict(row, 'case_closed');
    return {
      change: {
        available_for_work: input.availableForWork,
        activated_at: input.availableForWork ? (row.available_for_work ? row.activated_at : now) : null,
      },
      event: { type: 'activation.changed', data: { availableForWork: input.availableForWork } },
    };
  });

/**
 * Outflow with reason and date (today or earlier, not before registration). The jobseeker is no
 * longer available for matching; after outflow to work the klantmanager gets an aftercare task.
 */
export const registerOutflow = (
  ctx: Ctx,
  jobseekerId: string,
  input: { date: string; reason: TOutflowReason; note: string; version: number },
) => command(ctx, jobseekerId, input.version, outflowDecision(ctx, input));

/**
 * The same outflow as part of another command — a placement — inside its work: the caller has
 * loaded the current jobseeker row in `trx` and authorised the act. Gives back what the caller's
 * work returns: one `outflow.registered` event (carrying `context`, e.g. the nomination) and the
 * log line (activity caseFlow), after creating the klantmanager's aftercare task, exactly as
 * registerOutflow; only a placement's agreed start date may lie in the future.
 */
export const registerOutflowWithin = (
  trx: Trx,
  ctx: Ctx,
  jobseeker: JobseekerRow,
  input: { date: string; reason: TOutflowReason; note: string; context: Record<string, unknown> },
): Promise<CommandOutcome<TCaseFlowChange> | Conflict> =>
  applyDecision(trx, ctx, jobseeker, outflowDecision(ctx, input, { allowFutureDate: true }));

const outflowDecision =
  (
    ctx: Ctx,
    input: { date: string; reason: TOutflowReason; note: string; context?: Record<string, unknown> },
    options: { allowFutureDate?: boolean } = {},
  ) =>
  (row: JobseekerRow, now: Date): Decision => {
    if (isClosed(row)) throw conflict(row, 'case_closed');
    const problem = outflowDateProblem(input.date, amsterdamDate(now), amsterdamDate(row.created_at));
    if (problem && !(options.allowFutureDate && problem === 'outflow_date_future')) {
      throw new DomainError('validation_failed', 'The outflow date is not possible', undefined, [
        { path: 'date', code: problem, message: problem },
      ]);
    }
    return {
      change: {
        outflow_date: input.date,
        outflow_reason: input.reason,
        available_for_work: false,
        activated_at: null,
      },
      event: {
        type: 'outflow.registered',
        data: {
          reason: input.reason,
          date: input.date,
          ...(input.note ? { note: input.note } : {}),
          ...(input.context ?? {}),
          deactivated: row.available_for_work,
        },
      },
      after: async (trx, updated) => {
        if (!needsAftercare(input.reason)) return { aftercareTaskId: null };
        // Due at 09:00 Dutch time, four weeks after the outflow date.
        const dueAt = new Date(startOfAmsterdamDay(aftercareDay(input.date)).getTime() + 9 * 3_600_000);
        const aftercareTaskId = await taskRepository.create(trx, {
          werkpleinId: updated.werkplein_id,
          jobseekerId: updated.id,
          assigneeId: updated.case_manager_id ?? ctx.actor.employeeId,
          kind: 'aftercare_jobseeker',
          title: 'Nazorg na uitstroom naar werk',
          dueAt,
          createdAt: now,
        });
        return { aftercareTaskId };
      },
    };
  };

/**
 * Handover to the income consultants when work is out of reach. The handover is a referral to the
 * back-office unit `income` (so it lands on that unit's worklist and gives it access to the
 * dossier); an income referral that is already open is reused.
 */
export const registerHandover = (ctx: Ctx, jobseekerId: string, input: { reason: string; version: number }) =>
  command(ctx, jobseekerId, input.version, (row, now) => {
    if (isClosed(row)) throw conflict(row, 'case_closed');
    return {
      change: { handed_over_at: now, available_for_work: false, activated_at: null },
      event: { type: 'handover.registered', data: { unit: 'income', reason: input.reason } },
      after: async (trx, updated) => {
        const open = await caseFlowRepository.openIncomeReferral(trx, updated.id);
        const referralId =
          open?.id ??
          (await caseFlowRepository.insertIncomeReferral(trx, {
            werkpleinId: updated.werkplein_id,
            jobseekerId: updated.id,
            question: `Overdracht aan inkomensconsulent: ${input.reason}`,
            referredBy: ctx.actor.employeeId,
            at: now,
          }));
        return { referralId };
      },
    };
  });
