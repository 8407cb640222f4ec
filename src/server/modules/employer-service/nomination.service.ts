import type { TVacancyKind } from '../../../contracts/employer-options.ts';
// The placement rules (aftercare after 14 days, which outflow) live in the contract, so the web
// can tell the matchmaker beforehand what recording a placement does.
import {
  EMPLOYER_AFTERCARE_DAYS,
  placementOutflowReason,
  type TFeedbackRequest,
  type TNomination,
} from '../../../contracts/nomination.ts';
import type { Ctx } from '../../context.ts';
import type { NominationStatus } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import {
  command,
  Conflict,
  vacancyQuery,
  type CommandWork,
  type LogPatch,
  type Trx,
} from '../../command/command.ts';
import { registerOutflowWithin } from '../case-flow/case-flow.service.ts';
import { addDays, startOfAmsterdamDay } from '../caseload/amsterdam-day.ts';
import type { Actor } from '../identity/actor.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { loadAuthorizedJobseeker } from '../jobseeker-case/jobseeker-access.ts';
import { jobseekerRepository } from '../jobseeker-case/jobseeker.repository.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { regionalPoolOf } from '../matching/regional-pool.service.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { EMPLOYER_AFTERCARE_JOB, type TEmployerAftercarePayload } from './aftercare.job.ts';
import { nominationRepository, type NominationRow } from './nomination.repository.ts';

/** From which status each move is allowed. */
const allowedFrom: Record<'present' | 'feedback' | 'withdraw', readonly NominationStatus[]> = {
  present: ['proposed'],
  feedback: ['presented', 'invited'],
  withdraw: ['proposed', 'presented', 'invited'],
};

/** A nomination as `actor` may see it: no dossier number of a jobseeker outside his Werkpleinen. */
export const presentNomination = (n: NominationRow, actor: Pick<Actor, 'werkpleinIds'>): TNomination => ({
  id: n.id,
  vacancy: { id: n.vacancy_id, title: n.vacancy_title, employerName: n.employer_name },
  jobseeker: {
    id: n.jobseeker_id,
    name: fullNameOf(n),
    dossierNumber: actor.werkpleinIds.includes(n.jobseeker_werkplein_id) ? n.dossier_number : null,
  },
  proposedBy: { id: n.proposed_by, name: n.proposed_by_name },
  motivation: n.motivation,
  status: n.status,
  rejectionReason: n.rejection_reason,
  proposedAt: n.proposed_at.toISOString(),
  presentedAt: n.presented_at?.toISOString() ?? null,
  feedbackAt: n.feedback_at?.toISOString() ?? null,
  withdrawnAt: n.status === 'withdrawn' ? n.updated_at.toISOString() : null,
  startDate: n.start_date,
  aftercareDueAt: n.aftercare_due_at?.toISOString() ?? null,
  aftercareTaskId: n.aftercare_task_id,
  version: n.version,
});

type LockedVacancy = NonNullable<Awaited<ReturnType<typeof nominationRepository.lockVacancy>>>;

const vacancyNotOpen = (v: LockedVacancy) =>
  new DomainError('vacancy_not_open', 'The vacancy is not open', {
    status: v.status,
    positions: v.positions,
    positionsFilled: v.positions_filled,
  });
const isOpen = (v: LockedVacancy) => v.status === 'open' && v.positions_filled < v.positions;

/** The log line of a nomination: in its (the vacancy's) Werkplein, and in the jobseeker's own when that differs. */
const logOf = (
  werkpleinId: string,
  object: { type: string; id: string },
  jobseeker: { bsn: string; werkplein_id: string } | undefined,
): LogPatch => ({
  activity: 'matching',
  werkpleinId,
  object,
  acrossWerkpleinen: jobseeker ? [{ bsn: jobseeker.bsn, werkpleinId: jobseeker.werkplein_id }] : [],
});

const reload = async (trx: Trx, ctx: Ctx, id: string) =>
  presentNomination((await nominationRepository.getById(trx, id)) as NominationRow, ctx.actor);

/**
 * A klantmanager proposes one of his Werkplein's activated jobseekers for an open vacancy: refused
 * (validation_failed) when he is not activated, and `already_nominated` when he was proposed before.
 * The vacancy may belong to another Werkplein when both share their pool in the same region: the
 * matchmaker there found the candidate and asked his klantmanager, who stays responsible for him
 * and proposes him (a klantmanager of the vacancy's Werkplein cannot: the jobseeker is not his).
 */
export const proposeNomination = (
  ctx: Ctx,
  vacancyId: string,
  input: { jobseekerId: string; motivation: string },
) =>
  command(
    ctx,
    {
      action: 'nomination.propose',
      activity: 'matching',
      load: async (trx, spec) => {
        authorize(ctx, spec.action);
        const vacancy = await nominationRepository.lockVacancy(trx, vacancyId);
        if (!vacancy) throw new DomainError('not_found', 'Vacancy not found');
        const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, spec.action, input.jobseekerId);
        return { subject: { vacancy, jobseeker }, role };
      },
    },
    async (trx, { vacancy, jobseeker }, { startedAt: now }) => {
      const sharedPool =
        jobseeker.werkplein_id === vacancy.werkplein_id ||
        (await regionalPoolOf(trx, jobseeker.werkplein_id)).includes(vacancy.werkplein_id);
      if (!ctx.actor.werkpleinIds.includes(vacancy.werkplein_id) && !sharedPool)
        throw new AccessDenied('not_found', {
          action: 'nomination.propose',
          werkpleinId: vacancy.werkplein_id,
          object: { type: 'vacancy', id: vacancyId },
        });
      if (!isOpen(vacancy)) throw vacancyNotOpen(vacancy);
      const fieldProblem = (code: string, message: string) =>
        new DomainError('validation_failed', message, undefined, [{ path: 'jobseekerId', code, message }]);
      if (!sharedPool) throw fieldProblem('other_werkplein', 'The jobseeker belongs to another Werkplein');
      if (
        !jobseeker.available_for_work ||
        jobseeker.outflow_date !== null ||
        jobseeker.handed_over_at !== null
      )
        throw fieldProblem('not_activated', 'The jobseeker is not activated for work');
      const existing = await nominationRepository.find(trx, vacancyId, jobseeker.id);
      if (existing)
        throw new DomainError('already_nominated', 'Already nominated for this vacancy', {
          nominationId: existing.id,
          status: existing.status,
        });
      const id = await nominationRepository.insert(trx, {
        werkpleinId: vacancy.werkplein_id,
        vacancyId,
        jobseekerId: jobseeker.id,
        proposedBy: ctx.actor.employeeId,
        motivation: input.motivation,
        at: now,
      });
      return {
        result: await reload(trx, ctx, id),
        event: {
          werkpleinId: jobseeker.werkplein_id,
          jobseekerId: jobseeker.id,
          type: 'nomination.proposed',
          data: {
            nominationId: id,
            vacancyId,
            vacancyTitle: vacancy.title,
            employerName: vacancy.employer_name,
            ...(vacancy.werkplein_id !== jobseeker.werkplein_id
              ? { vacancyWerkpleinId: vacancy.werkplein_id }
              : {}),
          },
        },
        log: logOf(vacancy.werkplein_id, { type: 'nomination', id }, jobseeker),
      };
    },
  );

/** The nominations for one vacancy (matchmaker and klantmanagers); the people shown are logged. */
export const listNominations = (ctx: Ctx, vacancyId: string) =>
  vacancyQuery(
    ctx,
    {
      vacancyId,
      action: 'matching.read',
      activity: 'matching',
      object: { type: 'vacancy-nominations', id: vacancyId },
    },
    async (trx) => {
      const rows = await nominationRepository.listForVacancy(trx, vacancyId);
      return {
        result: { items: rows.map((row) => presentNomination(row, ctx.actor)) },
        log: { acrossWerkpleinen: rows.map((r) => ({ bsn: r.bsn, werkpleinId: r.jobseeker_werkplein_id })) },
      };
    },
  );

/**
 * Loads a nomination and its vacancy (both locked) for a move by `action`: `not_found` outside the
 * actor's Werkpleinen, `nomination_not_possible` from the wrong status. The matchmaker acts in the
 * vacancy's Werkplein; the klantmanager (withdrawing) in his jobseeker's, which differs when the
 * candidate came from a regionally shared pool.
 */
const loadForMove = async (
  trx: Trx,
  ctx: Ctx,
  action: 'nomination.manage' | 'nomination.propose',
  move: keyof typeof allowedFrom,
  id: string,
) => {
  const role = authorize(ctx, action);
  const nomination = await nominationRepository.lock(trx, id);
  if (!nomination) throw new DomainError('not_found', 'Nomination not found');
  const scope =
    action === 'nomination.propose'
      ? ((await jobseekerRepository.getById(trx, nomination.jobseeker_id))?.werkplein_id ??
        nomination.werkplein_id)
      : nomination.werkplein_id;
  assertWerkplein(ctx, action, scope);
  const vacancy = (await nominationRepository.lockVacancy(trx, nomination.vacancy_id)) as LockedVacancy;
  if (!allowedFrom[move].includes(nomination.status))
    throw new DomainError(
      'nomination_not_possible',
      `Cannot ${move} a nomination that is ${nomination.status}`,
      {
        status: nomination.status,
        move,
      },
    );
  return { nomination, vacancy, role };
};

/** A move of a nomination: load both locked, authorise, then the work. */
const moveCommand = <R>(
  ctx: Ctx,
  action: 'nomination.manage' | 'nomination.propose',
  move: keyof typeof allowedFrom,
  id: string,
  work: CommandWork<Awaited<ReturnType<typeof loadForMove>>, R>,
) =>
  command(
    ctx,
    {
      action,
      activity: 'matching',
      load: async (trx) => {
        const loaded = await loadForMove(trx, ctx, action, move, id);
        return { subject: loaded, role: loaded.role };
      },
    },
    work,
  );

/** The matchmaker presents a proposed candidate to the employer; presenting twice is refused. */
export const presentToEmployer = (ctx: Ctx, id: string) =>
  moveCommand(
    ctx,
    'nomination.manage',
    'present',
    id,
    async (trx, { nomination, vacancy }, { startedAt: now }) => {
      if (!isOpen(vacancy)) throw vacancyNotOpen(vacancy);
      const jobseeker = await jobseekerRepository.getById(trx, nomination.jobseeker_id);
      if (
        !jobseeker?.available_for_work ||
        jobseeker.outflow_date !== null ||
        jobseeker.handed_over_at !== null
      )
        throw new DomainError('nomination_not_possible', 'The candidate is no longer activated for work', {
          status: nomination.status,
          move: 'present',
          rule: 'not_activated',
        });
      await nominationRepository.transition(trx, id, nomination.status, {
        status: 'presented',
        kind: 'presented',
        at: now,
        by: ctx.actor.employeeId,
      });
      return {
        result: await reload(trx, ctx, id),
        // The event goes into the case, in the jobseeker's own Werkplein (the vacancy's may differ).
        event: {
          werkpleinId: jobseeker.werkplein_id,
          jobseekerId: nomination.jobseeker_id,
          type: 'nomination.presented',
          data: {
            nominationId: id,
            vacancyId: vacancy.id,
            vacancyTitle: vacancy.title,
            employerName: vacancy.employer_name,
          },
        },
        log: logOf(nomination.werkplein_id, { type: 'nomination', id }, jobseeker),
      };
    },
  );

/**
 * The employer's feedback on a presented candidate: invited, rejected (with reason) or hired. Hired
 * is the placement, all in this one transaction: a position filled (the vacancy `filled` with its
 * last), the jobseeker's outflow through the case flow (one `outflow.registered` event; not for
 * volunteer work, internships and work-experience places) and the matchmaker's aftercare call with
 * the employer at 09:00 Dutch time two weeks after the first working day: a job on the persistent
 * queue, written in this transaction, so it is as durable as the placement itself, survives
 * restarts, and creates the task when it falls due.
 */
export const recordFeedback = (ctx: Ctx, id: string, input: TFeedbackRequest) =>
  moveCommand(
    ctx,
    'nomination.manage',
    'feedback',
    id,
    async (trx, { nomination, vacancy, role }, { startedAt: now }) => {
      if (!isOpen(vacancy)) throw vacancyNotOpen(vacancy);
      if (input.outcome === 'invited' && nomination.status === 'invited')
        throw new DomainError('nomination_not_possible', 'Already invited', {
          status: nomination.status,
          move: 'feedback',
        });
      const jobseeker = await jobseekerRepository.getById(trx, nomination.jobseeker_id);
      if (!jobseeker) throw new DomainError('not_found', 'Jobseeker not found');
      const context = {
        nominationId: id,
        vacancyId: vacancy.id,
        vacancyTitle: vacancy.title,
        employerName: vacancy.employer_name,
      };

      if (input.outcome !== 'hired') {
        await nominationRepository.transition(trx, id, nomination.status, {
          status: input.outcome,
          kind: 'feedback',
          at: now,
          by: ctx.actor.employeeId,
          rejectionReason: input.outcome === 'rejected' ? (input.reason ?? null) : null,
        });
        return {
          result: await reload(trx, ctx, id),
          event: {
            werkpleinId: jobseeker.werkplein_id,
            jobseekerId: jobseeker.id,
            type: 'nomination.feedback',
            data: { ...context, outcome: input.outcome, ...(input.reason ? { reason: input.reason } : {}) },
          },
          log: logOf(nomination.werkplein_id, { type: 'nomination', id }, jobseeker),
        };
      }

      const startDate = input.startDate as string;
      const filled = await nominationRepository.fillPosition(trx, vacancy.id, now);
      if (!filled) throw vacancyNotOpen(vacancy);
      const aftercareDueAt = new Date(
        startOfAmsterdamDay(addDays(startDate, EMPLOYER_AFTERCARE_DAYS)).getTime() + 9 * 3_600_000,
      );
      await enqueueJob(trx, {
        kind: EMPLOYER_AFTERCARE_JOB,
        payload: {
          nominationId: id,
          placedBy: ctx.actor.employeeId,
          role,
          trace: { traceId: ctx.trace.traceId, spanId: ctx.trace.spanId },
        } satisfies TEmployerAftercarePayload,
        runAt: aftercareDueAt,
        now,
      });
      await nominationRepository.transition(trx, id, nomination.status, {
        status: 'hired',
        kind: 'feedback',
        at: now,
        by: ctx.actor.employeeId,
        startDate,
        aftercareDueAt,
      });
      const reason = placementOutflowReason(vacancy.kind as TVacancyKind);
      const placement = {
        ...context,
        outcome: 'hired',
        startDate,
        employerAftercareDueAt: aftercareDueAt.toISOString(),
      };
      if (reason) {
        try {
          const outflow = await registerOutflowWithin(trx, ctx, jobseeker, {
            date: startDate,
            reason,
            note: '',
            context: { placement },
          });
          // The outflow's event and its log line (activity caseFlow) are the placement's.
          if (outflow instanceof Conflict) return outflow;
          return { result: await reload(trx, ctx, id), event: outflow.event, log: outflow.log };
        } catch (error) {
          // The outflow's date is the start date the matchmaker entered.
          if (error instanceof DomainError && error.fields)
            throw new DomainError(
              error.code,
              error.message,
              error.details,
              error.fields.map((f) => (f.path === 'date' ? { ...f, path: 'startDate' } : f)),
            );
          throw error;
        }
      }
      return {
        result: await reload(trx, ctx, id),
        event: {
          werkpleinId: jobseeker.werkplein_id,
          jobseekerId: jobseeker.id,
          type: 'nomination.feedback',
          data: placement,
        },
        log: logOf(nomination.werkplein_id, { type: 'nomination', id }, jobseeker),
      };
    },
  );

/** The klantmanager withdraws his candidate (before the employer hired or rejected him). */
export const withdrawNomination = (ctx: Ctx, id: string) =>
  moveCommand(ctx, 'nomination.propose', 'withdraw', id, async (trx, { nomination }, { startedAt: now }) => {
    await nominationRepository.transition(trx, id, nomination.status, {
      status: 'withdrawn',
      kind: 'withdrawn',
      at: now,
      by: ctx.actor.employeeId,
    });
    const jobseeker = await jobseekerRepository.getById(trx, nomination.jobseeker_id);
    return {
      result: await reload(trx, ctx, id),
      event: {
        werkpleinId: jobseeker?.werkplein_id ?? nomination.werkplein_id,
        jobseekerId: nomination.jobseeker_id,
        type: 'nomination.withdrawn',
        data: { nominationId: id, vacancyId: nomination.vacancy_id },
      },
      log: logOf(nomination.werkplein_id, { type: 'nomination', id }, jobseeker),
    };
  });
