import { amsterdamDate, startOfAmsterdamDay } from '../../caseload/amsterdam-day.ts';
import { isOutflowToWork, type CaseFact } from './case-facts.ts';

/**
 * What one case fact adds to the monthly aggregate rows: additive measures per Werkplein and
 * month. A refresh subtracts the old facts' rows of a jobseeker and adds the new ones, so the
 * aggregate is always the sum over all facts, without recomputing it.
 *
 * Flow measures count in the month of their day. Stock measures (`stock`, `caseload`) are
 * differences: +1 in the month a segment starts, −1 in the month it ends, so the stock at the end
 * of month M is the sum of the differences up to and including M.
 */
export type Measure =
  | 'registrations'
  | 'followUp24h'
  | 'outflowWork'
  | 'preventionWw'
  | 'friction'
  | 'durable6'
  | 'durable12'
  | 'ladderUp'
  | 'ladderDown'
  | 'workFirst'
  | 'workFirst48h'
  | 'placements'
  | 'stock'
  | 'caseload';

export const stockMeasures: ReadonlySet<Measure> = new Set<Measure>(['stock', 'caseload']);

export interface MeasureRow {
  werkpleinId: string;
  /** `YYYY-MM`. */
  month: string;
  measure: Measure;
  /** A benefit code, `benefit:reason`, an employee id or `total`. */
  breakdown: string;
  value: number;
}

const monthOf = (day: string): string => day.slice(0, 7);
const HOUR = 3_600_000;
const within = (from: string, to: string | null, hours: number): boolean =>
  to !== null && Date.parse(to) - Date.parse(from) <= hours * HOUR;

/** A fact's contribution to the monthly aggregate rows. */
export const measuresOf = (fact: CaseFact): MeasureRow[] => {
  const rows: MeasureRow[] = [];
  const add = (werkpleinId: string, day: string, measure: Measure, breakdown = 'total', value = 1) =>
    rows.push({ werkpleinId, month: monthOf(day), measure, breakdown, value });

  add(fact.werkpleinId, fact.registeredOn, 'registrations');
  if (fact.followUpAt !== null && within(fact.registeredAt, fact.followUpAt, 24))
    add(fact.werkpleinId, fact.registeredOn, 'followUp24h');

  const outflow = fact.outflow;
  if (outflow && isOutflowToWork(outflow.reason)) {
    add(outflow.werkpleinId, outflow.on, 'outflowWork', `${outflow.benefit}:${outflow.reason}`);
    if (outflow.preventionWw) add(outflow.werkpleinId, outflow.on, 'preventionWw');
    if (outflow.friction) add(outflow.werkpleinId, outflow.on, 'friction');
    if (outflow.outAfter6Months) add(outflow.werkpleinId, outflow.on, 'durable6');
    if (outflow.outAfter12Months) add(outflow.werkpleinId, outflow.on, 'durable12');
  }
  for (const move of fact.ladderMoves)
    add(move.werkpleinId, move.on, move.direction === 'up' ? 'ladderUp' : 'ladderDown');
  const workFirst = fact.workFirst;
  if (workFirst) {
    const day = amsterdamDate(new Date(workFirst.intakeAt));
    add(workFirst.werkpleinId, day, 'workFirst');
    const metAt =
      workFirst.metAt ??
      (outflow && isOutflowToWork(outflow.reason) ? startOfAmsterdamDay(outflow.on).toISOString() : null);
    if (within(workFirst.intakeAt, metAt, 48)) add(workFirst.werkpleinId, day, 'workFirst48h');
  }
  for (const placement of fact.placements)
    add(placement.werkpleinId, placement.on, 'placements', placement.matchmakerId ?? 'unknown');
  for (const segment of fact.segments) {
    add(segment.werkpleinId, segment.from, 'stock', segment.benefit, 1);
    add(segment.werkpleinId, segment.from, 'caseload', segment.caseManagerId ?? 'none', 1);
    if (segment.to !== null) {
      add(segment.werkpleinId, segment.to, 'stock', segment.benefit, -1);
      add(segment.werkpleinId, segment.to, 'caseload', segment.caseManagerId ?? 'none', -1);
    }
  }
  return rows;
};
