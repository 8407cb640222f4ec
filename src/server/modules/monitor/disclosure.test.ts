import { describe, expect, it } from 'vitest';
import { applyDisclosureControl, suppressedCells, type Cell } from './disclosure.ts';

const counts = (values: Record<string, number>): Cell[] =>
  Object.entries(values).map(([id, value]) => ({ id, value, kind: 'count' }));

/** What a reader can recompute: each equation with exactly one hidden cell gives it away. */
const recomputable = (cells: Cell[], equations: string[][], hidden: Set<string>): string[] =>
  equations.flatMap((eq) => {
    const gone = eq.filter((id) => hidden.has(id));
    return gone.length === 1 && cells.some((c) => c.id === gone[0]) ? gone : [];
  });

describe('disclosure control', () => {
  it('suppresses counts below 5 and keeps the others', () => {
    const cells = counts({ a: 4, b: 5, c: 0, d: 120 });
    const shown = applyDisclosureControl(cells, []);
    expect(shown.map((c) => [c.id, c.value, c.suppressed])).toEqual([
      ['a', null, true],
      ['b', 5, false],
      ['c', null, true],
      ['d', 120, false],
    ]);
  });

  it('a row with its total: primary suppression alone would leak, so a second cell goes too', () => {
    // WW 3, WWB 40, NUG 12, total 55: hiding only WW leaves 55 − 40 − 12 = 3.
    const cells = counts({ WW: 3, WWB: 40, NUG: 12, total: 55 });
    const equations = [['WW', 'WWB', 'NUG', 'total']];
    const hidden = suppressedCells({ cells, equations });
    expect(hidden).toEqual(new Set(['WW', 'NUG'])); // the smallest other cell, not the total
    expect(recomputable(cells, equations, hidden)).toEqual([]);
  });

  it('a table with row and column totals: the second suppression must not leak in the other direction', () => {
    //            WW   WWB  total
    // westland    2    30    32
    // delft      20    25    45
    // total      22    55    77
    const cells = counts({
      wW: 2,
      wB: 30,
      wT: 32,
      dW: 20,
      dB: 25,
      dT: 45,
      tW: 22,
      tB: 55,
      tT: 77,
    });
    const equations = [
      ['wW', 'wB', 'wT'],
      ['dW', 'dB', 'dT'],
      ['tW', 'tB', 'tT'],
      ['wW', 'dW', 'tW'],
      ['wB', 'dB', 'tB'],
      ['wT', 'dT', 'tT'],
    ];
    const primaryOnly = new Set(['wW']);
    expect(recomputable(cells, equations, primaryOnly)).toEqual(['wW', 'wW']);
    const hidden = suppressedCells({ cells, equations });
    expect(hidden.has('wW')).toBe(true);
    expect(recomputable(cells, equations, hidden)).toEqual([]);
    // The four corners of a rectangle are enough: nothing more is hidden than needed.
    expect(hidden).toEqual(new Set(['wW', 'wB', 'dW', 'dB']));
  });

  it('a share needs a denominator of at least 5 and goes with its numerator', () => {
    const cells: Cell[] = [
      ...counts({ n1: 3, d1: 4, n2: 2, d2: 50, n3: 10, d3: 50 }),
      { id: 's1', value: 75, kind: 'derived', numerator: 'n1', denominator: 'd1' },
      { id: 's2', value: 4, kind: 'derived', numerator: 'n2', denominator: 'd2' },
      { id: 's3', value: 20, kind: 'derived', numerator: 'n3', denominator: 'd3' },
    ];
    const hidden = suppressedCells({ cells, equations: [] });
    expect(hidden.has('s1')).toBe(true); // denominator 4
    expect(hidden.has('s2')).toBe(true); // 4% of 50 gives the 2 away
    expect(hidden.has('s3')).toBe(false);
  });

  it('a difference of two stocks cannot reveal a hidden stock', () => {
    const cells: Cell[] = [...counts({ end: 40, base: 3 }), { id: 'change', value: 37, kind: 'derived' }];
    const hidden = suppressedCells({ cells, equations: [['change', 'base', 'end']] });
    expect(hidden.has('base')).toBe(true);
    expect(hidden.size).toBe(2);
  });
});
