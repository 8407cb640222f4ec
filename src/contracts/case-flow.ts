import { z } from 'zod';
import { ZDate } from './common.ts';

/** The participatieladder: 1 Geïsoleerd … 6 Betaald werk (Dutch names in the web catalogue). */
export const participationSteps = [1, 2, 3, 4, 5, 6] as const;
export const ZParticipationStep = z.number().int().min(1).max(6);

/** Why a jobseeker left the caseload (regulier, gedeeltelijk, gesubsidieerd werk, opleiding, verhuizing, overig). */
export const outflowReasons = [
  'regular_work',
  'partial_work',
  'subsidised_work',
  'education',
  'moved',
  'other',
] as const;
export const ZOutflowReason = z.enum(outflowReasons);
export type TOutflowReason = z.infer<typeof ZOutflowReason>;
/** Outflow to work: the klantmanager does aftercare. */
export const workOutflowReasons: readonly TOutflowReason[] = [
  'regular_work',
  'partial_work',
  'subsidised_work',
];

const ZVersion = z.number().int().min(1);

/** Where a case stands: ladder, activation, outflow and handover, with the version to edit against. */
export const ZCaseFlow = z.object({
  jobseekerId: z.string(),
  participationStep: z.number().int().nullable(),
  availableForWork: z.boolean(),
  activatedAt: z.string().nullable(),
  outflowDate: z.string().nullable(),
  outflowReason: ZOutflowReason.nullable(),
  handedOverAt: z.string().nullable(),
  /** The day of registration (Europe/Amsterdam): outflow cannot lie before it. */
  registeredOn: z.string(),
  version: z.number().int(),
});
export type TCaseFlow = z.infer<typeof ZCaseFlow>;

export const ZParticipationStepRequest = z.object({ step: ZParticipationStep, version: ZVersion }).strict();
export const ZActivationRequest = z.object({ availableForWork: z.boolean(), version: ZVersion }).strict();
export const ZOutflowRequest = z
  .object({
    date: ZDate,
    reason: ZOutflowReason,
    note: z.string().trim().max(1000).default(''),
    version: ZVersion,
  })
  .strict();
export type TOutflowRequest = z.input<typeof ZOutflowRequest>;
export const ZHandoverRequest = z
  .object({ reason: z.string().trim().min(1).max(1000), version: ZVersion })
  .strict();
export type THandoverRequest = z.input<typeof ZHandoverRequest>;

/** After outflow to work: the aftercare task created for the klantmanager, if any. */
export const ZCaseFlowChange = ZCaseFlow.extend({
  aftercareTaskId: z.string().nullable().optional(),
  referralId: z.string().nullable().optional(),
});
export type TCaseFlowChange = z.infer<typeof ZCaseFlowChange>;
