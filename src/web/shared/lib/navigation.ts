/** The destinations of the main navigation and the start page, and who gets to see them. */
import type { TSessionResponse } from '../../../contracts/identity.ts';
import { nl } from '../../i18n/nl.ts';
import { can, type Capability } from './access.ts';

export const paths = {
  start: '/',
  myDay: '/mijn-dag',
  caseload: '/mijn-caseload',
  team: '/team',
  worklist: '/werkvoorraad',
  calendar: '/mijn-agenda',
  login: '/inloggen',
  jobseekers: '/werkzoekenden',
  registerJobseeker: '/werkzoekenden/nieuw',
  dossier: (id: string) => `/werkzoekenden/${encodeURIComponent(id)}`,
  intake: (id: string) => `/werkzoekenden/${encodeURIComponent(id)}/intake`,
  registration: '/aanmelden',
  catalogue: '/trajectenboek',
  employers: '/werkgevers',
  vacancy: (id: string) => `/vacatures/${encodeURIComponent(id)}`,
  activities: '/arbeidsmarktactiviteiten',
  newActivity: '/arbeidsmarktactiviteiten/nieuw',
  activity: (id: string) => `/arbeidsmarktactiviteiten/${encodeURIComponent(id)}`,
  editActivity: (id: string) => `/arbeidsmarktactiviteiten/${encodeURIComponent(id)}/wijzigen`,
  employer: (id: string) => `/werkgevers/${encodeURIComponent(id)}`,
  myVacancies: '/mijn-vacatures',
  caseloadMatches: '/vacatures-voor-mijn-werkzoekenden',
  employees: '/beheer/medewerkers',
  processingLog: '/beheer/verwerkingslog',
} as const;

export interface Destination {
  to: string;
  label: string;
  description: string;
  capability: Capability;
  /** Which paths count as this destination, for aria-current. */
  isCurrent: (pathname: string) => boolean;
}

const destinations: readonly Destination[] = [
  {
    to: paths.myDay,
    label: nl.caseflow.nav.myDay,
    description: nl.caseflow.tiles.myDay,
    capability: 'task.manage',
    isCurrent: (p) => p === paths.myDay,
  },
  {
    to: paths.caseload,
    label: nl.caseflow.nav.caseload,
    description: nl.caseflow.tiles.caseload,
    capability: 'caseload.read',
    isCurrent: (p) => p === paths.caseload,
  },
  {
    to: paths.team,
    label: nl.caseflow.nav.team,
    description: nl.caseflow.tiles.team,
    capability: 'team.read',
    isCurrent: (p) => p === paths.team,
  },
  {
    to: paths.worklist,
    label: nl.plan.worklist.title,
    description: nl.plan.worklist.tile,
    capability: 'worklist.read',
    isCurrent: (p) => p === paths.worklist,
  },
  {
    to: paths.calendar,
    label: nl.plan.calendar.title,
    description: nl.plan.calendar.tile,
    capability: 'task.manage',
    isCurrent: (p) => p === paths.calendar,
  },
  {
    to: paths.jobseekers,
    label: nl.nav.search,
    description: nl.start.tiles.search,
    capability: 'jobseeker.search',
    // A new dossier is made from the search page, after searching (so nobody gets two).
    isCurrent: (p) => p === paths.jobseekers || p.startsWith(`${paths.jobseekers}/`),
  },
  {
    to: paths.registration,
    label: nl.intake.nav.registration,
    description: nl.intake.nav.registrationTile,
    capability: 'registration.record',
    isCurrent: (p) => p === paths.registration,
  },
  {
    to: paths.employers,
    label: nl.employer.listTitle,
    description: nl.employer.tile,
    capability: 'employer.read',
    isCurrent: (p) => p === paths.employers || p.startsWith(`${paths.employers}/`),
  },
  {
    to: paths.myVacancies,
    label: nl.matching.myVacancies.title,
    description: nl.matching.myVacancies.tile,
    capability: 'vacancy.manage',
    isCurrent: (p) => p === paths.myVacancies || p.startsWith('/vacatures/'),
  },
  {
    to: paths.caseloadMatches,
    label: nl.matching.caseloadMatches.title,
    description: nl.matching.caseloadMatches.tile,
    capability: 'nomination.propose',
    isCurrent: (p) => p === paths.caseloadMatches,
  },
  {
    to: paths.activities,
    label: nl.activity.nav,
    description: nl.activity.tile,
    capability: 'labourMarketActivity.read',
    isCurrent: (p) => p === paths.activities || p.startsWith(`${paths.activities}/`),
  },
  {
    to: paths.catalogue,
    label: nl.trajectory.catalogueTitle,
    description: nl.trajectory.catalogueTile,
    capability: 'instrument.manage',
    isCurrent: (p) => p === paths.catalogue,
  },
  {
    to: paths.employees,
    label: nl.nav.employees,
    description: nl.start.tiles.employees,
    capability: 'employee.manage',
    isCurrent: (p) => p === paths.employees,
  },
  {
    to: paths.processingLog,
    label: nl.nav.processingLog,
    description: nl.start.tiles.processingLog,
    capability: 'processingLog.read',
    isCurrent: (p) => p === paths.processingLog,
  },
];

export const destinationsFor = (session: Pick<TSessionResponse, 'capabilities'>): Destination[] =>
  destinations.filter((d) => can(session, d.capability));

/** The employee's roles in Dutch, the back-office role with its unit. */
export const describeRoles = (employee: TSessionResponse['employee']): string =>
  employee.roles
    .map((role) =>
      role === 'backOffice' && employee.backOfficeUnit
        ? nl.roleWithUnit(nl.roles[role], nl.backOfficeUnits[employee.backOfficeUnit])
        : nl.roles[role],
    )
    .join(nl.listSeparator);
