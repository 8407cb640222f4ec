import type { TBenefitType, TCaseAssignment, TCaseManagerSuggestions } from '../../../contracts/intake.ts';
import type { TExpertise } from '../../../contracts/expertise.ts';
import type { Ctx } from '../../context.ts';
import type { Role } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { jobseekerQuery, command, type CaseEvent, type LogPatch, type Trx } from '../../command/command.ts';
import { authorize } from '../identity/authorize.ts';
import { partnerKindFor } from './benefit.policy.ts';
import { benefitRepository } from './benefit.repository.ts';
import { caseAssignmentRepository } from './case-assignment.repository.ts';
import { taskRepository } from '../task/task.repository.ts';

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
export const currentBenefit = async (trx: Trx, jobseekerId: string, today: string) => {
  const periods = await benefitRepository.ofJobseeker(trx, jobseekerId);
  return (
    periods.find((p) => p.start_date <= today && (p.end_date === null || p.end_date >= today))
      ?.benefit_type ?? null
  );
};

export const suggestCaseManagers = (
  ctx: Ctx,
  jobseekerId: string,
  query: { benefitType?: TBenefitType; needs?: readonly string[] },
): Promise<TCaseManagerSuggestions> =>
  jobseekerQuery(
    ctx,
    { jobseekerId, action: 'case.assign', activity: 'caseAssignment' },
    async (trx, jobseeker) => {
      const benefitType =
        query.benefitType ??
        (await currentBenefit(trx, jobseekerId, ctx.clock.now().toISOString().slice(0, 10)));
      const preferred = partnerKindFor(benefitType);
      const ranked = rankCaseManagers(
        await caseAssignmentRepository.candidates(trx, jobseeker.werkplein_id),
        preferred,
        query.needs ?? [],
      );
      return {
        result: {
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
        },
      };
    },
  );

/**
 * Assigns one klantmanager to jobseekers, inside the caller's command: every jobseeker must be
 * visible to the actor and the klantmanager must work in the jobseeker's Werkplein, or nothing moves.
 * Returns the assignments, one `caseManager.assigned` event per jobseeker and the log line for the
 * caller's work to hand back (the intake writes one line for the whole intake, the assignment
 * included). With `contactAt` the cases' last contact is set in the same update (the intake is a
 * conversation).
 */
export const assignInTransaction = async (
  trx: Trx,
  ctx: Ctx,
  input: {
    jobseekerIds: readonly string[];
    caseManagerId: string;
    reason: 'intake' | 'reassignment';
    contactAt?: Date;
  },
  action: 'case.assign' | 'intake.perform' = 'case.assign',
): Promise<{ items: TCaseAssignment[]; events: CaseEvent[]; log: LogPatch; role: Role }> => {
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
  // A case someone else hands to the klantmanager is on his "Mijn dag" at once, as a task for today.
  await taskRepository.createMany(
    trx,
    manager.id === ctx.actor.employeeId
      ? []
      : rows
          .filter((row) => row.case_manager_id !== manager.id)
          .map((row) => ({
            werkpleinId: row.werkplein_id,
            jobseekerId: row.id,
            assigneeId: manager.id,
            kind: 'new_case' as const,
            title:
              input.reason === 'intake'
                ? 'Nieuwe zaak na de intake: maak kennis en plan het eerste gesprek'
                : 'Zaak aan u overgedragen: lees het dossier en neem contact op',
            dueAt: now,
            createdAt: now,
          })),
  );
  return {
    items: rows.map((row) => ({
      jobseekerId: row.id,
      caseManagerId: manager.id,
      caseManagerName: manager.name,
      partnerId: manager.partner_id,
    })),
    role: roles[0]!,
    events: rows.map((row) => ({
      type: 'caseManager.assigned',
      werkpleinId: row.werkplein_id,
      jobseekerId: row.id,
      data: { caseManagerId: manager.id, previousCaseManagerId: row.case_manager_id, reason: input.reason },
    })),
    log: {
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
  command(
    ctx,
    {
      action: 'case.assign',
      activity: 'caseAssignment',
      // Locks and authorises every jobseeker (all or nothing), then assigns.
      load: async (trx) => {
        const assigned = await assignInTransaction(trx, ctx, { ...input, reason: 'reassignment' });
        return { subject: assigned, role: assigned.role };
      },
    },
    async (_trx, { items, events, log }) => ({ result: items, events, log }),
  );

export const reassignCase = async (ctx: Ctx, jobseekerId: string, caseManagerId: string) =>
  (await reassign(ctx, { jobseekerIds: [jobseekerId], caseManagerId }))[0]!;

/** Bulk reassignment: all or nothing, one transaction, one event per jobseeker. */
export const reassignCases = async (ctx: Ctx, input: { jobseekerIds: string[]; caseManagerId: string }) => ({
  items: await reassign(ctx, input),
});

export const presentAssignment = async (
  trx: Trx,
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
