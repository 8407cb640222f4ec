import { z } from 'zod';
import { ZVacancyMatch } from './matching.ts';

/** How many open vacancies to show per jobseeker of the caseload. */
export const ZCaseloadMatchesQuery = z
  .object({ perJobseeker: z.coerce.number().int().min(1).max(10).default(3) })
  .strict();

/** One activated jobseeker of the klantmanager's caseload with the best open vacancies for him. */
export const ZCaseloadMatch = z.object({
  jobseeker: z.object({
    id: z.string(),
    name: z.string(),
    dossierNumber: z.string(),
    city: z.string(),
    /** False when there is no work profile yet: the scores then rest on little. */
    hasProfile: z.boolean(),
  }),
  matches: z.array(ZVacancyMatch),
});
export type TCaseloadMatch = z.infer<typeof ZCaseloadMatch>;
export const ZCaseloadMatchList = z.object({ items: z.array(ZCaseloadMatch) });
export type TCaseloadMatchList = z.infer<typeof ZCaseloadMatchList>;
