import { z } from 'zod';

const ZPerson = z.object({ id: z.string(), dossierNumber: z.string(), fullName: z.string() });

export const ZCaseloadItem = ZPerson.extend({
  werkpleinId: z.string(),
  /** The benefit running today (WW, WWB, …), if any. */
  benefitType: z.string().nullable(),
  participationStep: z.number().int().nullable(),
  availableForWork: z.boolean(),
  /** last_contact_at, or else the latest event in the case. */
  lastContactAt: z.string().nullable(),
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
});
export type TCaseloadItem = z.infer<typeof ZCaseloadItem>;
export const ZCaseloadQuery = z.object({ caseManagerId: z.uuid().optional() }).strict();
export const ZCaseloadResponse = z.object({ items: z.array(ZCaseloadItem) });
export type TCaseloadResponse = z.infer<typeof ZCaseloadResponse>;

export const ZMyDayAppointment = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  channel: z.string(),
  location: z.string(),
  subject: z.string(),
  status: z.string(),
  jobseeker: ZPerson.nullable(),
});
export const ZMyDayTask = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  jobseeker: ZPerson.nullable(),
});
export const ZMyDaySignal = z.object({
  referralId: z.string(),
  unit: z.string().nullable(),
  externalProvider: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string(),
  jobseeker: ZPerson,
});
/** A vacancy a matchmaker offered me that I have not looked at yet. */
export const ZMyDayOffer = z.object({
  offerId: z.string(),
  vacancy: z.object({ id: z.string(), title: z.string(), employerName: z.string() }),
  offeredBy: z.string(),
  message: z.string(),
  offeredAt: z.string(),
});
export const ZMyDayResponse = z.object({
  /** The day shown, Europe/Amsterdam. */
  date: z.string(),
  appointments: z.array(ZMyDayAppointment),
  tasks: z.array(ZMyDayTask),
  signals: z.array(ZMyDaySignal),
  offers: z.array(ZMyDayOffer),
});
export type TMyDayResponse = z.infer<typeof ZMyDayResponse>;
export type TMyDayTask = z.infer<typeof ZMyDayTask>;
export type TMyDayOffer = z.infer<typeof ZMyDayOffer>;

export const ZTeamQuery = z.object({ werkpleinId: z.string().min(1).max(64).optional() }).strict();
export const ZTeamMember = z.object({
  caseManagerId: z.string(),
  name: z.string(),
  partnerName: z.string(),
  caseloadSize: z.number().int(),
  overdueTasks: z.number().int(),
  /** Days since the last contact of the case waiting longest (null without cases). */
  longestWithoutContactDays: z.number().int().nullable(),
  /** Median of the days since last contact over his cases (null without cases). */
  medianDaysWithoutContact: z.number().nullable(),
});
export type TTeamMember = z.infer<typeof ZTeamMember>;
export const ZTeamResponse = z.object({ werkpleinId: z.string(), members: z.array(ZTeamMember) });
export type TTeamResponse = z.infer<typeof ZTeamResponse>;

export const ZTaskCompleted = z.object({ id: z.string(), doneAt: z.string() });
