/** The employee form's values, schema and request bodies, free of React so they can be tested. */
import { z } from 'zod';
import type { TExpertise } from '../../../contracts/expertise.ts';
import {
  ZEmployeeInput,
  ZEmployeeUpdate,
  type TBackOfficeUnit,
  type TEmployee,
  type TEmployeeInput,
  type TEmployeeUpdate,
  type TRole,
} from '../../../contracts/identity.ts';
import { checkedAsBody } from '../../shared/lib/form-problems.ts';

export interface EmployeeValues {
  login: string;
  name: string;
  email: string;
  partnerId: string;
  roles: TRole[];
  backOfficeUnit: TBackOfficeUnit | '';
  werkpleinIds: string[];
  expertise: TExpertise[];
  active: boolean;
}

export const emptyEmployeeValues = (): EmployeeValues => ({
  login: '',
  name: '',
  email: '',
  partnerId: '',
  roles: [],
  backOfficeUnit: '',
  werkpleinIds: [],
  expertise: [],
  active: true,
});

export const employeeValuesOf = (employee: TEmployee): EmployeeValues => ({
  login: employee.login,
  name: employee.name,
  email: employee.email ?? '',
  partnerId: employee.partnerId,
  roles: [...employee.roles],
  backOfficeUnit: employee.backOfficeUnit ?? '',
  werkpleinIds: [...employee.werkpleinIds],
  expertise: [...employee.expertise],
  active: employee.active,
});

const common = (values: EmployeeValues): Omit<TEmployeeInput, 'login'> => ({
  name: values.name.trim(),
  email: values.email.trim() || null,
  partnerId: values.partnerId,
  roles: values.roles,
  // A unit belongs to the back-office role only.
  backOfficeUnit: values.roles.includes('backOffice') && values.backOfficeUnit ? values.backOfficeUnit : null,
  werkpleinIds: values.werkpleinIds,
  expertise: values.expertise,
  active: values.active,
});

export const toEmployeeInput = (values: EmployeeValues): TEmployeeInput => ({
  login: values.login.trim(),
  ...common(values),
});

export const toEmployeeUpdate = (values: EmployeeValues, version: number): TEmployeeUpdate => ({
  ...common(values),
  version,
});

/**
 * The form's checks: the request as the contract checks it (a new employee with his login, a
 * change at the version read), and a unit for the back-office role.
 */
export const employeeSchema = (employee?: TEmployee) =>
  checkedAsBody(
    z
      .object({})
      .loose()
      .superRefine((v, ctx) => {
        const { roles, backOfficeUnit } = v as Partial<EmployeeValues>;
        if (roles?.includes('backOffice') && !backOfficeUnit) {
          ctx.addIssue({ code: 'custom', message: 'required', path: ['backOfficeUnit'] });
        }
      }) as unknown as z.ZodType<unknown, EmployeeValues>,
    (values) => (employee ? toEmployeeUpdate(values, employee.version) : toEmployeeInput(values)),
    employee ? ZEmployeeUpdate : ZEmployeeInput,
  );
