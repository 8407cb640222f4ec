/** The regional pool form's values, check and request body, free of React so they can be tested. */
import type { TLabourMarketRegion } from '../../../contracts/labour-market-regions.ts';
import type { TRegionalPool, TRegionalPoolUpdate } from '../../../contracts/regional-pool.ts';
import type { FieldErrors } from '../../shared/lib/validation.ts';

export const regionalPoolFields = ['labourMarketRegion', 'sharesPoolRegionally'] as const;
export type RegionalPoolField = (typeof regionalPoolFields)[number];

export interface RegionalPoolValues {
  labourMarketRegion: TLabourMarketRegion | '';
  sharesPoolRegionally: boolean;
}

export const regionalPoolValuesOf = (pool: TRegionalPool): RegionalPoolValues => ({
  labourMarketRegion: pool.labourMarketRegion ?? '',
  sharesPoolRegionally: pool.sharesPoolRegionally,
});

/** Sharing needs a region, as the server checks too. */
export const validateRegionalPool = (values: RegionalPoolValues): FieldErrors<RegionalPoolField> =>
  values.sharesPoolRegionally && values.labourMarketRegion === ''
    ? { labourMarketRegion: 'region_required' }
    : {};

export const toRegionalPoolUpdate = (values: RegionalPoolValues, version: number): TRegionalPoolUpdate => ({
  labourMarketRegion: values.labourMarketRegion === '' ? null : values.labourMarketRegion,
  sharesPoolRegionally: values.sharesPoolRegionally,
  version,
});
