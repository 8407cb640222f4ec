import type { TAppointment, TPlanAppointment } from '../../../contracts/appointment.ts';
import type { Ctx } from '../../context.ts';
import type { Role } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { appendCaseEvent } from '../case-event/case-event.repository.ts';
import { addDays, startOfAmsterdamDay } from '../caseload/amsterdam-day.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { loadAuthorizedJobseeker } from '../jobseeker-case/jobseeker-access.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
import { recordProcessing } from '../processing-log/processing-log.service.ts';
import { appointmentRepository, type AppointmentRow } from './appointment.repository.ts';

export const presentAppointment = (row: AppointmentRow): TAppointment => ({
  id: row.id,
  werkpleinId: row.werkplein_id,
  employee: { id: row.employee_id, name: row.employee_name },
  jobseeker:
    row.jobseeker_id && row.dossier_number !== null
      ? {
          id: row.jobseeker_id,
          dossierNumber: row.dossier_number,
          fullName: fullNameOf({
            given_names: row.given_names ?? '',
            surname_prefix: row.surname_prefix ?? '',
            surname: row.surname ?? '',
          }),
        }
      : null,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  channel: row.channel,
  location: row.location,
  subject: row.subject,
  status: row.status,
  version: row.version,
});

const bsnsOf = (rows: readonly AppointmentRow[]) => [...new Set(rows.flatMap((r) => (r.bsn ? [r.bsn] : [])))];

/**
 * Plans an appointment in an employee's calendar with a jobseeker. Refused: a start in the past,
 * an employee outside the jobseeker's Werkplein, and an overlap with the employee's planned
 * appointments (`double_booked`, checked with the employee locked, so two plannings cannot race).
 */
export const planAppointment = (ctx: Ctx, input: TPlanAppointment): Promise<TAppointment> => {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (startsAt.getTime() < ctx.clock.now().getTime()) {
    return Promise.reject(
      new DomainError('validation_failed', 'The appointment starts in the past', undefined, [
        { path: 'startsAt', code: 'in_past', message: 'The appointment starts in the past' },
      ]),
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, 'case.manage', input.jobseekerId);
    const employee = await appointmentRepository.lockEmployee(trx, input.employeeId);
    if (!employee || !employee.active || !employee.werkpleinIds.includes(jobseeker.werkplein_id)) {
      throw new DomainError('not_found', 'Employee not found in this Werkplein');
    }
    const clash = await appointmentRepository.overlapping(trx, employee.id, startsAt, endsAt);
    if (clash) {
      // Only the time of the other appointment: it may concern another jobseeker.
      throw new DomainError('double_booked', 'The employee already has an appointment then', {
        conflicting: { startsAt: clash.starts_at.toISOString(), endsAt: clash.ends_at.toISOString() },
      });
    }
    const id = await appointmentRepository.insert(trx, {
      werkpleinId: jobseeker.werkplein_id,
      input,
      createdBy: ctx.actor.employeeId,
      createdAt: ctx.clock.now(),
    });
    await appendCaseEvent(trx, ctx, {
      werkpleinId: jobseeker.werkplein_id,
      jobseekerId: jobseeker.id,
      type: 'appointment.planned',
      data: {
        appointmentId: id,
        employeeId: employee.id,
        employeeName: employee.name,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        channel: input.channel,
        subject: input.subject,
      },
    });
    await recordProcessing(trx, ctx, {
      action: 'case.manage',
      role,
      activity: 'appointment',
      startedAt,
      werkpleinId: jobseeker.werkplein_id,
      object: { type: 'appointment', id },
      subjectBsns: [jobseeker.bsn],
    });
    return presentAppointment((await appointmentRepository.get(trx, id)) as AppointmentRow);
  });
};

/**
 * One day (Europe/Amsterdam) of an employee's calendar. Everyone but the beheerder sees his own;
 * a klantmanager also a colleague's in a shared Werkplein (to plan with him).
 */
export const listCalendar = (ctx: Ctx, query: { employeeId?: string; date: string }) =>
  ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const employeeId = query.employeeId ?? ctx.actor.employeeId;
    let role: Role;
    if (employeeId === ctx.actor.employeeId) {
      role = authorize(ctx, 'task.manage');
    } else {
      role = authorize(ctx, 'case.manage');
      const theirs = await appointmentRepository.employeeWerkpleinen(trx, employeeId);
      if (!theirs.some((w) => ctx.actor.werkpleinIds.includes(w))) {
        throw new AccessDenied('not_found', {
          action: 'case.manage',
          werkpleinId: null,
          object: { type: 'calendar', id: employeeId },
        });
      }
    }
    const rows = await appointmentRepository.ofEmployee(
      trx,
      employeeId,
      startOfAmsterdamDay(query.date),
      startOfAmsterdamDay(addDays(query.date, 1)),
      ctx.actor.werkpleinIds,
    );
    if (rows.length > 0) {
      await recordProcessing(trx, ctx, {
        action: employeeId === ctx.actor.employeeId ? 'task.manage' : 'case.manage',
        role,
        activity: 'appointment',
        startedAt,
        werkpleinId: null,
        object: { type: 'calendar', id: employeeId },
        subjectBsns: bsnsOf(rows),
      });
    }
    return { items: rows.map(presentAppointment) };
  });

/** The jobseeker's appointments with every employee, newest first. */
export const listJobseekerAppointments = (ctx: Ctx, jobseekerId: string) =>
  ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const { jobseeker, role } = await loadAuthorizedJobseeker(trx, ctx, 'jobseeker.read', jobseekerId);
    const rows = await appointmentRepository.ofJobseeker(trx, jobseekerId);
    await recordProcessing(trx, ctx, {
      action: 'jobseeker.read',
      role,
      activity: 'appointment',
      startedAt,
      werkpleinId: jobseeker.werkplein_id,
      object: { type: 'appointment-list', id: jobseekerId },
      subjectBsns: [jobseeker.bsn],
    });
    return { items: rows.map(presentAppointment) };
  });

/**
 * Marks a planned appointment done, no-show or cancelled — by the employee whose calendar it is,
 * or by a klantmanager of the Werkplein. A done appointment is the jobseeker's latest contact.
 */
export const updateAppointmentStatus = async (
  ctx: Ctx,
  id: string,
  input: { status: 'done' | 'no_show' | 'cancelled'; version: number },
): Promise<TAppointment> => {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const startedAt = ctx.clock.now();
    const row = await appointmentRepository.get(trx, id);
    if (!row) {
      authorize(ctx, 'task.manage');
      throw new DomainError('not_found', 'Appointment not found');
    }
    const scope = { werkpleinId: row.werkplein_id, object: { type: 'appointment', id } };
    // The employee whose calendar it is (a back office too, without a referral); else a klantmanager.
    const own = row.employee_id === ctx.actor.employeeId;
    if (own) assertWerkplein(ctx, 'task.manage', row.werkplein_id);
    const role = own ? authorize(ctx, 'task.manage') : authorize(ctx, 'case.manage', scope);
    const now = ctx.clock.now();
    if (input.status !== 'cancelled' && row.starts_at.getTime() > now.getTime()) {
      throw new DomainError('validation_failed', 'The appointment has not started yet', undefined, [
        { path: 'status', code: 'not_started', message: 'The appointment has not started yet' },
      ]);
    }
    const updated = await appointmentRepository.updateStatus(trx, id, input.version, input.status);
    const current = presentAppointment((await appointmentRepository.get(trx, id)) as AppointmentRow);
    if (updated && row.jobseeker_id) {
      if (input.status === 'done') {
        const contactAt = row.ends_at.getTime() < now.getTime() ? row.ends_at : now;
        await appointmentRepository.recordContact(trx, row.jobseeker_id, contactAt);
      }
      await appendCaseEvent(trx, ctx, {
        werkpleinId: row.werkplein_id,
        jobseekerId: row.jobseeker_id,
        type: 'appointment.updated',
        data: {
          appointmentId: id,
          status: input.status,
          startsAt: current.startsAt,
          employeeId: row.employee_id,
        },
      });
    }
    await recordProcessing(trx, ctx, {
      action: own ? 'task.manage' : 'case.manage',
      role,
      activity: 'appointment',
      startedAt,
      werkpleinId: row.werkplein_id,
      object: { type: 'appointment', id },
      subjectBsns: row.bsn ? [row.bsn] : [],
    });
    return { updated, current };
  });
  if (!outcome.updated) {
    throw new DomainError('conflict', 'Someone else changed this appointment', { current: outcome.current });
  }
  return outcome.current;
};
