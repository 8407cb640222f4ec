import { z } from 'zod';

export const sanctionUnits = ['enforcement', 'income'] as const;

export const ZSummonsRequest = z
  .object({
    reason: z.string().trim().min(1).max(2000),
    agreementIds: z.array(z.uuid()).min(1).max(50),
    /** Refer the summons to the unit that decides on a sanction (not for a first summons). */
    referToUnit: z.enum(sanctionUnits).optional(),
  })
  .strict();
export type TSummonsRequest = z.output<typeof ZSummonsRequest>;

export const ZSanctionDecisionRequest = z
  .object({
    outcome: z.enum(['imposed', 'waived']),
    percentage: z.number().int().min(1).max(100).nullable().default(null),
    months: z.number().int().min(1).max(24).nullable().default(null),
    reasoning: z.string().trim().min(1).max(4000),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const key of ['percentage', 'months'] as const) {
      if (d.outcome === 'imposed' && d[key] === null)
        ctx.addIssue({ code: 'custom', message: 'required', path: [key] });
      if (d.outcome === 'waived' && d[key] !== null)
        ctx.addIssue({ code: 'custom', message: 'not_with_waiver', path: [key] });
    }
  });
export type TSanctionDecisionRequest = z.output<typeof ZSanctionDecisionRequest>;

const ZEmployeeRef = z.object({ id: z.string(), name: z.string() });

export const ZSanctionDecision = z.object({
  id: z.string(),
  outcome: z.enum(['imposed', 'waived']),
  percentage: z.number().nullable(),
  months: z.number().nullable(),
  reasoning: z.string(),
  unit: z.enum(sanctionUnits),
  decidedBy: ZEmployeeRef,
  decidedAt: z.string(),
});

export const ZSummons = z.object({
  id: z.string(),
  jobseekerId: z.string(),
  sequence: z.number(),
  reason: z.string(),
  agreementIds: z.array(z.string()),
  sanctionPossible: z.boolean(),
  issuedBy: ZEmployeeRef,
  issuedAt: z.string(),
  decision: ZSanctionDecision.nullable(),
});
export type TSummons = z.infer<typeof ZSummons>;
export const ZSummonsList = z.object({ items: z.array(ZSummons) });
