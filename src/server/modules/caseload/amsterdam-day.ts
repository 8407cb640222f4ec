/** Day-based rules are evaluated in Europe/Amsterdam; instants stay UTC. */
const TIME_ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const partsOf = (at: Date) =>
  Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value])) as Record<string, string>;

/** The calendar day (YYYY-MM-DD) of an instant in Europe/Amsterdam. */
export const amsterdamDate = (at: Date): string => {
  const p = partsOf(at);
  return `${p.year}-${p.month}-${p.day}`;
};

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
const offsetMinutes = (at: Date): number => {
  const p = partsOf(at);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
};

/** The instant a day starts in Amsterdam (00:00 local time). */
export const startOfAmsterdamDay = (day: string): Date => {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const first = new Date(utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000);
  // Near a DST change the offset at the guess may differ from the offset at the answer.
  return new Date(utcMidnight - offsetMinutes(first) * 60_000);
};

/** A calendar day plus n days. */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Today's bounds in Amsterdam: [start, end). */
export const amsterdamDayBounds = (now: Date): { date: string; start: Date; end: Date } => {
  const date = amsterdamDate(now);
  return { date, start: startOfAmsterdamDay(date), end: startOfAmsterdamDay(addDays(date, 1)) };
};
