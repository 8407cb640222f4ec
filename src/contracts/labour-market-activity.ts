import { z } from 'zod';
import { ZDate } from './common.ts';
import {
  activityKinds,
  activityPeriods,
  activityStatuses,
  joinStatuses,
  participationMoves,
  participationStatuses,
} from './labour-market-activity-options.ts';

/** A time of day in Amsterdam as HH:MM (24 hours). */
export const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time_format' });

const activityFields = {
  kind: z.enum(activityKinds),
  title: z.string().trim().min(1).max(200),
  date: ZDate,
  startTime: ZTimeOfDay,
  endTime: ZTimeOfDay,
  location: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).default(''),
  /** Places for jobseekers. */
  capacity: z.number().int().min(1).max(10_000),
};
const timesInOrder = (v: { startTime: string; endTime: string }) => v.startTime < v.endTime;

export const ZActivityInput = z
  .object({
    werkpleinId: z.string().min(1).max(64),
    ...activityFields,
    /** The organising matchmaker; leave out to organise it yourself (as a matchmaker). */
    organiserId: z.uuid().optional(),
  })
  .strict()
  .refine(timesInOrder, { message: 'time_order', path: ['endTime'] });
export type TActivityInput = z.output<typeof ZActivityInput>;

export const ZActivityUpdate = z
  .object({ ...activityFields, organiserId: z.uuid(), version: z.number().int().positive() })
  .strict()
  .refine(timesInOrder, { message: 'time_order', path: ['endTime'] });
export type TActivityUpdate = z.output<typeof ZActivityUpdate>;

/** Afronden (on or after the day) or annuleren. */
export const ZActivityStatusRequest = z
  .object({ status: z.enum(['completed', 'cancelled']), version: z.number().int().positive() })
  .strict();

export const ZActivityListQuery = z.object({ period: z.enum(activityPeriods).default('upcoming') });

export const ZActivityEmployerParams = z.object({ id: z.uuid(), employerId: z.uuid() });
export const ZActivityJobseekerParams = z.object({ id: z.uuid(), jobseekerId: z.uuid() });

const ZVacancyIds = z.array(z.uuid()).max(50).default([]);
export const ZEmployerParticipationRequest = z
  .object({ employerId: z.uuid(), vacancyIds: ZVacancyIds })
  .strict();
export const ZEmployerParticipationUpdate = z.object({ vacancyIds: ZVacancyIds }).strict();

/** A jobseeker by id (API clients) or by dossier number (people at a screen). */
export const ZJobseekerParticipationRequest = z
  .object({
    jobseekerId: z.uuid().optional(),
    dossierNumber: z
      .string()
      .trim()
      .regex(/^[Ww][Pp]\d{8}$/, { message: 'dossier_number_format' })
      .optional(),
    status: z.enum(joinStatuses),
  })
  .strict()
  .refine((v) => (v.jobseekerId === undefined) !== (v.dossierNumber === undefined), {
    message: 'required',
    path: ['dossierNumber'],
  });
export type TJobseekerParticipationRequest = z.output<typeof ZJobseekerParticipationRequest>;

export const ZParticipationStatusRequest = z.object({ status: z.enum(participationMoves) }).strict();

export const ZAttendanceRequest = z
  .object({
    attended: z.boolean(),
    /** Follow-up: a conversation at one of the participating employers (only for who attended). */
    followUpEmployerId: z.uuid().nullable().default(null),
  })
  .strict()
  .refine((v) => v.attended || v.followUpEmployerId === null, {
    message: 'follow_up_without_attendance',
    path: ['followUpEmployerId'],
  });
export type TAttendanceRequest = z.output<typeof ZAttendanceRequest>;

const ZRef = z.object({ id: z.string(), name: z.string() });
/** Who did something and when, or null when it has not happened. */
const ZDone = z.object({ by: ZRef, at: z.string() }).nullable();

export const ZEmployerParticipation = z.object({
  employer: ZRef,
  vacancies: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
  added: z.object({ by: ZRef, at: z.string() }),
});
export type TEmployerParticipation = z.infer<typeof ZEmployerParticipation>;

export const ZJobseekerParticipation = z.object({
  jobseeker: z.object({ id: z.string(), name: z.string(), dossierNumber: z.string() }),
  status: z.enum(participationStatuses),
  invited: ZDone,
  registered: ZDone,
  withdrawn: ZDone,
  attendanceRecorded: ZDone,
  /** Follow-up agreed at the activity: a conversation at this employer. */
  followUpEmployer: ZRef.nullable(),
});
export type TJobseekerParticipation = z.infer<typeof ZJobseekerParticipation>;

export const ZActivitySummary = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  kind: z.enum(activityKinds),
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  location: z.string(),
  status: z.enum(activityStatuses),
  organiser: ZRef,
  capacity: z.number(),
  /** Jobseekers holding a place: everyone but those who withdrew. */
  placesTaken: z.number(),
  employerCount: z.number(),
});
export type TActivitySummary = z.infer<typeof ZActivitySummary>;
export const ZActivityList = z.object({ items: z.array(ZActivitySummary) });

export const ZActivity = ZActivitySummary.extend({
  description: z.string(),
  employers: z.array(ZEmployerParticipation),
  jobseekers: z.array(ZJobseekerParticipation),
  /** Derived from the attendance recorded per jobseeker. */
  outcome: z.object({ attended: z.number(), noShow: z.number(), followUps: z.number() }),
  version: z.number(),
});
export type TActivity = z.infer<typeof ZActivity>;

export const ZOrganiserList = z.object({ items: z.array(ZRef) });
export const ZOrganiserQuery = z.object({ werkpleinId: z.string().min(1).max(64) });
