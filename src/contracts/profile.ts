import { z } from 'zod';
import { ZDate } from './common.ts';
import { drivingLicences, educationLevels } from './profile-options.ts';

const ZTerm = z.string().trim().min(1).max(80);
const ZTerms = z.array(ZTerm).max(30);

export const ZEducationEntry = z
  .object({
    name: z.string().trim().min(1).max(200),
    level: z.enum(educationLevels),
    institution: z.string().trim().max(200).default(''),
    completedYear: z.number().int().min(1940).max(2100).nullable().default(null),
    diploma: z.boolean().default(false),
  })
  .strict();

export const ZWorkEntry = z
  .object({
    employer: z.string().trim().min(1).max(200),
    occupation: z.string().trim().min(1).max(200),
    from: ZDate,
    to: ZDate.nullable().default(null),
  })
  .strict()
  .refine((w) => w.to === null || w.from <= w.to, { message: 'period_order', path: ['to'] });

export const ZProfileFields = z
  .object({
    educationLevel: z.enum(educationLevels).nullable(),
    wantedOccupations: ZTerms,
    skills: ZTerms,
    languages: ZTerms,
    drivingLicences: z.array(z.enum(drivingLicences)).max(drivingLicences.length),
    hoursPerWeek: z.number().int().min(1).max(60).nullable(),
    travelRadiusKm: z.number().int().min(0).max(250).nullable(),
    availableFrom: ZDate.nullable(),
    education: z.array(ZEducationEntry).max(30),
    workHistory: z.array(ZWorkEntry).max(50),
  })
  .strict();

/** version: the version the user edited (0 when the profile did not exist yet). */
export const ZProfileUpdate = ZProfileFields.extend({ version: z.number().int().min(0) }).strict();
export type TProfileUpdate = z.output<typeof ZProfileUpdate>;

export const ZProfile = z.object({
  educationLevel: z.enum(educationLevels).nullable(),
  wantedOccupations: z.array(z.string()),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  drivingLicences: z.array(z.enum(drivingLicences)),
  hoursPerWeek: z.number().nullable(),
  travelRadiusKm: z.number().nullable(),
  availableFrom: z.string().nullable(),
  education: z.array(
    z.object({
      name: z.string(),
      level: z.enum(educationLevels),
      institution: z.string(),
      completedYear: z.number().nullable(),
      diploma: z.boolean(),
    }),
  ),
  workHistory: z.array(
    z.object({ employer: z.string(), occupation: z.string(), from: z.string(), to: z.string().nullable() }),
  ),
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type TProfile = z.infer<typeof ZProfile>;
