import { z } from 'zod';
import { vacancyKinds } from './employer-options.ts';
import { ZWerkpleinRef } from './identity.ts';

export const matchCriteria = [
  'occupation',
  'requiredSkills',
  'wishedSkills',
  'education',
  'distance',
  'hours',
  'drivingLicence',
  'language',
  'availability',
] as const;
export const criterionStatuses = ['met', 'partial', 'missing', 'unknown'] as const;
/** What would bridge a gap: scholing, loonkostensubsidie, proefplaatsing. */
export const matchBridges = ['training', 'wageSubsidy', 'trialPlacement'] as const;

/** Why a match ranks where it does: each criterion met, partly met, missing or unknown. */
export const ZMatchExplanation = z.object({
  score: z.number(),
  criteria: z.array(
    z.object({
      criterion: z.enum(matchCriteria),
      status: z.enum(criterionStatuses),
      points: z.number(),
      maxPoints: z.number(),
      missing: z.array(z.string()).optional(),
      value: z.number().optional(),
    }),
  ),
  bridges: z.array(z.enum(matchBridges)),
});
export type TMatchExplanation = z.infer<typeof ZMatchExplanation>;

export const ZMatchQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

/** Whom to contact about a match: the jobseeker's klantmanager, or the employer's matchmaker. */
export const ZMatchContact = z.object({ id: z.string(), name: z.string(), email: z.string().nullable() });

/**
 * A candidate. One of another Werkplein (from a regionally shared pool, see regional-pool.policy.ts)
 * shows only what matching needs: name, city, the match and whom to contact — his klantmanager and
 * the Werkplein they work in. `dossierNumber` is null whenever the user may not open his dossier.
 */
export const ZCandidate = z.object({
  jobseeker: z.object({
    id: z.string(),
    name: z.string(),
    dossierNumber: z.string().nullable(),
    city: z.string(),
    werkplein: ZWerkpleinRef,
    caseManager: ZMatchContact.nullable(),
  }),
  /** True for a candidate from another Werkplein of the region's shared pool. */
  fromRegionalPool: z.boolean(),
  distanceKm: z.number().nullable(),
  match: ZMatchExplanation,
  /** The nomination for this vacancy, if he was already proposed. */
  nomination: z.object({ id: z.string(), status: z.string() }).nullable(),
});
export type TCandidate = z.infer<typeof ZCandidate>;
export const ZCandidateList = z.object({ vacancyId: z.string(), items: z.array(ZCandidate) });

export const ZVacancyMatch = z.object({
  vacancy: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(vacancyKinds),
    occupation: z.string(),
    employer: z.object({ id: z.string(), name: z.string() }),
    city: z.string(),
    startDate: z.string(),
    positionsLeft: z.number(),
    werkplein: ZWerkpleinRef,
    /** The employer's matchmaker, to contact about the vacancy. */
    accountManager: ZMatchContact.nullable(),
  }),
  /** True for a vacancy of another Werkplein of the region's shared pool. */
  fromRegionalPool: z.boolean(),
  distanceKm: z.number().nullable(),
  match: ZMatchExplanation,
  nomination: z.object({ id: z.string(), status: z.string() }).nullable(),
});
export type TVacancyMatch = z.infer<typeof ZVacancyMatch>;
export const ZVacancyMatchList = z.object({ jobseekerId: z.string(), items: z.array(ZVacancyMatch) });
