import { describe, expect, it } from 'vitest';
import { poolOf, sharePools, type PoolSetting } from './regional-pool.policy.ts';

const wp = (id: string, region: string | null, shares: boolean): PoolSetting => ({
  id,
  labourMarketRegion: region,
  sharesPoolRegionally: shares,
});

describe('regional pool sharing', () => {
  const cases: [string, PoolSetting, PoolSetting, boolean][] = [
    ['both share, same region', wp('westland', 'AM21', true), wp('delft', 'AM21', true), true],
    ['only one shares', wp('westland', 'AM21', true), wp('delft', 'AM21', false), false],
    ['the other only shares', wp('westland', 'AM21', false), wp('delft', 'AM21', true), false],
    ['neither shares', wp('westland', 'AM21', false), wp('delft', 'AM21', false), false],
    ['both share, other regions', wp('westland', 'AM21', true), wp('rotterdam', 'AM22', true), false],
    ['both share, no region known', wp('a', null, true), wp('b', null, true), false],
    ['a Werkplein is not its own partner', wp('westland', 'AM21', true), wp('westland', 'AM21', true), false],
  ];
  it.each(cases)('%s', (_name, a, b, expected) => {
    expect(sharePools(a, b)).toBe(expected);
    expect(sharePools(b, a)).toBe(expected); // mutual
  });

  it('puts the own Werkplein first, then the sharing partners of its region', () => {
    const own = wp('westland', 'AM21', true);
    const others = [
      wp('den-haag', 'AM21', true),
      wp('delft', 'AM21', true),
      wp('zoetermeer', 'AM21', false),
      wp('rotterdam', 'AM22', true),
    ];
    expect(poolOf(own, others)).toEqual(['westland', 'delft', 'den-haag']);
    expect(poolOf({ ...own, sharesPoolRegionally: false }, others)).toEqual(['westland']);
  });
});
