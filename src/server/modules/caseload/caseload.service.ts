import type { TCaseloadResponse, TMyDayResponse, TTeamResponse } from '../../../contracts/caseload.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { command, werkpleinQuery } from '../../command/command.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { unseenOffersFor } from '../employer-service/vacancy-offer.service.ts';
import { taskRepository } from '../task/task.repository.ts';
import { amsterdamDate, amsterdamDayBounds } from './amsterdam-day.ts';
import { caseloadRepository } from './caseload.repository.ts';

interface PersonColumns {
  jobseeker_id: string | null;
  dossier_number: string | null;
  given_names: string | null;
  surname_prefix: string | null;
  surname: string | null;
}

const personOf = (r: PersonColumns) =>
  r.jobseeker_id && r.dossier_number
    ? {
        id: r.jobseeker_id,
        dossierNumber: r.dossier_number,
        fullName: fullNameOf({
          given_names: r.given_names ?? '',
          surname_prefix: r.surname_prefix ?? '',
          surname: r.surname ?? '',
        }),
      }
    : null;

const distinctBsns = (rows: readonly { bsn: string | null }[]) => [
  ...new Set(rows.flatMap((r) => (r.bsn ? [r.bsn] : []))),
];

/**
 * The klantmanager's own active cases, most urgent first; the MT may open a klantmanager's caseload
 * (to reassign cases), limited to the MT's own Werkpleinen.
 */
export const getCaseload = (ctx: Ctx, caseManagerId?: string): Promise<TCaseloadResponse> => {
  const ofColleague = caseManagerId !== undefined && caseManagerId !== ctx.actor.employeeId;
  const employeeId = ofColleague ? caseManagerId : ctx.actor.employeeId;
  // The MT reads a klantmanager's caseload under team.read; the log line says caseload.read either way.
  return werkpleinQuery(
    ctx,
    {
      action: ofColleague ? 'team.read' : 'caseload.read',
      activity: 'caseload',
      object: { type: 'caseload', id: employeeId },
    },
    async (trx, { startedAt }) => {
      const rows = await caseloadRepository.caseload(
        trx,
        employeeId,
        ctx.actor.werkpleinIds,
        startedAt,
        amsterdamDate(startedAt),
      );
      return {
        result: {
          items: rows.map((r) => ({
            id: r.id,
            werkpleinId: r.werkplein_id,
            dossierNumber: r.dossier_number,
            fullName: fullNameOf(r),
            benefitType: r.benefit_type,
            participationStep: r.participation_step,
            availableForWork: r.available_for_work,
            lastContactAt: r.last_contact_at ? new Date(r.last_contact_at).toISOString() : null,
            openTasks: Number(r.open_tasks),
            overdueTasks: Number(r.overdue_tasks),
          })),
        },
        log: { action: 'caseload.read', subjectBsns: distinctBsns(rows) },
      };
    },
  );
};

/** Today's appointments (Europe/Amsterdam), due and overdue tasks, and new signals. */
export const getMyDay = (ctx: Ctx): Promise<TMyDayResponse> =>
  werkpleinQuery(ctx, { action: 'task.manage', activity: 'caseload' }, async (trx, { startedAt: now }) => {
    const day = amsterdamDayBounds(now);
    const me = ctx.actor.employeeId;
    const appointments = await caseloadRepository.appointmentsBetween(trx, me, day.start, day.end);
    const tasks = await caseloadRepository.openTasksUntil(trx, me, day.end);
    const signals = await caseloadRepository.newSignals(trx, me, ctx.actor.werkpleinIds);
    const offers = await unseenOffersFor(trx, me);
    const log = {
      object: { type: 'my-day', id: me },
      subjectBsns: distinctBsns([...appointments, ...tasks, ...signals]),
    };
    const result = {
      date: day.date,
      appointments: appointments.map((a) => ({
        id: a.id,
        startsAt: a.starts_at.toISOString(),
        endsAt: a.ends_at.toISOString(),
        channel: a.channel,
        location: a.location,
        subject: a.subject,
        status: a.status,
        jobseeker: personOf(a),
      })),
      tasks: tasks.map((t) => ({
        id: t.id,
        kind: t.kind,
        title: t.title,
        dueAt: t.due_at.toISOString(),
        overdue: t.due_at.getTime() < now.getTime(),
        jobseeker: personOf(t),
      })),
      signals: signals.map((s) => ({
        referralId: s.id,
        unit: s.unit,
        externalProvider: s.external_provider,
        answer: s.answer,
        answeredAt: (s.answered_at ?? now).toISOString(),
        jobseeker: personOf(s) ?? { id: s.jobseeker_id, dossierNumber: s.dossier_number, fullName: '' },
      })),
      offers: offers.map((o) => ({
        offerId: o.id,
        vacancy: { id: o.vacancy_id, title: o.title, employerName: o.employer_name },
        offeredBy: o.offered_by_name,
        message: o.message,
        offeredAt: o.offered_at.toISOString(),
      })),
    };
    return { result, log };
  });

const days = (value: string | number | null): number | null =>
  value === null ? null : Math.max(0, Number(value));

/**
 * The MT's view of a Werkplein, per klantmanager. Time since last contact is given both as the
 * case waiting longest (what the MT must act on) and as the median (how the caseload is kept up).
 * Only figures are shown, no person: the log records the operation without data subjects.
 */
export const getTeam = (ctx: Ctx, werkpleinIdInput?: string): Promise<TTeamResponse> => {
  const werkpleinId = werkpleinIdInput ?? ctx.actor.werkpleinIds[0];
  if (werkpleinId === undefined) {
    authorize(ctx, 'team.read');
    throw new DomainError('not_found', 'No Werkplein');
  }
  // Not a member of the Werkplein is `not_found` before `forbidden`, as for a dossier.
  assertWerkplein(ctx, 'team.read', werkpleinId);
  return werkpleinQuery(
    ctx,
    { action: 'team.read', activity: 'caseload', werkpleinId, object: { type: 'team', id: werkpleinId } },
    async (trx, { startedAt: now }) => {
      const rows = await caseloadRepository.team(trx, werkpleinId, now);
      return {
        result: {
          werkpleinId,
          members: rows.map((r) => ({
            caseManagerId: r.case_manager_id,
            name: r.name,
            partnerName: r.partner_name,
            caseloadSize: Number(r.caseload_size),
            overdueTasks: Number(r.overdue_tasks),
            longestWithoutContactDays: days(r.longest_days),
            medianDaysWithoutContact:
              r.median_days === null ? null : Math.round(Math.max(0, Number(r.median_days)) * 10) / 10,
          })),
        },
      };
    },
  );
};

/** Marks one's own task done; a task about a jobseeker appends `task.completed` to his case. */
export const completeTask = (ctx: Ctx, taskId: string): Promise<{ id: string; doneAt: string }> =>
  command(
    ctx,
    {
      action: 'task.manage',
      activity: 'caseload',
      load: async (trx) => {
        const task = await taskRepository.getById(trx, taskId);
        if (!task) {
          authorize(ctx, 'task.manage');
          throw new DomainError('not_found', 'Task not found');
        }
        const object = { type: 'task', id: taskId };
        const role = authorize(ctx, 'task.manage', { werkpleinId: task.werkplein_id, object });
        if (task.assignee_id !== ctx.actor.employeeId) {
          throw new AccessDenied('forbidden', {
            action: 'task.manage',
            werkpleinId: task.werkplein_id,
            object,
          });
        }
        return { subject: task, role, log: { werkpleinId: task.werkplein_id, object } };
      },
    },
    async (trx, task, { startedAt: now }) => {
      if (!(await taskRepository.complete(trx, taskId, ctx.actor.employeeId, now))) {
        throw new DomainError('conflict', 'This task is already done', {
          current: { id: taskId, doneAt: task.done_at?.toISOString() ?? null },
        });
      }
      const result = { id: taskId, doneAt: now.toISOString() };
      if (!task.jobseeker_id) return { result };
      const jobseeker = await trx
        .selectFrom('jobseeker')
        .select(['bsn', 'werkplein_id'])
        .where('id', '=', task.jobseeker_id)
        .executeTakeFirstOrThrow();
      return {
        result,
        event: {
          type: 'task.completed',
          jobseekerId: task.jobseeker_id,
          werkpleinId: jobseeker.werkplein_id,
          data: { taskId, kind: task.kind, title: task.title },
        },
        log: { subjectBsns: [jobseeker.bsn] },
      };
    },
  );
