/**
 * Rules of the diagnosis (DOMAIN.md, "Diagnose"): a self-reliant jobseeker gets mostly digital
 * service for the first 3 months (always with a first conversation and an action plan); the aim is
 * to be at a company within 6 months and to have a work offer within 1 year.
 */
export const DIGITAL_SERVICE_MONTHS = 3;
export const PLACEMENT_TARGET_MONTHS = 6;
export const WORK_OFFER_TARGET_MONTHS = 12;

/** A calendar date plus n months; a day that does not exist in the target month becomes its last day. */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
};

export interface DiagnosisTargets {
  digitalServiceUntil: string | null;
  placementTargetDate: string;
  workOfferTargetDate: string;
}

export const diagnosisTargets = (diagnosedOn: string, selfReliant: boolean): DiagnosisTargets => ({
  digitalServiceUntil: selfReliant ? addMonths(diagnosedOn, DIGITAL_SERVICE_MONTHS) : null,
  placementTargetDate: addMonths(diagnosedOn, PLACEMENT_TARGET_MONTHS),
  workOfferTargetDate: addMonths(diagnosedOn, WORK_OFFER_TARGET_MONTHS),
});
