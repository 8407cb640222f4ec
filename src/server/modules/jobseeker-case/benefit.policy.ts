import type { TBenefitType } from '../../../contracts/intake.ts';
import type { PartnerKind } from '../../db/schema.ts';

/** Benefits paid from the UWV budget; WWB, IOAW, Bbz, ANW and none (nugger) are the municipality's. */
const uwvBenefits: ReadonlySet<TBenefitType> = new Set<TBenefitType>([
  'WW',
  'WIA',
  'IVA',
  'WGA',
  'WAO',
  'WAZ',
  'Wajong',
]);

export const partnerKindFor = (benefitType: TBenefitType | null): 'uwv' | 'municipality' =>
  benefitType !== null && uwvBenefits.has(benefitType) ? 'uwv' : 'municipality';

/**
 * The financially responsible partner for a benefit, among the partners of a Werkplein:
 * WW/WIA/WAO/Wajong → UWV, everything else → the municipality. Undefined if the Werkplein lacks it.
 */
export const fundingPartnerFor = <P extends { id: string; kind: PartnerKind }>(
  benefitType: TBenefitType | null,
  partners: readonly P[],
): P | undefined => partners.find((p) => p.kind === partnerKindFor(benefitType));

export interface Period {
  id?: string;
  benefitType: TBenefitType;
  startDate: string;
  endDate: string | null;
}

/** Inclusive date ranges; an open end runs forever. */
const overlaps = (a: Period, b: Period): boolean =>
  a.startDate <= (b.endDate ?? '9999-12-31') && b.startDate <= (a.endDate ?? '9999-12-31');

export type PeriodProblem = 'date_order' | 'benefit_overlap';

/** Why a new or changed period cannot be stored, or null. Different benefits may run together. */
export const periodProblem = (candidate: Period, existing: readonly Period[]): PeriodProblem | null => {
  if (candidate.endDate !== null && candidate.endDate < candidate.startDate) return 'date_order';
  const clash = existing.some(
    (p) => p.id !== candidate.id && p.benefitType === candidate.benefitType && overlaps(p, candidate),
  );
  return clash ? 'benefit_overlap' : null;
};

export const dayBefore = (day: string): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * A change of benefit (WW → WWB) on the same case: which running periods end (the day before the
 * new start) and the new period. Nothing else of the case changes: no "knip".
 */
export const planBenefitChange = (
  existing: readonly Period[],
  next: { benefitType: TBenefitType; startDate: string },
): { end: { id: string; endDate: string }[]; start: Period } | PeriodProblem => {
  const endDate = dayBefore(next.startDate);
  const running = existing.filter(
    (p) => p.startDate <= next.startDate && (p.endDate === null || p.endDate >= next.startDate),
  );
  if (running.some((p) => p.startDate > endDate)) return 'date_order';
  const ended = existing.map((p) => (running.includes(p) ? { ...p, endDate } : p));
  const start: Period = { benefitType: next.benefitType, startDate: next.startDate, endDate: null };
  const problem = periodProblem(start, ended);
  if (problem) return problem;
  return { end: running.flatMap((p) => (p.id ? [{ id: p.id, endDate }] : [])), start };
};
