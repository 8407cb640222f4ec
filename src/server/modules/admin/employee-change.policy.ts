import type { BackOfficeUnit, Role } from '../../db/schema.ts';
import { readsPersonalData } from '../identity/authorization.policy.ts';

/** What decides an employee's access: recorded before and after every change. */
export interface EmployeeAccess {
  roles: readonly Role[];
  werkpleinIds: readonly string[];
  backOfficeUnit: BackOfficeUnit | null;
  active: boolean;
}

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

export const accessChanged = (before: EmployeeAccess, after: EmployeeAccess): boolean =>
  !sameSet(before.roles, after.roles) ||
  !sameSet(before.werkpleinIds, after.werkpleinIds) ||
  before.backOfficeUnit !== after.backOfficeUnit ||
  before.active !== after.active;

/**
 * Whether a change lets the employee read personal data he could not read before: a role that
 * reads it is granted, or such a role reaches another Werkplein or back-office unit, or an account
 * holding one comes back. A new employee with such a role counts too.
 */
export const widensPersonalDataAccess = (before: EmployeeAccess | null, after: EmployeeAccess): boolean => {
  const reading = after.active ? after.roles.filter(readsPersonalData) : [];
  if (reading.length === 0) return false;
  if (!before?.active) return true;
  return (
    reading.some((role) => !before.roles.includes(role)) ||
    after.werkpleinIds.some((id) => !before.werkpleinIds.includes(id)) ||
    (reading.includes('backOffice') && after.backOfficeUnit !== before.backOfficeUnit)
  );
};
