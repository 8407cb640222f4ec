import { describe, expect, it } from 'vitest';
import { describeEmployeeChange } from './employee-change.ts';

const names: Record<string, string> = { westland: 'Westland', delft: 'Delft' };
const name = (id: string) => names[id] ?? id;
const state = (overrides = {}) => ({
  roles: ['intakeOfficer' as const],
  werkpleinIds: ['westland'],
  backOfficeUnit: null,
  active: true,
  ...overrides,
});

describe('describeEmployeeChange', () => {
  it('says which roles a new employee got', () => {
    expect(describeEmployeeChange({ before: null, after: state() }, name)).toEqual([
      'Toegevoegd met de rollen intaker',
    ]);
  });

  it('shows roles, Werkpleinen and the account before and after, in Dutch', () => {
    expect(
      describeEmployeeChange(
        {
          before: state(),
          after: state({
            roles: ['intakeOfficer', 'backOffice'],
            backOfficeUnit: 'income',
            werkpleinIds: ['westland', 'delft'],
            active: false,
          }),
        },
        name,
      ),
    ).toEqual([
      'Rollen: intaker → intaker, backoffice (inkomen)',
      'Werkpleinen: Westland → Westland, Delft',
      'Account uitgezet',
    ]);
  });
});
