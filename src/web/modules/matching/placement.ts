/** What recording a placement will do, worked out beforehand for the confirmation. */
import type { TVacancyKind } from '../../../contracts/employer-options.ts';
import { EMPLOYER_AFTERCARE_DAYS, placementOutflowReason } from '../../../contracts/nomination.ts';

/** A calendar date (YYYY-MM-DD) plus whole days, without time zones. */
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const placementEffects = (kind: TVacancyKind, startDate: string) => ({
  outflowReason: placementOutflowReason(kind),
  aftercareDate: addDays(startDate, EMPLOYER_AFTERCARE_DAYS),
});
