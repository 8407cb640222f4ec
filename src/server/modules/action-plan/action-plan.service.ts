import type {
  TActionPlan,
  TAgreement,
  TAgreementInput,
  TAgreementUpdate,
  TDiagnosis,
  TDiagnosisUpdate,
} from '../../../contracts/action-plan.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { conflict, jobseekerCommand, jobseekerQuery } from '../../command/command.ts';
import { amsterdamDate } from '../caseload/amsterdam-day.ts';
import { diagnosisTargets } from './action-plan.policy.ts';
import { actionPlanRepository, type AgreementRow, type DiagnosisRow } from './action-plan.repository.ts';

const presentDiagnosis = (row: DiagnosisRow): TDiagnosis => ({
  summary: row.summary,
  selfReliant: row.self_reliant,
  wageValueAssessment: row.wage_value_assessment,
  diagnosedOn: row.diagnosed_on,
  digitalServiceUntil: row.digital_service_until,
  placementTargetDate: row.placement_target_date,
  workOfferTargetDate: row.work_offer_target_date,
  version: row.version,
  updatedAt: row.updated_at.toISOString(),
  updatedBy: { id: row.updated_by, name: row.updated_by_name },
});

export const presentAgreement = (row: AgreementRow): TAgreement => ({
  id: row.id,
  description: row.description,
  responsible: row.responsible,
  dueDate: row.due_date,
  status: row.status,
  acceptedAt: row.accepted_at?.toISOString() ?? null,
  jobseekerComment: row.jobseeker_comment,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  createdBy: { id: row.created_by, name: row.created_by_name },
  updatedAt: row.updated_at.toISOString(),
  updatedBy: { id: row.updated_by, name: row.updated_by_name },
});

const fieldError = (path: string, code: string, message: string) =>
  new DomainError('validation_failed', message, undefined, [{ path, code, message }]);

/** The diagnosis and the agreements of the action plan, in due-date order. */
export const getActionPlan = (ctx: Ctx, jobseekerId: string): Promise<TActionPlan> =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'actionPlan',
      object: { type: 'action-plan', id: jobseekerId },
    },
    async (trx) => {
      const diagnosis = await actionPlanRepository.getDiagnosis(trx, jobseekerId);
      const agreements = await actionPlanRepository.agreementsOf(trx, jobseekerId);
      return {
        result: {
          diagnosis: diagnosis ? presentDiagnosis(diagnosis) : null,
          agreements: agreements.map(presentAgreement),
        },
      };
    },
  );

/**
 * Records (or revises) the klantmanager's diagnosis, with the target dates computed from the
 * diagnosis date. A stale version answers `conflict` with the diagnosis as it is now (logged too:
 * the caller gets the current diagnosis to see).
 */
export const saveDiagnosis = async (
  ctx: Ctx,
  jobseekerId: string,
  input: TDiagnosisUpdate,
): Promise<TDiagnosis> => {
  if (input.diagnosedOn > amsterdamDate(ctx.clock.now())) {
    throw fieldError('diagnosedOn', 'diagnosis_in_future', 'The diagnosis date lies in the future');
  }
  const targets = diagnosisTargets(input.diagnosedOn, input.selfReliant);
  return jobseekerCommand(
    ctx,
    {
      jobseekerId,
      action: 'case.manage',
      activity: 'actionPlan',
      object: { type: 'diagnosis', id: jobseekerId },
    },
    async (trx, jobseeker) => {
      const now = ctx.clock.now();
      const saved =
        input.version === 0
          ? await actionPlanRepository.insertDiagnosis(
              trx,
              { jobseekerId, werkpleinId: jobseeker.werkplein_id, input, targets },
              ctx.actor.employeeId,
              now,
            )
          : await actionPlanRepository.updateDiagnosis(
              trx,
              { jobseekerId, input, targets },
              ctx.actor.employeeId,
              now,
            );
      const row = await actionPlanRepository.getDiagnosis(trx, jobseekerId);
      const current = row ? presentDiagnosis(row) : null;
      if (!saved || !current) return conflict('Someone else changed this diagnosis', current);
      return {
        result: current,
        event: {
          type: 'diagnosis.recorded',
          data: {
            version: current.version,
            selfReliant: current.selfReliant,
            wageValueAssessment: current.wageValueAssessment,
            diagnosedOn: current.diagnosedOn,
            digitalServiceUntil: current.digitalServiceUntil,
            placementTargetDate: current.placementTargetDate,
            workOfferTargetDate: current.workOfferTargetDate,
          },
        },
      };
    },
  );
};

export const addAgreement = (ctx: Ctx, jobseekerId: string, input: TAgreementInput): Promise<TAgreement> => {
  if (input.dueDate < amsterdamDate(ctx.clock.now())) {
    return Promise.reject(fieldError('dueDate', 'date_past', 'The due date lies in the past'));
  }
  return jobseekerCommand(
    ctx,
    { jobseekerId, action: 'case.manage', activity: 'actionPlan' },
    async (trx, jobseeker) => {
      const id = await actionPlanRepository.insertAgreement(
        trx,
        { jobseekerId, werkpleinId: jobseeker.werkplein_id, input },
        ctx.actor.employeeId,
        ctx.clock.now(),
      );
      return {
        result: presentAgreement((await actionPlanRepository.getAgreement(trx, id)) as AgreementRow),
        event: {
          type: 'agreement.added',
          data: {
            agreementId: id,
            description: input.description,
            responsible: input.responsible,
            dueDate: input.dueDate,
          },
        },
        log: { object: { type: 'agreement', id } },
      };
    },
  );
};

/**
 * Changes an agreement (its status above all: done, broken, cancelled). A stale version answers
 * `conflict` with the agreement as it is now; nothing is overwritten.
 */
export const updateAgreement = (
  ctx: Ctx,
  jobseekerId: string,
  agreementId: string,
  input: TAgreementUpdate,
): Promise<TAgreement> =>
  jobseekerCommand(
    ctx,
    {
      jobseekerId,
      action: 'case.manage',
      activity: 'actionPlan',
      object: { type: 'agreement', id: agreementId },
    },
    async (trx) => {
      const before = await actionPlanRepository.getAgreement(trx, agreementId);
      if (!before || before.jobseeker_id !== jobseekerId)
        throw new DomainError('not_found', 'Agreement not found');
      const saved = await actionPlanRepository.updateAgreement(
        trx,
        agreementId,
        input,
        ctx.actor.employeeId,
        ctx.clock.now(),
      );
      const current = presentAgreement(
        (await actionPlanRepository.getAgreement(trx, agreementId)) as AgreementRow,
      );
      if (!saved) return conflict('Someone else changed this agreement', current);
      return {
        result: current,
        event: {
          type: 'agreement.updated',
          data: {
            agreementId,
            status: current.status,
            previousStatus: before.status,
            dueDate: current.dueDate,
            version: current.version,
          },
        },
      };
    },
  );
