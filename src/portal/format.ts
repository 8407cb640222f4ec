/** Dates and times the Dutch way, in Europe/Amsterdam: "di 8 dec 2026, 10:00". */
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const date = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const clean = (s: string) => s.replace(/\./g, '').replace(' om ', ', ');

/** An instant: "di 8 dec 2026, 10:00". */
export const formatMoment = (iso: string): string => {
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return clean(`${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`);
};

/** A calendar date (YYYY-MM-DD): "di 8 dec 2026". */
export const formatDay = (isoDate: string): string => {
  const parts = Object.fromEntries(
    date.formatToParts(new Date(`${isoDate}T00:00:00Z`)).map((p) => [p.type, p.value]),
  );
  return clean(`${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`);
};
