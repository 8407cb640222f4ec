import { describe, expect, it } from 'vitest';
import type { BackOfficeUnit, Role } from '../../db/schema.ts';
import type { Actor } from './actor.ts';
import { decide, readsPersonalData, type Action, type ScopedResource } from './authorization.policy.ts';

const actor = (roles: Role[], unit: BackOfficeUnit | null = null, werkpleinIds = ['westland']): Actor => ({
  employeeId: 'e1',
  login: 'x',
  name: 'X',
  partnerId: 'uwv',
  partnerName: 'UWV',
  roles,
  backOfficeUnit: unit,
  werkpleinIds,
});
const inWestland: ScopedResource = { werkpleinId: 'westland', referredUnits: [] };
const inDelft: ScopedResource = { werkpleinId: 'delft', referredUnits: [] };
const referredToDebt: ScopedResource = { werkpleinId: 'westland', referredUnits: ['debt_assistance'] };

describe('authorisation matrix', () => {
  const cases: [string, Actor, Action, ScopedResource | undefined, string][] = [
    [
      'klantmanager reads a jobseeker of his Werkplein',
      actor(['caseManager']),
      'jobseeker.read',
      inWestland,
      'allowed',
    ],
    [
      'klantmanager gets not found for another Werkplein',
      actor(['caseManager']),
      'jobseeker.read',
      inDelft,
      'not_found',
    ],
    [
      'intaker registers in his Werkplein',
      actor(['intakeOfficer']),
      'jobseeker.register',
      inWestland,
      'allowed',
    ],
    [
      'intaker cannot register in another Werkplein',
      actor(['intakeOfficer']),
      'jobseeker.register',
      inDelft,
      'not_found',
    ],
    ['MT reads dossiers of its Werkplein', actor(['management']), 'jobseeker.read', inWestland, 'allowed'],
    ['MT does not register', actor(['management']), 'jobseeker.register', inWestland, 'forbidden'],
    ['beheerder reads no dossiers', actor(['administrator']), 'jobseeker.read', inWestland, 'forbidden'],
    [
      'beheerder searches no jobseekers',
      actor(['administrator']),
      'jobseeker.search',
      undefined,
      'forbidden',
    ],
    ['beheerder manages users', actor(['administrator']), 'employee.manage', undefined, 'allowed'],
    [
      'beheerder reads the processing log',
      actor(['administrator']),
      'processingLog.read',
      undefined,
      'allowed',
    ],
    [
      'klantmanager does not read the processing log',
      actor(['caseManager']),
      'processingLog.read',
      undefined,
      'forbidden',
    ],
    ['klantmanager does not manage users', actor(['caseManager']), 'employee.manage', undefined, 'forbidden'],
    [
      'beheerder sets his Werkplein’s regional sharing',
      actor(['administrator']),
      'werkplein.manage',
      undefined,
      'allowed',
    ],
    [
      'matchmaker does not set regional sharing',
      actor(['accountManager']),
      'werkplein.manage',
      undefined,
      'forbidden',
    ],
    [
      'matchmaker does not open dossiers yet',
      actor(['accountManager']),
      'jobseeker.read',
      inWestland,
      'forbidden',
    ],
    [
      'inkoopmakelaar does not open dossiers',
      actor(['procurementAdvisor']),
      'jobseeker.read',
      inWestland,
      'forbidden',
    ],
    [
      'schuldhulp sees what is referred to it',
      actor(['backOffice'], 'debt_assistance'),
      'jobseeker.read',
      referredToDebt,
      'allowed',
    ],
    [
      'inkomen does not see a referral to schuldhulp',
      actor(['backOffice'], 'income'),
      'jobseeker.read',
      referredToDebt,
      'not_found',
    ],
    [
      'back office sees nothing unreferred',
      actor(['backOffice'], 'debt_assistance'),
      'jobseeker.read',
      inWestland,
      'not_found',
    ],
    [
      'back office does not register',
      actor(['backOffice'], 'income'),
      'jobseeker.register',
      inWestland,
      'forbidden',
    ],
    [
      'klantmanager sees labour-market activities',
      actor(['caseManager']),
      'labourMarketActivity.read',
      undefined,
      'allowed',
    ],
    [
      'klantmanager registers jobseekers for an activity',
      actor(['caseManager']),
      'labourMarketActivity.enrol',
      undefined,
      'allowed',
    ],
    [
      'klantmanager does not organise activities',
      actor(['caseManager']),
      'labourMarketActivity.manage',
      undefined,
      'forbidden',
    ],
    [
      'matchmaker organises activities',
      actor(['accountManager']),
      'labourMarketActivity.manage',
      undefined,
      'allowed',
    ],
    [
      'MT does not enrol jobseekers',
      actor(['management']),
      'labourMarketActivity.enrol',
      undefined,
      'forbidden',
    ],
    [
      'beheerder sees no activities',
      actor(['administrator']),
      'labourMarketActivity.read',
      undefined,
      'forbidden',
    ],
    ['national viewer reads the monitor', actor(['nationalViewer']), 'monitor.read', undefined, 'allowed'],
    [
      'national viewer never opens a figure to its cases',
      actor(['nationalViewer']),
      'monitor.drilldown',
      undefined,
      'forbidden',
    ],
    [
      'national viewer reads no dossier',
      actor(['nationalViewer']),
      'jobseeker.read',
      inWestland,
      'forbidden',
    ],
    [
      'national viewer searches no one',
      actor(['nationalViewer']),
      'jobseeker.search',
      undefined,
      'forbidden',
    ],
    ['MT opens a figure of its Werkplein', actor(['management']), 'monitor.drilldown', inWestland, 'allowed'],
    [
      'MT opens no figure of another Werkplein',
      actor(['management']),
      'monitor.drilldown',
      inDelft,
      'not_found',
    ],
    ['klantmanager reads no monitor', actor(['caseManager']), 'monitor.read', undefined, 'forbidden'],
    [
      'two roles: the broad one wins',
      actor(['backOffice', 'caseManager'], 'income'),
      'jobseeker.read',
      inWestland,
      'allowed',
    ],
  ];
  it.each(cases)('%s', (_name, who, action, resource, expected) => {
    expect(decide(who, action, resource).outcome).toBe(expected);
  });

  it('names the role that granted the action, for the audit record', () => {
    expect(decide(actor(['backOffice', 'caseManager'], 'income'), 'jobseeker.read', inWestland)).toEqual({
      outcome: 'allowed',
      role: 'caseManager',
    });
  });
});

describe('roles that read personal data (shown to the beheerders when granted)', () => {
  it('the national viewer sees aggregates only, the MT reads dossiers', () => {
    expect(readsPersonalData('nationalViewer')).toBe(false);
    expect(readsPersonalData('administrator')).toBe(false);
    expect(readsPersonalData('management')).toBe(true);
  });
});
