import type { Db } from '../database.ts';
import { delftPlaces, seededRandom, syntheticPerson, westlandPlaces } from './synthetic.ts';
import { seedEmployee, seedJobseekers, seedPartner, seedWerkplein, type EmployeeSeed } from './seed.ts';

/** The demo accounts, printed at start-up; they log in at the embedded identity provider. */
export const demoAccounts: readonly (EmployeeSeed & { description: string })[] = [
  {
    login: 'iris.intake',
    name: 'Iris de Wisselwachter',
    partnerId: 'gemeente-westland',
    roles: ['intakeOfficer'],
    werkpleinIds: ['westland'],
    description: 'intaker, Werkplein Westland',
  },
  {
    login: 'kees.klant',
    name: 'Kees van der Klant',
    partnerId: 'gemeente-westland',
    roles: ['caseManager'],
    werkpleinIds: ['westland'],
    description: 'klantmanager (gemeente), Westland',
  },
  {
    login: 'ursula.werkcoach',
    name: 'Ursula Werkman',
    partnerId: 'uwv',
    roles: ['caseManager'],
    werkpleinIds: ['westland'],
    description: 'werkcoach (UWV), Westland',
  },
  {
    login: 'mark.match',
    name: 'Mark Matchmaker',
    partnerId: 'uwv',
    roles: ['accountManager'],
    werkpleinIds: ['westland'],
    description: 'matchmaker, Westland',
  },
  {
    login: 'ben.inkomen',
    name: 'Ben Inkomen',
    partnerId: 'gemeente-westland',
    roles: ['backOffice'],
    backOfficeUnit: 'income',
    werkpleinIds: ['westland'],
    description: 'backoffice inkomen, Westland',
  },
  {
    login: 'sanne.schuld',
    name: 'Sanne Schuldhulp',
    partnerId: 'gemeente-westland',
    roles: ['backOffice'],
    backOfficeUnit: 'debt_assistance',
    werkpleinIds: ['westland'],
    description: 'backoffice schuldhulp, Westland',
  },
  {
    login: 'ingrid.inburgering',
    name: 'Ingrid Inburgering',
    partnerId: 'gemeente-westland',
    roles: ['backOffice'],
    backOfficeUnit: 'civic_integration',
    werkpleinIds: ['westland'],
    description: 'backoffice inburgering, Westland',
  },
  {
    login: 'hans.handhaving',
    name: 'Hans Handhaving',
    partnerId: 'gemeente-westland',
    roles: ['backOffice'],
    backOfficeUnit: 'enforcement',
    werkpleinIds: ['westland'],
    description: 'backoffice handhaving, Westland',
  },
  {
    login: 'willem.wsw',
    name: 'Willem Wsw',
    partnerId: 'patijnenburg',
    roles: ['backOffice'],
    backOfficeUnit: 'sheltered_employment',
    werkpleinIds: ['westland'],
    description: 'backoffice Wsw (Patijnenburg), Westland',
  },
  {
    login: 'ilse.inkoop',
    name: 'Ilse Inkoopmakelaar',
    partnerId: 'gemeente-westland',
    roles: ['procurementAdvisor'],
    werkpleinIds: ['westland'],
    description: 'inkoopmakelaar, Westland',
  },
  {
    login: 'monique.mt',
    name: 'Monique Manager',
    partnerId: 'uwv',
    roles: ['management'],
    werkpleinIds: ['westland'],
    description: 'MT, Westland',
  },
  {
    login: 'bea.beheer',
    name: 'Bea Beheerder',
    partnerId: 'gemeente-westland',
    roles: ['administrator'],
    werkpleinIds: ['westland'],
    description: 'functioneel beheerder, Westland',
  },
  {
    login: 'dirk.delft',
    name: 'Dirk Delftsma',
    partnerId: 'gemeente-delft',
    roles: ['caseManager'],
    werkpleinIds: ['delft'],
    description: 'klantmanager, Werkplein Delft',
  },
  {
    login: 'daan.intake',
    name: 'Daan Intake',
    partnerId: 'uwv',
    roles: ['intakeOfficer'],
    werkpleinIds: ['delft'],
    description: 'intaker, Werkplein Delft',
  },
  {
    login: 'demi.beheer',
    name: 'Demi Beheer',
    partnerId: 'gemeente-delft',
    roles: ['administrator'],
    werkpleinIds: ['delft'],
    description: 'functioneel beheerder, Delft',
  },
  {
    login: 'nina.landelijk',
    name: 'Nina Landelijk',
    partnerId: 'uwv',
    roles: ['nationalViewer'],
    werkpleinIds: ['westland'],
    description: 'landelijke monitor (alleen totalen, nooit een persoon)',
  },
];

export const seedOrganisations = async (db: Db) => {
  await seedPartner(db, {
    id: 'gemeente-westland',
    name: 'Gemeente Westland, Sociale Zaken',
    kind: 'municipality',
  });
  await seedPartner(db, { id: 'uwv', name: 'UWV WERKbedrijf', kind: 'uwv' });
  await seedPartner(db, {
    id: 'patijnenburg',
    name: 'SW-bedrijf Patijnenburg',
    kind: 'sheltered_employment',
  });
  await seedPartner(db, {
    id: 'gemeente-delft',
    name: 'Gemeente Delft, Sociale Zaken',
    kind: 'municipality',
  });
  await seedWerkplein(db, {
    id: 'westland',
    name: 'Werkplein Westland',
    municipalityCode: 'GM1783',
    labourMarketRegion: 'AM21', // Haaglanden
    partnerIds: ['gemeente-westland', 'uwv', 'patijnenburg'],
  });
  await seedWerkplein(db, {
    id: 'delft',
    name: 'Werkplein Delft',
    municipalityCode: 'GM0503',
    labourMarketRegion: 'AM21', // Haaglanden
    partnerIds: ['gemeente-delft', 'uwv'],
  });
};

/** Seeds the demo Werkpleinen, staff in every role and synthetic jobseekers. Idempotent. */
export const seedDemo = async (db: Db, options: { jobseekers?: number; now?: Date } = {}) => {
  await seedOrganisations(db);
  for (const account of demoAccounts) await seedEmployee(db, account);
  const count = options.jobseekers ?? 300;
  const random = seededRandom(2026);
  const people = Array.from({ length: count }, (_, i) => {
    const werkpleinId = i % 4 === 3 ? 'delft' : 'westland';
    return {
      werkpleinId,
      ...syntheticPerson(random, werkpleinId === 'delft' ? delftPlaces : westlandPlaces),
      isTestData: true,
    };
  });
  const ids = await seedJobseekers(db, people, options.now);
  return { jobseekers: ids.length };
};
