import { describe, expect, it } from 'vitest';
import {
  emptyEmployeeValues,
  toEmployeeUpdate,
  validateEmployee,
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

describe('validateEmployee', () => {
  it('accepts a complete employee', () => {
    expect(validateEmployee(valid, true)).toEqual({});
  });

  it('asks for login, name, partner, a role and a Werkplein', () => {
    expect(validateEmployee(emptyEmployeeValues(), true)).toEqual({
      login: 'required',
      name: 'required',
      partnerId: 'required',
      roles: 'required',
      werkpleinIds: 'required',
    });
  });

  it('checks the login format only for a new employee (it cannot be changed)', () => {
    expect(validateEmployee({ ...valid, login: 'Joke de Vries' }, true).login).toBe('login_format');
    expect(validateEmployee({ ...valid, login: 'Joke de Vries' }, false).login).toBeUndefined();
  });

  it('wants a unit for the back-office role', () => {
    expect(validateEmployee({ ...valid, roles: ['backOffice'] }, true).backOfficeUnit).toBe('required');
    expect(validateEmployee({ ...valid, roles: ['backOffice'], backOfficeUnit: 'income' }, true)).toEqual({});
  });
});

describe('toEmployeeUpdate', () => {
  it('sends the version read, and drops a unit that no longer applies', () => {
    const update = toEmployeeUpdate({ ...valid, backOfficeUnit: 'income', email: '' }, 3);
    expect(update).toMatchObject({ version: 3, backOfficeUnit: null, email: null });
    expect(update).not.toHaveProperty('login');
  });
});
