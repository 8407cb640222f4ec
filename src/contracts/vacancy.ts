import { z } from 'zod';
import { ZDate } from './common.ts';
import { agreementTopics, contractKinds, vacancyKinds, vacancyStatuses } from './employer-options.ts';
import { ZPostcode } from './jobseeker.ts';
import { drivingLicences, educationLevels } from './profile-options.ts';

const ZSkills = z.array(z.string().trim().min(1).max(80)).max(30);

const vacancyFields = {
  kind: z.enum(vacancyKinds),
  title: z.string().trim().min(1).max(200),
  occupation: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  requiredSkills: ZSkills.default([]),
  wishedSkills: ZSkills.default([]),
  educationLevel: z.enum(educationLevels).nullable().default(null),
  hoursPerWeek: z.number().int().min(1).max(60),
  postcode: ZPostcode,
  city: z.string().trim().min(1).max(100),
  drivingLicence: z.enum(drivingLicences).nullable().default(null),
  contract: z.enum(contractKinds),
  startDate: ZDate,
  endDate: ZDate.nullable().default(null),
  positions: z.number().int().min(1).max(1000),
};
const datesInOrder = (v: { startDate: string; endDate: string | null }) =>
  v.endDate === null || v.startDate <= v.endDate;

export const ZVacancyInput = z
  .object(vacancyFields)
  .strict()
  .refine(datesInOrder, { message: 'period_order', path: ['endDate'] });
export type TVacancyInput = z.output<typeof ZVacancyInput>;
export const ZVacancyUpdate = z
  .object({ ...vacancyFields, status: z.enum(vacancyStatuses), version: z.number().int().positive() })
  .strict()
  .refine(datesInOrder, { message: 'period_order', path: ['endDate'] });
export type TVacancyUpdate = z.output<typeof ZVacancyUpdate>;

export const ZAgreementRequest = z
  .object({ topic: z.enum(agreementTopics), text: z.string().trim().min(1).max(2000) })
  .strict();

export const ZVacancy = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  employer: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(vacancyKinds),
  title: z.string(),
  occupation: z.string(),
  description: z.string(),
  requiredSkills: z.array(z.string()),
  wishedSkills: z.array(z.string()),
  educationLevel: z.enum(educationLevels).nullable(),
  hoursPerWeek: z.number(),
  postcode: z.string(),
  city: z.string(),
  drivingLicence: z.enum(drivingLicences).nullable(),
  contract: z.enum(contractKinds),
  startDate: z.string(),
  endDate: z.string().nullable(),
  positions: z.number(),
  positionsFilled: z.number(),
  status: z.enum(vacancyStatuses),
  agreements: z.array(
    z.object({
      topic: z.enum(agreementTopics),
      text: z.string(),
      agreedAt: z.string(),
      agreedBy: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
  version: z.number(),
});
export type TVacancy = z.infer<typeof ZVacancy>;
export const ZVacancyList = z.object({ items: z.array(ZVacancy) });
export const ZVacancyListQuery = z.object({
  status: z.enum(vacancyStatuses).optional(),
  employerId: z.uuid().optional(),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** Nominations of one vacancy, counted per status. */
export const ZNominationCounts = z.object({
  proposed: z.number().int(),
  presented: z.number().int(),
  invited: z.number().int(),
  hired: z.number().int(),
  rejected: z.number().int(),
  withdrawn: z.number().int(),
});
/** An open vacancy of one of the matchmaker's own employers, with where its nominations stand. */
export const ZMyOpenVacancy = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(vacancyKinds),
  occupation: z.string(),
  city: z.string(),
  startDate: z.string(),
  positions: z.number().int(),
  positionsFilled: z.number().int(),
  positionsLeft: z.number().int(),
  employer: z.object({ id: z.string(), name: z.string() }),
  nominations: ZNominationCounts,
});
export type TMyOpenVacancy = z.infer<typeof ZMyOpenVacancy>;
export const ZMyOpenVacancyList = z.object({ items: z.array(ZMyOpenVacancy) });
export type TMyOpenVacancyList = z.infer<typeof ZMyOpenVacancyList>;
