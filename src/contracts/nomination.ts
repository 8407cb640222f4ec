import { z } from 'zod';
import type { TOutflowReason } from './case-flow.ts';
import { ZDate } from './common.ts';
import type { TVacancyKind } from './employer-options.ts';

export const nominationStatuses = [
  'proposed',
  'presented',
  'invited',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type TNominationStatus = (typeof nominationStatuses)[number];
/** The employer's answer on a presented candidate; `hired` is the placement. */
export const feedbackOutcomes = ['invited', 'hired', 'rejected'] as const;
/** Nominations still under way: the employer has not hired or rejected, nobody withdrew. */
export const nominationStatusesInProgress = ['proposed', 'presented', 'invited'] as const;

/** Days after the first working day at which the matchmaker calls the employer (nazorg). */
export const EMPLOYER_AFTERCARE_DAYS = 14;

/**
 * The outflow a placement records, by kind of vacancy: paid work is outflow to work (subsidised for
 * additional and sheltered jobs); volunteer work, internships and work-experience places are steps
 * on the way, so the jobseeker stays in the caseload. Shared so the web can say what a placement does.
 */
export const placementOutflowReason = (kind: TVacancyKind): TOutflowReason | null => {
  switch (kind) {
    case 'regular':
    case 'learning_job':
      return 'regular_work';
    case 'additional':
    case 'sheltered':
      return 'subsidised_work';
    case 'volunteer':
    case 'internship':
    case 'work_experience':
      return null;
  }
};

export const ZNominationRequest = z
  .object({ jobseekerId: z.uuid(), motivation: z.string().trim().min(1).max(2000) })
  .strict();

export const ZFeedbackRequest = z
  .object({
    outcome: z.enum(feedbackOutcomes),
    /** Why the employer rejected the candidate (required for `rejected`). */
    reason: z.string().trim().min(1).max(2000).optional(),
    /** First working day (required for `hired`). */
    startDate: ZDate.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === 'rejected' && !v.reason)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['reason'] });
    if (v.outcome === 'hired' && !v.startDate)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['startDate'] });
  });
export type TFeedbackRequest = z.output<typeof ZFeedbackRequest>;

export const ZNomination = z.object({
  id: z.string(),
  vacancy: z.object({ id: z.string(), title: z.string(), employerName: z.string() }),
  /** `dossierNumber` is null for a jobseeker of a Werkplein the user does not belong to. */
  jobseeker: z.object({ id: z.string(), name: z.string(), dossierNumber: z.string().nullable() }),
  proposedBy: z.object({ id: z.string(), name: z.string() }),
  motivation: z.string(),
  status: z.enum(nominationStatuses),
  rejectionReason: z.string().nullable(),
  proposedAt: z.string(),
  presentedAt: z.string().nullable(),
  feedbackAt: z.string().nullable(),
  /** When the klantmanager withdrew the candidate (status `withdrawn`). */
  withdrawnAt: z.string().nullable(),
  startDate: z.string().nullable(),
  /** When the matchmaker's aftercare call falls due; its task exists from then on. */
  aftercareDueAt: z.string().nullable(),
  aftercareTaskId: z.string().nullable(),
  version: z.number(),
});
export type TNomination = z.infer<typeof ZNomination>;
export const ZNominationList = z.object({ items: z.array(ZNomination) });

/** The matchmaker offers the vacancy to klantmanagers, e.g. those of the best candidates. */
export const ZVacancyOfferRequest = z
  .object({
    caseManagerIds: z.array(z.uuid()).min(1).max(50),
    message: z.string().trim().max(1000).default(''),
  })
  .strict();
export type TVacancyOfferRequest = z.output<typeof ZVacancyOfferRequest>;

export const ZVacancyOffer = z.object({
  id: z.string(),
  vacancyId: z.string(),
  caseManager: z.object({ id: z.string(), name: z.string() }),
  offeredBy: z.object({ id: z.string(), name: z.string() }),
  message: z.string(),
  offeredAt: z.string(),
  seenAt: z.string().nullable(),
});
export type TVacancyOffer = z.infer<typeof ZVacancyOffer>;
export const ZVacancyOfferList = z.object({ items: z.array(ZVacancyOffer) });
