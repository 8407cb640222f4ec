import { describe, expect, it } from 'vitest';
import { fieldErrorMessage } from '../../i18n/nl.ts';
import { toRegionalPoolUpdate, validateRegionalPool } from './regional-pool-form.ts';

describe('the regional pool form', () => {
  it('asks for a region before sharing, in Dutch', () => {
    const errors = validateRegionalPool({ labourMarketRegion: '', sharesPoolRegionally: true });
    expect(errors).toEqual({ labourMarketRegion: 'region_required' });
    expect(fieldErrorMessage('labourMarketRegion', 'region_required')).toBe(
      'Kies de arbeidsmarktregio waarin u uw bestand wilt delen.',
    );
  });

  it('accepts a region without sharing, and no region without sharing', () => {
    expect(validateRegionalPool({ labourMarketRegion: 'AM21', sharesPoolRegionally: false })).toEqual({});
    expect(validateRegionalPool({ labourMarketRegion: '', sharesPoolRegionally: false })).toEqual({});
  });

  it('sends no region as null, with the version it was read in', () => {
    expect(toRegionalPoolUpdate({ labourMarketRegion: '', sharesPoolRegionally: false }, 3)).toEqual({
      labourMarketRegion: null,
      sharesPoolRegionally: false,
      version: 3,
    });
  });
});
