import { z } from 'zod';
import { ZDate } from './common.ts';

export const agreementResponsibles = ['jobseeker', 'case_manager', 'partner'] as const;
export const agreementStatuses = ['open', 'done', 'broken', 'cancelled'] as const;
export type TAgreementResponsible = (typeof agreementResponsibles)[number];
export type TAgreementStatus = (typeof agreementStatuses)[number];

const ZEmployeeRef = z.object({ id: z.string(), name: z.string() });

/** version: the version the user edited (0 when there was no diagnosis yet). */
export const ZDiagnosisUpdate = z
  .object({
    summary: z.string().trim().min(1).max(4000),
    selfReliant: z.boolean(),
    wageValueAssessment: z.boolean(),
    diagnosedOn: ZDate,
    version: z.number().int().min(0),
  })
  .strict();
export type TDiagnosisUpdate = z.output<typeof ZDiagnosisUpdate>;

export const ZDiagnosis = z.object({
  summary: z.string(),
  selfReliant: z.boolean(),
  wageValueAssessment: z.boolean(),
  diagnosedOn: z.string(),
  /** Self-reliant: mostly digital service until this date; then intensive personal service. */
  digitalServiceUntil: z.string().nullable(),
  /** Aim: at a company within 6 months. */
  placementTargetDate: z.string(),
  /** Aim: a work offer within 1 year. */
  workOfferTargetDate: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: ZEmployeeRef,
});
export type TDiagnosis = z.infer<typeof ZDiagnosis>;

export const ZAgreementInput = z
  .object({
    description: z.string().trim().min(1).max(1000),
    responsible: z.enum(agreementResponsibles),
    dueDate: ZDate,
  })
  .strict();
export type TAgreementInput = z.output<typeof ZAgreementInput>;

export const ZAgreementUpdate = ZAgreementInput.extend({
  status: z.enum(agreementStatuses),
  version: z.number().int().min(1),
}).strict();
export type TAgreementUpdate = z.output<typeof ZAgreementUpdate>;

export const ZAgreement = z.object({
  id: z.string(),
  description: z.string(),
  responsible: z.enum(agreementResponsibles),
  dueDate: z.string(),
  status: z.enum(agreementStatuses),
  /** When the jobseeker said "akkoord" in Mijn Werkplein, and his comment when he reported it done. */
  acceptedAt: z.string().nullable(),
  jobseekerComment: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  createdBy: ZEmployeeRef,
  updatedAt: z.string(),
  updatedBy: ZEmployeeRef,
});
export type TAgreement = z.infer<typeof ZAgreement>;

export const ZActionPlan = z.object({
  diagnosis: ZDiagnosis.nullable(),
  agreements: z.array(ZAgreement),
});
export type TActionPlan = z.infer<typeof ZActionPlan>;

export const ZAgreementParams = z.object({ id: z.uuid(), agreementId: z.uuid() });
