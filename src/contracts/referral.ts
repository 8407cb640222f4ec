import { z } from 'zod';
import { ZBackOfficeUnit } from './identity.ts';

export const referralStatuses = ['open', 'answered', 'withdrawn'] as const;
export type TReferralStatus = (typeof referralStatuses)[number];

/** To a back-office unit or to an external provider (by name), never both. */
export const ZReferralRequest = z
  .object({
    unit: ZBackOfficeUnit.optional(),
    externalProvider: z.string().trim().min(1).max(200).optional(),
    question: z.string().trim().min(1).max(4000),
  })
  .strict()
  .refine((r) => (r.unit === undefined) !== (r.externalProvider === undefined), {
    message: 'choose_one',
    path: ['unit'],
  });
export type TReferralRequest = z.output<typeof ZReferralRequest>;

export const ZReferralAnswer = z.object({ answer: z.string().trim().min(1).max(4000) }).strict();

const ZEmployeeRef = z.object({ id: z.string(), name: z.string() });

export const ZReferral = z.object({
  id: z.string(),
  jobseekerId: z.string(),
  unit: ZBackOfficeUnit.nullable(),
  externalProvider: z.string().nullable(),
  question: z.string(),
  status: z.enum(referralStatuses),
  referredBy: ZEmployeeRef.nullable(),
  createdAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: ZEmployeeRef.nullable(),
  signalSeenAt: z.string().nullable(),
});
export type TReferral = z.infer<typeof ZReferral>;
export const ZReferralList = z.object({ items: z.array(ZReferral) });

export const ZWorklistQuery = z.object({ status: z.enum(['open', 'answered']).default('open') });
export const ZWorklistItem = ZReferral.extend({
  werkpleinId: z.string(),
  jobseeker: z.object({ id: z.string(), fullName: z.string(), dossierNumber: z.string() }),
});
export type TWorklistItem = z.infer<typeof ZWorklistItem>;
export const ZWorklist = z.object({ items: z.array(ZWorklistItem) });
