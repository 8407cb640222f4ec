import { describe, expect, it } from 'vitest';
import { readsPersonalData } from '../identity/authorization.policy.ts';
import { accessChanged, widensPersonalDataAccess, type EmployeeAccess } from './employee-change.policy.ts';

const access = (overrides: Partial<EmployeeAccess> = {}): EmployeeAccess => ({
  roles: ['administrator'],
  werkpleinIds: ['westland'],
  backOfficeUnit: null,
  active: true,
  ...overrides,
});

describe('roles that read personal data', () => {
  it.each([
    ['intakeOfficer', true],
    ['caseManager', true],
    ['accountManager', true],
    ['backOffice', true],
    ['procurementAdvisor', true],
    ['management', true],
    ['administrator', false],
  ] as const)('%s reads personal data: %s', (role, expected) => {
    expect(readsPersonalData(role)).toBe(expected);
  });
});

describe('a change that widens access to personal data', () => {
  it.each<[string, EmployeeAccess | null, EmployeeAccess, boolean]>([
    [
      'a beheerder who gets the klantmanager role',
      access(),
      access({ roles: ['administrator', 'caseManager'] }),
      true,
    ],
    ['a new klantmanager', null, access({ roles: ['caseManager'] }), true],
    ['a new beheerder', null, access(), false],
    [
      'a klantmanager who gets another Werkplein',
      access({ roles: ['caseManager'] }),
      access({ roles: ['caseManager'], werkpleinIds: ['westland', 'delft'] }),
      true,
    ],
    [
      'a klantmanager who loses a Werkplein',
      access({ roles: ['caseManager'], werkpleinIds: ['westland', 'delft'] }),
      access({ roles: ['caseManager'] }),
      false,
    ],
    [
      'a klantmanager who is deactivated',
      access({ roles: ['caseManager'] }),
      access({ roles: ['caseManager'], active: false }),
      false,
    ],
    [
      'a klantmanager who comes back',
      access({ roles: ['caseManager'], active: false }),
      access({ roles: ['caseManager'] }),
      true,
    ],
    [
      'a back office moved to another unit',
      access({ roles: ['backOffice'], backOfficeUnit: 'income' }),
      access({ roles: ['backOffice'], backOfficeUnit: 'enforcement' }),
      true,
    ],
    ['a matchmaker who becomes beheerder only', access({ roles: ['accountManager'] }), access(), false],
    [
      'a deactivated account that gets a role',
      access({ active: false }),
      access({ roles: ['caseManager'], active: false }),
      false,
    ],
  ])('%s: %s', (_what, before, after, expected) => {
    expect(widensPersonalDataAccess(before, after)).toBe(expected);
  });
});

describe('a change of access', () => {
  it('is a change of roles, Werkpleinen, unit or active state, in any order', () => {
    expect(
      accessChanged(
        access({ roles: ['caseManager', 'administrator'] }),
        access({ roles: ['administrator', 'caseManager'] }),
      ),
    ).toBe(false);
    expect(accessChanged(access(), access({ roles: ['administrator', 'caseManager'] }))).toBe(true);
    expect(accessChanged(access(), access({ werkpleinIds: ['delft'] }))).toBe(true);
    expect(accessChanged(access(), access({ active: false }))).toBe(true);
  });
});
