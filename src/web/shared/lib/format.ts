/** Dutch presentation of dates, times and names. */

/** YYYY-MM-DD → dd-mm-jjjj, without going through a Date (no time-zone shifts). */
export const formatDate = (isoDate: string | null | undefined): string => {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${day}-${month}-${year}`;
};

const momentParts = (date: Date, seconds = false): Record<string, string> =>
  Object.fromEntries(
    new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value.replace(/\.$/, '')]),
  );

const parse = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * An instant as Dutch local time in Europe/Amsterdam, the way people say it: "di 8 dec 2026, 10:00";
 * with seconds where they matter (the processing log): "di 8 dec 2026, 10:00:12".
 */
export const formatDateTime = (
  iso: string | null | undefined,
  options: { seconds?: boolean } = {},
): string => {
  const date = parse(iso);
  if (!date) return iso ?? '';
  const p = momentParts(date, options.seconds);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}${options.seconds ? `:${p.second}` : ''}`;
};

/** A span of time: "di 8 dec 2026, 10:00–10:45"; the end's day is named only when it differs. */
export const formatTimeRange = (startIso: string | null | undefined, endIso: string | null | undefined) => {
  const start = parse(startIso);
  const end = parse(endIso);
  if (!start || !end) return formatDateTime(startIso);
  const a = momentParts(start);
  const b = momentParts(end);
  const sameDay = a.day === b.day && a.month === b.month && a.year === b.year;
  return `${formatDateTime(startIso)}–${sameDay ? `${b.hour}:${b.minute}` : formatDateTime(endIso)}`;
};

/** Today's date in Europe/Amsterdam as YYYY-MM-DD. */
export const todayInAmsterdam = (now: Date = new Date()): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/** 1234AB → 1234 AB, the way a Dutch postcode is written. */
export const formatPostcode = (postcode: string): string => {
  const compact = postcode.replace(/\s/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : postcode;
};
