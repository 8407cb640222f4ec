import { hoursBetween, type CaseFact } from './case-facts.ts';
import { measuresOf, type Measure, type MeasureRow } from './measures.ts';
import type { LeadTimes, MeasureSource } from './figures.ts';

/** The p-th percentile (0–1) of sorted numbers, interpolated as SQL's percentile_cont does. */
export const percentileCont = (sorted: readonly number[], p: number): number | null => {
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (rank - low);
};

/**
 * Measures straight from case facts in memory, for the unit tests and the benchmark's naive full
 * recomputation. The server reads the same measures from the derived store (monitor.repository.ts).
 */
export const memorySource = (facts: readonly CaseFact[], werkpleinIds?: readonly string[]): MeasureSource => {
  const inScope = (werkpleinId: string) => !werkpleinIds || werkpleinIds.includes(werkpleinId);
  const rows: MeasureRow[] = facts.flatMap(measuresOf).filter((r) => inScope(r.werkpleinId));
  const add = (pick: (r: MeasureRow) => boolean, measure: Measure) => {
    const out = new Map<string, number>();
    for (const r of rows)
      if (r.measure === measure && pick(r)) out.set(r.breakdown, (out.get(r.breakdown) ?? 0) + r.value);
    return out;
  };
  return {
    flow: async (measure, first, last) => add((r) => r.month >= first && r.month <= last, measure),
    stockAt: async (measure, month) => add((r) => r.month <= month, measure),
    leadTimes: async (kind, from, to): Promise<LeadTimes> => {
      const hours = facts
        .filter((f) => inScope(f.werkpleinId) && f.registeredOn >= from && f.registeredOn <= to)
        .map((f) => {
          const at = kind === 'intake' ? f.intakeAt : f.firstAgreementAt;
          return at === null ? null : hoursBetween(f.registeredAt, at);
        })
        .filter((h): h is number => h !== null)
        .sort((a, b) => a - b);
      return { n: hours.length, median: percentileCont(hours, 0.5), p90: percentileCont(hours, 0.9) };
    },
  };
};
