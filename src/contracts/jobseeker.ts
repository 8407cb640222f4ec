import { z } from 'zod';
import { bsnInSearch, isValidBsn } from './bsn.ts';
import { ZDate } from './common.ts';

export const genders = ['female', 'male', 'other', 'unknown'] as const;

export const ZBsn = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .refine(isValidBsn, { message: 'invalid_bsn' });

export const ZPostcode = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, '').toUpperCase())
  .refine((v) => /^[1-9]\d{3}[A-Z]{2}$/.test(v), { message: 'postcode_format' });

const text = (max: number) => z.string().trim().min(1).max(max);

export const ZRegisterJobseekerRequest = z
  .object({
    werkpleinId: z.string().min(1).max(64),
    bsn: ZBsn,
    givenNames: text(200),
    surnamePrefix: z.string().trim().max(20).default(''),
    surname: text(200),
    birthDate: ZDate,
    gender: z.enum(genders),
    street: text(200),
    houseNumber: text(20),
    postcode: ZPostcode,
    city: text(100),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[0-9+()\s-]*$/, { message: 'phone_format' })
      .optional(),
    email: z.union([z.email().max(200), z.literal('')]).optional(),
  })
  .strict();
export type TRegisterJobseekerRequest = z.input<typeof ZRegisterJobseekerRequest>;

export const ZJobseeker = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  dossierNumber: z.string(),
  bsn: z.string(),
  givenNames: z.string(),
  surnamePrefix: z.string(),
  surname: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  gender: z.enum(genders),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isTestData: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
});
export type TJobseeker = z.infer<typeof ZJobseeker>;

export const ZJobseekerSummary = ZJobseeker.pick({
  id: true,
  werkpleinId: true,
  dossierNumber: true,
  fullName: true,
  birthDate: true,
  postcode: true,
  city: true,
}).extend({ bsnMasked: z.string() });
export type TJobseekerSummary = z.infer<typeof ZJobseekerSummary>;

export const ZJobseekerSearchQuery = z.object({
  /** A name, a dossier number or a BSN; 9 digits are a BSN and must pass the elfproef. */
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .refine(
      (q) => {
        const bsn = bsnInSearch(q);
        return bsn === null || isValidBsn(bsn);
      },
      { message: 'invalid_bsn' },
    ),
  werkpleinId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const ZJobseekerSearchResponse = z.object({
  kind: z.enum(['name', 'bsn', 'dossierNumber']),
  items: z.array(ZJobseekerSummary),
});
export type TJobseekerSearchResponse = z.infer<typeof ZJobseekerSearchResponse>;
