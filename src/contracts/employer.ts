import { z } from 'zod';
import { contactChannels, sectors, sizeClasses } from './employer-options.ts';
import { ZPostcode } from './jobseeker.ts';

export const ZKvkNumber = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ''))
  .refine((v) => /^\d{8}$/.test(v), { message: 'kvk_format' });

const ZLocation = z
  .object({
    street: z.string().trim().min(1).max(200),
    houseNumber: z.string().trim().min(1).max(20),
    postcode: ZPostcode,
    city: z.string().trim().min(1).max(100),
  })
  .strict();
const ZContactPerson = z
  .object({
    name: z.string().trim().min(1).max(200),
    jobTitle: z.string().trim().max(200).default(''),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[0-9+()\s-]*$/, { message: 'phone_format' })
      .nullable()
      .default(null),
    email: z
      .union([z.email().max(200), z.literal('')])
      .nullable()
      .default(null),
  })
  .strict();

export const ZEmployerInput = z
  .object({
    werkpleinId: z.string().min(1).max(64),
    kvkNumber: ZKvkNumber,
    name: z.string().trim().min(1).max(200),
    sector: z.enum(sectors),
    sizeClass: z.enum(sizeClasses),
    /** Leave out to let the sector decide (new employers get the sector's matchmaker). */
    accountManagerId: z.uuid().nullable().optional(),
    locations: z.array(ZLocation).max(50).default([]),
    contactPersons: z.array(ZContactPerson).max(50).default([]),
  })
  .strict();
export type TEmployerInput = z.output<typeof ZEmployerInput>;
export const ZEmployerUpdate = ZEmployerInput.omit({ werkpleinId: true, kvkNumber: true }).extend({
  accountManagerId: z.uuid().nullable(),
  version: z.number().int().positive(),
});
export type TEmployerUpdate = z.output<typeof ZEmployerUpdate>;

const ZPersonRef = z.object({ id: z.string(), name: z.string() });
export const ZEmployerContact = z.object({
  id: z.string(),
  employee: ZPersonRef,
  partner: ZPersonRef,
  channel: z.enum(contactChannels),
  subject: z.string(),
  occurredAt: z.string(),
});
export type TEmployerContact = z.infer<typeof ZEmployerContact>;

export const ZEmployerSummary = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  kvkNumber: z.string(),
  name: z.string(),
  sector: z.enum(sectors),
  sizeClass: z.enum(sizeClasses),
  accountManager: ZPersonRef.nullable(),
  lastContactAt: z.string().nullable(),
});
export const ZEmployerList = z.object({ items: z.array(ZEmployerSummary) });
export const ZEmployerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ZEmployer = ZEmployerSummary.extend({
  locations: z.array(
    z.object({
      id: z.string(),
      street: z.string(),
      houseNumber: z.string(),
      postcode: z.string(),
      city: z.string(),
    }),
  ),
  contactPersons: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jobTitle: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  contacts: z.array(ZEmployerContact),
  /** Approaches by more than one partner within the warning window. */
  warnings: z.array(z.object({ kind: z.literal('double_approach'), contacts: z.array(ZEmployerContact) })),
  version: z.number(),
});
export type TEmployer = z.infer<typeof ZEmployer>;

export const ZContactRequest = z
  .object({
    channel: z.enum(contactChannels),
    subject: z.string().trim().min(1).max(2000),
    occurredAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export const ZContactResponse = z.object({
  contact: ZEmployerContact,
  /** Others (from another partner) who approached this employer recently: the user is warned. */
  recentByOthers: z.array(ZEmployerContact),
  accountManager: ZPersonRef.nullable(),
});
