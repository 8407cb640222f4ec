import { workOutflowReasons, type TOutflowReason } from '../../../contracts/case-flow.ts';
import { addDays } from '../caseload/amsterdam-day.ts';

/** Days after outflow to work at which the klantmanager's aftercare call is due. */
export const AFTERCARE_DAYS = 28;

export type OutflowDateProblem = 'outflow_date_future' | 'outflow_before_registration';

/** An outflow date may be today or in the past, but not before the day of registration. */
export const outflowDateProblem = (
  date: string,
  today: string,
  registeredOn: string,
): OutflowDateProblem | null => {
  if (date > today) return 'outflow_date_future';
  if (date < registeredOn) return 'outflow_before_registration';
  return null;
};

export const needsAftercare = (reason: TOutflowReason): boolean => workOutflowReasons.includes(reason);

export const aftercareDay = (outflowDate: string): string => addDays(outflowDate, AFTERCARE_DAYS);
