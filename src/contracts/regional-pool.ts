import { z } from 'zod';
import { ZWerkpleinRef } from './identity.ts';
import { labourMarketRegionCodes } from './labour-market-regions.ts';

export const ZLabourMarketRegion = z.enum(labourMarketRegionCodes);

export const ZWerkpleinParams = z.object({ werkpleinId: z.string().min(1).max(64) });

/**
 * A Werkplein's regional pool setting. Matching shares candidates and vacancies between two
 * Werkpleinen only when both share and both lie in the same arbeidsmarktregio.
 */
export const ZRegionalPool = z.object({
  werkplein: ZWerkpleinRef,
  labourMarketRegion: ZLabourMarketRegion.nullable(),
  sharesPoolRegionally: z.boolean(),
  /** The other Werkpleinen of the same region that share their pool too (whether or not this one does). */
  sharingInRegion: z.array(ZWerkpleinRef),
  version: z.number(),
});
export type TRegionalPool = z.infer<typeof ZRegionalPool>;
export const ZRegionalPoolList = z.object({ items: z.array(ZRegionalPool) });

export const ZRegionalPoolUpdate = z
  .object({
    labourMarketRegion: ZLabourMarketRegion.nullable(),
    sharesPoolRegionally: z.boolean(),
    version: z.number().int().positive(),
  })
  .strict();
export type TRegionalPoolUpdate = z.infer<typeof ZRegionalPoolUpdate>;
