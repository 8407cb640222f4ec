import { z } from 'zod';
import { ZDate } from './common.ts';

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
  jobseeker: z.object({ id: z.string(), name: z.string(), dossierNumber: z.string() }),
  proposedBy: z.object({ id: z.string(), name: z.string() }),
  motivation: z.string(),
  status: z.enum(nominationStatuses),
  rejectionReason: z.string().nullable(),
  proposedAt: z.string(),
  presentedAt: z.string().nullable(),
  feedbackAt: z.string().nullable(),
  startDate: z.string().nullable(),
  aftercareTaskId: z.string().nullable(),
  version: z.number(),
});
export type TNomination = z.infer<typeof ZNomination>;
export const ZNominationList = z.object({ items: z.array(ZNomination) });
