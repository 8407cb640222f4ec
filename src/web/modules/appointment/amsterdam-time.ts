/** Local times in Europe/Amsterdam for the calendar forms: the user types a day and hh:mm. */
const TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const partsOf = (at: Date) =>
  Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, p.value])) as Record<string, string>;

/** Minutes Amsterdam is ahead of UTC at an instant. */
const offsetMinutes = (at: Date): number => {
  const p = partsOf(at);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
};

export const isTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** A day (YYYY-MM-DD) and a time (hh:mm) in Amsterdam as an ISO instant in UTC. */
export const amsterdamToIso = (day: string, time: string): string => {
  const guess = Date.parse(`${day}T${time}:00Z`);
  const first = guess - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess - offsetMinutes(new Date(first)) * 60_000).toISOString();
};

/** hh:mm of an instant in Amsterdam. */
export const amsterdamTime = (iso: string): string => {
  const p = partsOf(new Date(iso));
  return `${p.hour}:${p.minute}`;
};

/** dd-mm-jjjj of an instant in Amsterdam. */
export const amsterdamDay = (iso: string): string => {
  const p = partsOf(new Date(iso));
  return `${p.day}-${p.month}-${p.year}`;
};
