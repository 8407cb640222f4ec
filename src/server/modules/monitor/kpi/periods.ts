import { DomainError } from '../../../errors.ts';

/** A reporting period: a month, a tertaal (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) or a year. */
export interface Period {
  key: string;
  kind: 'month' | 'tertaal' | 'year';
  /** First and last day, inclusive. */
  from: string;
  to: string;
  /** First and last month (`YYYY-MM`), inclusive. */
  firstMonth: string;
  lastMonth: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const make = (key: string, kind: Period['kind'], year: number, first: number, last: number): Period => ({
  key,
  kind,
  from: `${pad(year, 4)}-${pad(first)}-01`,
  to: `${pad(year, 4)}-${pad(last)}-${pad(lastDay(year, last))}`,
  firstMonth: `${pad(year, 4)}-${pad(first)}`,
  lastMonth: `${pad(year, 4)}-${pad(last)}`,
});

/** The period a key names, or undefined when it names none. */
export const periodOf = (key: string): Period | undefined => {
  let m = /^(\d{4})$/.exec(key);
  if (m) return make(key, 'year', Number(m[1]), 1, 12);
  m = /^(\d{4})-T([123])$/.exec(key);
  if (m) {
    const t = Number(m[2]);
    return make(key, 'tertaal', Number(m[1]), 4 * t - 3, 4 * t);
  }
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return make(key, 'month', Number(m[1]), Number(m[2]), Number(m[2]));
  return undefined;
};

/** The same period one year earlier. */
export const lastYearOf = (period: Period): Period => {
  const year = Number(period.key.slice(0, 4)) - 1;
  return periodOf(`${pad(year, 4)}${period.key.slice(4)}`) as Period;
};

/** The earliest year the monitor answers for (the reports this product replaces began in 2008). */
const FIRST_YEAR = 2000;

/**
 * The period for a request: `unknown_period` when the key names none, `period_in_future` when
 * it starts after today (Amsterdam). A period under way is answered up to today.
 */
export const parsePeriod = (key: string, today: string): Period => {
  const period = periodOf(key.trim());
  if (!period || Number(period.key.slice(0, 4)) < FIRST_YEAR)
    throw new DomainError('unknown_period', 'Unknown period: use 2026, 2026-T1 or 2026-03', { period: key });
  if (period.from > today)
    throw new DomainError('period_in_future', 'The period has not started yet', { period: period.key });
  return period;
};

/** The month before a month (`YYYY-MM`). */
export const previousMonth = (month: string): string => {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${pad(year - 1, 4)}-12` : `${pad(year, 4)}-${pad(m - 1)}`;
};
