import type { TAppointment, TPlanAppointment } from '../../../contracts/appointment.ts';
import type { Ctx } from '../../context.ts';
import type { Role } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { command, conflict, jobseekerCommand, jobseekerQuery, query } from '../../command/command.ts';
import { addDays, startOfAmsterdamDay } from '../caseload/amsterdam-day.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { fullNameOf } from '../jobseeker-case/name-key.ts';
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
  return jobseekerCommand(
    ctx,
    { jobseekerId: input.jobseekerId, action: 'case.manage', activity: 'appointment' },
    async (trx, jobseeker) => {
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
      return {
        result: presentAppointment((await appointmentRepository.get(trx, id)) as AppointmentRow),
        event: {
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
        },
        log: { object: { type: 'appointment', id } },
      };
    },
  );
};

/**
 * One day (Europe/Amsterdam) of an employee's calendar. Everyone but the beheerder sees his own;
 * a klantmanager also a colleague's in a shared Werkplein (to plan with him).
 */
export const listCalendar = (ctx: Ctx, input: { employeeId?: string; date: string }) => {
  const employeeId = input.employeeId ?? ctx.actor.employeeId;
  const own = employeeId === ctx.actor.employeeId;
  return query(
    ctx,
    {
      action: own ? 'task.manage' : 'case.manage',
      activity: 'appointment',
      object: { type: 'calendar', id: employeeId },
      load: async (trx, spec) => {
        const role: Role = authorize(ctx, spec.action);
        if (!own) {
          const theirs = await appointmentRepository.employeeWerkpleinen(trx, employeeId);
          if (!theirs.some((w) => ctx.actor.werkpleinIds.includes(w))) {
            throw new AccessDenied('not_found', {
              action: 'case.manage',
              werkpleinId: null,
              object: { type: 'calendar', id: employeeId },
            });
          }
        }
        return { subject: undefined, role };
      },
    },
    async (trx) => {
      const rows = await appointmentRepository.ofEmployee(
        trx,
        employeeId,
        startOfAmsterdamDay(input.date),
        startOfAmsterdamDay(addDays(input.date, 1)),
        ctx.actor.werkpleinIds,
      );
      return {
        result: { items: rows.map(presentAppointment) },
        log: rows.length > 0 ? { subjectBsns: bsnsOf(rows) } : false,
      };
    },
  );
};

/** The jobseeker's appointments with every employee, newest first. */
export const listJobseekerAppointments = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'appointment',
      object: { type: 'appointment-list', id: jobseekerId },
    },
    async (trx) => ({
      result: { items: (await appointmentRepository.ofJobseeker(trx, jobseekerId)).map(presentAppointment) },
    }),
  );

/**
 * Marks a planned appointment done, no-show or cancelled — by the employee whose calendar it is,
 * or by a klantmanager of the Werkplein. A done appointment is the jobseeker's latest contact.
 */
export const updateAppointmentStatus = (
  ctx: Ctx,
  id: string,
  input: { status: 'done' | 'no_show' | 'cancelled'; version: number },
): Promise<TAppointment> =>
  command(
    ctx,
    {
      action: 'task.manage',
      activity: 'appointment',
      object: { type: 'appointment', id },
      load: async (trx) => {
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
        return {
          subject: row,
          role,
          action: own ? 'task.manage' : 'case.manage',
          log: { werkpleinId: row.werkplein_id, subjectBsns: row.bsn ? [row.bsn] : [] },
          ...(row.jobseeker_id
            ? { caseOf: { jobseekerId: row.jobseeker_id, werkpleinId: row.werkplein_id } }
            : {}),
        };
      },
    },
    async (trx, row) => {
      const now = ctx.clock.now();
      if (input.status !== 'cancelled' && row.starts_at.getTime() > now.getTime()) {
        throw new DomainError('validation_failed', 'The appointment has not started yet', undefined, [
          { path: 'status', code: 'not_started', message: 'The appointment has not started yet' },
        ]);
      }
      const updated = await appointmentRepository.updateStatus(trx, id, input.version, input.status);
      const current = presentAppointment((await appointmentRepository.get(trx, id)) as AppointmentRow);
      if (!updated) return conflict('Someone else changed this appointment', current);
      if (!row.jobseeker_id) return { result: current };
      if (input.status === 'done') {
        const contactAt = row.ends_at.getTime() < now.getTime() ? row.ends_at : now;
        await appointmentRepository.recordContact(trx, row.jobseeker_id, contactAt);
      }
      return {
        result: current,
        event: {
          type: 'appointment.updated',
          data: {
            appointmentId: id,
            status: input.status,
            startsAt: current.startsAt,
            employeeId: row.employee_id,
          },
        },
      };
    },
  );
