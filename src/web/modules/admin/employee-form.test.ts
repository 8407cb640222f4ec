import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { TEmployee } from '../../../contracts/identity.ts';
import { fieldProblemMessage } from '../../i18n/nl.ts';
import { contractResolver } from '../../shared/lib/form-problems.ts';
import {
  employeeSchema,
  emptyEmployeeValues,
  toEmployeeUpdate,
  type EmployeeValues,
} from './employee-form.ts';

const valid: EmployeeValues = {
  ...emptyEmployeeValues(),
  login: 'j.devries',
  name: 'Joke de Vries',
  partnerId: 'uwv',
  roles: ['caseManager'],
  werkpleinIds: ['wp-1'],
};
const existing = { id: 'e-1', version: 3 } as TEmployee;
const choices = ['partnerId', 'roles', 'backOfficeUnit', 'werkpleinIds'];

/** The Dutch message per field that the form shows for these values. */
const check = async (values: EmployeeValues, employee?: TEmployee) => {
  const { errors } = await contractResolver(employeeSchema(employee))(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  return Object.fromEntries(
    Object.entries(errors as FieldErrors).map(([field, error]) => [
      field,
      fieldProblemMessage(field, String(error?.message), choices.includes(field) ? 'choice' : 'text'),
    ]),
  );
};

describe('the employee form', () => {
  it('accepts a complete employee', async () => {
    expect(await check(valid)).toEqual({});
  });

  it('asks for login, name, partner, a role and a Werkplein', async () => {
    expect(await check(emptyEmployeeValues())).toEqual({
      login: 'Vul dit veld in.',
      name: 'Vul dit veld in.',
      partnerId: 'Kies een ketenpartner.',
      roles: 'Kies ten minste één rol.',
      werkpleinIds: 'Kies ten minste één Werkplein.',
    });
  });

  it('checks the login format only for a new employee (it cannot be changed)', async () => {
    expect((await check({ ...valid, login: 'Joke de Vries' })).login).toBe(
      fieldProblemMessage('login', 'login_format'),
    );
    expect(await check({ ...valid, login: 'Joke de Vries' }, existing)).toEqual({});
  });

  it('wants a unit for the back-office role, and a real e-mail address', async () => {
    expect((await check({ ...valid, roles: ['backOffice'] })).backOfficeUnit).toBe(
      'Kies de backoffice-eenheid.',
    );
    expect(await check({ ...valid, roles: ['backOffice'], backOfficeUnit: 'income' })).toEqual({});
    expect((await check({ ...valid, email: 'joke@' })).email).toBe(
      'Vul een e-mailadres in als naam@voorbeeld.nl.',
    );
  });
});

describe('toEmployeeUpdate', () => {
  it('sends the version read, and drops a unit that no longer applies', () => {
    const update = toEmployeeUpdate({ ...valid, backOfficeUnit: 'income', email: '' }, 3);
    expect(update).toMatchObject({ version: 3, backOfficeUnit: null, email: null });
    expect(update).not.toHaveProperty('login');
  });
});
