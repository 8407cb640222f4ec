const HOUR = 3_600_000;
const zone = 'Europe/Amsterdam';

/** The calendar day (YYYY-MM-DD) of an instant in Amsterdam. */
export const amsterdamDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

/** The instant an Amsterdam calendar day begins (CET +01:00 or CEST +02:00). */
export const amsterdamMidnight = (day: string): Date => {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * HOUR);
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (amsterdamDay(candidate) === day && parts === '00') return candidate;
  }
  throw new Error(`No Amsterdam midnight for ${day}`);
};

const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Not at work via the temp agency within 48 hours → benefit intake appointment (hours, not days). */
export const workFirstPlacementDue = (intakeAt: Date): Date => new Date(intakeAt.getTime() + 48 * HOUR);

/**
 * The klantmanager contacts Work First within 2 weeks: until the end of the Amsterdam calendar day
 * two weeks after the intake day (so a daylight-saving change in between moves nothing).
 */
export const workFirstContactDue = (intakeAt: Date): Date =>
  amsterdamMidnight(addDays(amsterdamDay(intakeAt), 15));

/** Quality goal: follow-up agreed within 24 hours of registration. */
export const followUpDue = (registeredAt: Date): Date => new Date(registeredAt.getTime() + 24 * HOUR);

export const isOverdue = (dueAt: Date, now: Date): boolean => now.getTime() > dueAt.getTime();
