import { z } from 'zod';
import { agreementResponsibles, agreementStatuses } from './action-plan.ts';
import { appointmentChannels, appointmentStatuses } from './appointment.ts';

/**
 * Mijn Werkplein, the jobseeker's own portal. Every answer is about the logged-in citizen only;
 * the server takes whose dossier from his DigiD session, never from the request.
 */
export const assuranceLevels = ['basis', 'midden', 'substantieel', 'hoog'] as const;

export const ZPortalSession = z.object({
  assuranceLevel: z.enum(assuranceLevels),
  /** Whether this login may change things; otherwise a change first asks to log in again. */
  mayChange: z.boolean(),
  changeLevel: z.enum(assuranceLevels),
  csrfToken: z.string(),
  idleExpiresAt: z.string(),
});
export type TPortalSession = z.infer<typeof ZPortalSession>;

/** Who an agreement waits on now: the jobseeker himself, his klantmanager, or nobody. */
export const waitingOn = ['you', 'caseManager'] as const;

/** One step in an agreement's history, worded in the web for the jobseeker. */
export const ZAgreementStep = z.object({
  type: z.string(),
  at: z.string(),
  /** Whether the jobseeker himself did this (else his klantmanager or a colleague). */
  byYou: z.boolean(),
  status: z.enum(agreementStatuses).nullable(),
  comment: z.string().nullable(),
});

export const ZPortalAgreement = z.object({
  id: z.string(),
  description: z.string(),
  responsible: z.enum(agreementResponsibles),
  dueDate: z.string(),
  status: z.enum(agreementStatuses),
  acceptedAt: z.string().nullable(),
  comment: z.string().nullable(),
  version: z.number(),
  waitingOn: z.enum(waitingOn).nullable(),
  history: z.array(ZAgreementStep),
});
export type TPortalAgreement = z.infer<typeof ZPortalAgreement>;

export const ZPortalAppointment = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  channel: z.enum(appointmentChannels),
  location: z.string(),
  subject: z.string(),
  status: z.enum(appointmentStatuses),
  with: z.string(),
});
export type TPortalAppointment = z.infer<typeof ZPortalAppointment>;

export const ZPortalHome = z.object({
  me: z.object({
    name: z.string(),
    werkplein: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    version: z.number(),
  }),
  caseManager: z
    .object({ name: z.string(), email: z.string().nullable(), organisation: z.string() })
    .nullable(),
  agreements: z.array(ZPortalAgreement),
  appointments: z.array(ZPortalAppointment),
  benefits: z.array(z.object({ type: z.string(), startDate: z.string(), endDate: z.string().nullable() })),
});
export type TPortalHome = z.infer<typeof ZPortalHome>;

export const ZAgreementAccept = z.object({ version: z.number().int().min(1) }).strict();
export const ZAgreementDone = z
  .object({
    version: z.number().int().min(1),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict();
export type TAgreementDone = z.infer<typeof ZAgreementDone>;

export const ZContactChange = z
  .object({
    version: z.number().int().min(1),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[0-9+()\s-]*$/, { message: 'phone_format' }),
    email: z.union([z.email({ message: 'email_format' }).max(200), z.literal('')]),
  })
  .strict();
export type TContactChange = z.infer<typeof ZContactChange>;

export const ZPortalLogQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });

/** One access to my data: which organisation and role, when, why and on what legal basis. Never a name. */
export const ZPortalLogEntry = z.object({
  at: z.string(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  activity: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
});
export const ZPortalLog = z.object({
  items: z.array(ZPortalLogEntry),
  page: z.number(),
  hasMore: z.boolean(),
});
export type TPortalLog = z.infer<typeof ZPortalLog>;
