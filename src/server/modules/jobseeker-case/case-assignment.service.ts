import type { Transaction } from 'kysely';
import type { TBenefitType, TCaseAssignment, TCaseManagerSuggestions } from '../../../contracts/intake.ts';
import type { TExpertise } from '../../../contracts/expertise.ts';
import type { Ctx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { appendCaseEvent } from '../case-event/case-event.repository.ts';
import { authorize } from '../identity/authorize.ts';
import { recordProcessing, type ProcessingRecord } from '../processing-log/processing-log.service.ts';
import { partnerKindFor } from './benefit.policy.ts';
import { benefitRepository } from './benefit.repository.ts';
import { caseAssignmentRepository } from './case-assignment.repository.ts';
import { loadAuthorizedJobseeker } from './jobseeker-access.ts';

export interface Candidate {
  id: string;
  name: string;
  partner_id: string;
  partner_name: string;
  partner_kind: string;
  caseload: number;
}

/** Partner match first (WW → UWV werkcoach, WWB → gemeente klantmanager), then the smallest caseload. */
export const rankCaseManagers = <C extends Candidate & { expertise?: readonly string[] }>(
  candidates: readonly C[],
  preferred: 'uwv' | 'municipality',
  needs: readonly string[] = [],
) =>
  [...candidates]
    .map((c) => ({
      ...c,
      partnerMatch: c.partner_kind === preferred,
      expertiseMatch: needs.filter((n) => (c.expertise ?? []).includes(n)),
    }))
    .sort(
      (a, b) =>
        Number(b.partnerMatch) - Number(a.partnerMatch) ||
        b.expertiseMatch.length - a.expertiseMatch.length ||
        a.caseload - b.caseload ||
        a.name.localeCompare(b.name),
    );

const unknownCaseManager = () =>
  new DomainError('validation_failed', 'Not a klantmanager of this Werkplein', undefined, [
    { path: 'caseManagerId', code: 'unknown_case_manager', message: 'Not a klantmanager of this Werkplein' },
  ]);

/** The running benefit today (latest started), for the partner match. */
export const currentBenefit = async (trx: Transaction<Database>, jobseekerId: string, today: string) => {
  const periods = await benefitRepository.ofJobseeker(trx, jobseekerId);
  return (
    periods.find((p) => p.start_date <= today && (p.end_date === null || p.end_date >= today))
      ?.benefit_type ?? null
  );
};

export const suggestCaseManagers = async (
  ctx: Ctx,
  jobseekerId: string,
  query: { benefitType?: TBenefitType; needs?: readonly string[] },
): Promise<TCaseManagerSuggestions> => {
  const startedAt = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, 'case.assign', jobseekerId);
    const benefitType =
      query.benefitType ??
      (await currentBenefit(trx, jobseekerId, ctx.clock.now().toISOString().slice(0, 10)));
    const preferred = partnerKindFor(benefitType);
    const ranked = rankCaseManagers(
      await caseAssignmentRepository.candidates(trx, jobseeker.werkplein_id),
      preferred,
      query.needs ?? [],
    );
    await recordProcessing(trx, ctx, {
      action: 'case.assign',
      role,
      activity: 'caseAssignment',
      startedAt,
      werkpleinId: jobseeker.werkplein_id,
      object: { type: 'jobseeker', id: jobseekerId },
      subjectBsns: [jobseeker.bsn],
    });
    return {
      benefitType,
      preferredPartnerKind: preferred,
      items: ranked.map((c, i) => ({
        employeeId: c.id,
        name: c.name,
        partnerId: c.partner_id,
        partnerName: c.partner_name,
        partnerKind: c.partner_kind,
        caseload: c.caseload,
        partnerMatch: c.partnerMatch,
        expertiseMatch: c.expertiseMatch as TExpertise[],
        rank: i + 1,
      })),
    };
  });
};

/**
 * Assigns one klantmanager to jobseekers, inside the caller's transaction: every jobseeker must be
 * visible to the actor and the klantmanager must work in the jobseeker's Werkplein, or nothing moves.
 * Returns the assignments and what was processed; the calling service writes the processing-log
 * entry (the intake writes one entry for the whole intake, the assignment included). With
 * `contactAt` the cases' last contact is set in the same update (the intake is a conversation).
 */
export const assignInTransaction = async (
  trx: Transaction<Database>,
  ctx: Ctx,
  input: {
    jobseekerIds: readonly string[];
    caseManagerId: string;
    reason: 'intake' | 'reassignment';
    contactAt?: Date;
  },
  action: 'case.assign' | 'intake.perform' = 'case.assign',
): Promise<{ items: TCaseAssignment[]; processing: ProcessingRecord }> => {
  const ids = [...new Set(input.jobseekerIds)];
  const rows = await caseAssignmentRepository.lockJobseekers(trx, ids);
  if (rows.length !== ids.length) {
    authorize(ctx, action);
    throw new DomainError('not_found', 'Jobseeker not found');
  }
  const roles = rows.map((row) =>
    authorize(ctx, action, { werkpleinId: row.werkplein_id, object: { type: 'jobseeker', id: row.id } }),
  );
  const werkpleinen = new Set(rows.map((r) => r.werkplein_id));
  const manager =
    werkpleinen.size === 1
      ? await caseAssignmentRepository.caseManagerIn(trx, input.caseManagerId, rows[0]!.werkplein_id)
      : undefined;
  if (!manager) throw unknownCaseManager();
  const now = ctx.clock.now();
  await caseAssignmentRepository.assign(trx, ids, manager.id, now, input.contactAt);
  for (const row of rows) {
    await appendCaseEvent(trx, ctx, {
      werkpleinId: row.werkplein_id,
      jobseekerId: row.id,
      type: 'caseManager.assigned',
      data: { caseManagerId: manager.id, previousCaseManagerId: row.case_manager_id, reason: input.reason },
    });
  }
  return {
    items: rows.map((row) => ({
      jobseekerId: row.id,
      caseManagerId: manager.id,
      caseManagerName: manager.name,
      partnerId: manager.partner_id,
    })),
    processing: {
      action,
      role: roles[0]!,
      activity: input.reason === 'intake' ? 'intake' : 'caseAssignment',
      werkpleinId: rows[0]!.werkplein_id,
      object: { type: 'jobseeker', id: ids.length === 1 ? ids[0]! : null },
      subjectBsns: rows.map((r) => r.bsn),
    },
  };
};

/** The MT's (re)assignment of one or many cases: all or nothing, one transaction, one log entry. */
const reassign = (ctx: Ctx, input: { jobseekerIds: readonly string[]; caseManagerId: string }) =>
  ctx.db.transaction().execute(async (trx) => {
    const { items, processing } = await assignInTransaction(trx, ctx, { ...input, reason: 'reassignment' });
    await recordProcessing(trx, ctx, processing);
    return items;
  });

export const reassignCase = async (ctx: Ctx, jobseekerId: string, caseManagerId: string) =>
  (await reassign(ctx, { jobseekerIds: [jobseekerId], caseManagerId }))[0]!;

/** Bulk reassignment: all or nothing, one transaction, one event per jobseeker. */
export const reassignCases = async (ctx: Ctx, input: { jobseekerIds: string[]; caseManagerId: string }) => ({
  items: await reassign(ctx, input),
});

export const presentAssignment = async (
  trx: Transaction<Database>,
  jobseekerId: string,
  caseManagerId: string | null,
): Promise<TCaseAssignment> => {
  const manager = caseManagerId ? await caseAssignmentRepository.employee(trx, caseManagerId) : undefined;
  return {
    jobseekerId,
    caseManagerId,
    caseManagerName: manager?.name ?? null,
    partnerId: manager?.partner_id ?? null,
  };
};
