import { z } from 'zod';
import { ZDate } from './common.ts';

export const appointmentChannels = ['desk', 'phone', 'video', 'home', 'other'] as const;
export const appointmentStatuses = ['planned', 'done', 'no_show', 'cancelled'] as const;
export type TAppointmentChannel = (typeof appointmentChannels)[number];
export type TAppointmentStatus = (typeof appointmentStatuses)[number];

const ZInstant = z.iso.datetime({ offset: true });

export const ZPlanAppointment = z
  .object({
    employeeId: z.uuid(),
    jobseekerId: z.uuid(),
    startsAt: ZInstant,
    endsAt: ZInstant,
    channel: z.enum(appointmentChannels),
    location: z.string().trim().max(200).default(''),
    subject: z.string().trim().min(1).max(200),
  })
  .strict()
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    message: 'period_order',
    path: ['endsAt'],
  });
export type TPlanAppointment = z.output<typeof ZPlanAppointment>;

export const ZAppointmentUpdate = z
  .object({
    status: z.enum(['done', 'no_show', 'cancelled']),
    version: z.number().int().min(1),
  })
  .strict();

export const ZAppointment = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  employee: z.object({ id: z.string(), name: z.string() }),
  jobseeker: z.object({ id: z.string(), fullName: z.string(), dossierNumber: z.string() }).nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  channel: z.enum(appointmentChannels),
  location: z.string(),
  subject: z.string(),
  status: z.enum(appointmentStatuses),
  version: z.number(),
});
export type TAppointment = z.infer<typeof ZAppointment>;

export const ZAppointmentList = z.object({ items: z.array(ZAppointment) });

/** An employee's calendar for one day in Europe/Amsterdam; without employeeId, one's own. */
export const ZCalendarQuery = z.object({ employeeId: z.uuid().optional(), date: ZDate });
