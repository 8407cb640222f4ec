/** The employee form's values, checks and request bodies, free of React so they can be tested. */
import type { TExpertise } from '../../../contracts/expertise.ts';
import type {
  TBackOfficeUnit,
  TEmployee,
  TEmployeeInput,
  TEmployeeUpdate,
  TRole,
} from '../../../contracts/identity.ts';
import {
  checkEmail,
  checkLogin,
  checkRequired,
  compactErrors,
  type FieldErrors,
} from '../../shared/lib/validation.ts';

export const employeeFields = [
  'login',
  'name',
  'email',
  'partnerId',
  'roles',
  'backOfficeUnit',
  'werkpleinIds',
  'active',
] as const;
export type EmployeeField = (typeof employeeFields)[number];

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

export const validateEmployee = (values: EmployeeValues, isNew: boolean): FieldErrors<EmployeeField> =>
  compactErrors<EmployeeField>({
    login: isNew ? checkLogin(values.login) : undefined,
    name: checkRequired(values.name) ?? (values.name.trim().length > 200 ? 'too_big' : undefined),
    email: checkEmail(values.email),
    partnerId: checkRequired(values.partnerId),
    roles: values.roles.length === 0 ? 'required' : undefined,
    backOfficeUnit: values.roles.includes('backOffice') && !values.backOfficeUnit ? 'required' : undefined,
    werkpleinIds: values.werkpleinIds.length === 0 ? 'required' : undefined,
    active: undefined,
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
