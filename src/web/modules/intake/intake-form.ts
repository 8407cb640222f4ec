/** Helpers for the registration and intake forms, free of React so they can be tested. */
import { nl } from '../../i18n/nl.ts';
import { fieldErrorMessage } from '../../i18n/nl.ts';

/** The instant of a local Amsterdam date and time (CET or CEST), as ISO with offset. */
export const amsterdamInstant = (date: string, time: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${date}T${time}:00${offset}`);
    if (!Number.isNaN(candidate.getTime()) && format.format(candidate) === time)
      return `${date}T${time}:00${offset}`;
  }
  return null;
};

/** A field problem in Dutch: the intake catalogue first, then the general one. */
export const intakeFieldError = (path: string, code: string): string =>
  nl.intake.fieldErrors[code] ?? fieldErrorMessage(path, code);
