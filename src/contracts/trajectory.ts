import { z } from 'zod';
import { ZDate } from './common.ts';

export const fundingRules = ['by_benefit', 'uwv', 'municipality', 'sheltered_employment'] as const;

export const ZInstrumentInput = z
  .object({
    werkpleinId: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).default(''),
    provider: z.string().trim().min(1).max(200),
    fundingRule: z.enum(fundingRules),
    priceCents: z.number().int().min(0).max(100_000_000),
    durationWeeks: z.number().int().min(1).max(260),
    capacity: z.number().int().min(1).max(100_000).nullable(),
    active: z.boolean().default(true),
  })
  .strict();
export const ZInstrumentUpdate = ZInstrumentInput.omit({ werkpleinId: true }).extend({
  version: z.number().int().positive(),
});

export const ZInstrument = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  name: z.string(),
  description: z.string(),
  provider: z.string(),
  fundingRule: z.enum(fundingRules),
  priceCents: z.number(),
  durationWeeks: z.number(),
  capacity: z.number().nullable(),
  /** Purchases ordered or started: the places taken. */
  placesTaken: z.number(),
  active: z.boolean(),
  version: z.number(),
});
export type TInstrument = z.infer<typeof ZInstrument>;
export const ZInstrumentList = z.object({ items: z.array(ZInstrument) });
export const ZInstrumentQuery = z.object({
  werkpleinId: z.string().min(1).max(64).optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ZPurchaseRequest = z.object({ instrumentId: z.uuid(), startDate: ZDate }).strict();
export const ZPurchase = z.object({
  id: z.string(),
  instrument: z.object({ id: z.string(), name: z.string(), provider: z.string() }),
  fundingPartner: z.object({ id: z.string(), name: z.string() }),
  benefitType: z.string().nullable(),
  priceCents: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['ordered', 'started', 'completed', 'cancelled']),
  version: z.number(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
});
export type TPurchase = z.infer<typeof ZPurchase>;
export const ZPurchaseList = z.object({ items: z.array(ZPurchase) });
export const ZPurchaseStatusUpdate = z
  .object({ status: z.enum(['started', 'completed', 'cancelled']), version: z.number().int().positive() })
  .strict();
