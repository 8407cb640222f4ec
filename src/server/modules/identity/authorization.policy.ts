import type { BackOfficeUnit, Role } from '../../db/schema.ts';
import type { Actor } from './actor.ts';

import type { TCapability } from '../../../contracts/identity.ts';

/** The actions the policy knows; the contracts list them so the web can ask what is offered. */
export type Action = TCapability;

/** Which roles may perform an action at all. The beheerder manages users but reads no dossiers. */
const matrix: Record<Action, readonly Role[]> = {
  'jobseeker.search': ['intakeOfficer', 'caseManager', 'management', 'backOffice'],
  'jobseeker.read': ['intakeOfficer', 'caseManager', 'management', 'backOffice'],
  'jobseeker.register': ['intakeOfficer', 'caseManager'],
  'employee.manage': ['administrator'],
  'processingLog.read': ['administrator'],
  // The Werkplein's own settings, such as its arbeidsmarktregio and sharing its pool in the region.
  'werkplein.manage': ['administrator'],
  // Every channel registers the same way: at the desk (intaker) or by the klantmanager.
  'registration.record': ['intakeOfficer', 'caseManager'],
  'intake.perform': ['intakeOfficer'],
  // Assigning or reassigning the one klantmanager: the intaker at intake, the MT afterwards.
  'case.assign': ['intakeOfficer', 'management'],
  // Diagnosis, action plan, appointments, benefits, referrals, summons, ladder, activation, outflow.
  // Any klantmanager of the Werkplein may act (colleagues stand in); the log says who did.
  'case.manage': ['caseManager'],
  'caseload.read': ['caseManager'],
  'team.read': ['management'],
  'worklist.read': ['backOffice'],
  'referral.answer': ['backOffice'],
  // Only the back office decides on sanctions (the service checks the unit: handhaving or inkomen).
  'sanction.decide': ['backOffice'],
  // One's own tasks (Work First deadlines, aftercare calls): every staff role but the beheerder.
  // Documents and notes in the dossier: who works on the case (a back office only while referred).
  'document.manage': ['intakeOfficer', 'caseManager', 'backOffice'],
  // The trajectenboek: everyone who works with jobseekers reads it; the inkoopmakelaar and MT keep it.
  'instrument.read': [
    'intakeOfficer',
    'caseManager',
    'accountManager',
    'backOffice',
    'procurementAdvisor',
    'management',
  ],
  'instrument.manage': ['procurementAdvisor', 'management'],
  // One face to the employer: the matchmaker keeps the employer; everyone who meets employers logs it.
  'employer.read': ['accountManager', 'caseManager', 'intakeOfficer', 'procurementAdvisor', 'management'],
  'employer.manage': ['accountManager', 'management'],
  'employer.contact': ['accountManager', 'caseManager', 'management'],
  'vacancy.manage': ['accountManager', 'management'],
  // Candidates per vacancy and vacancies per jobseeker: the matchmaker and the klantmanager.
  'matching.read': ['accountManager', 'caseManager', 'management'],
  // The klantmanager stays responsible for the jobseeker: he proposes (and withdraws) a candidate;
  // the matchmaker presents candidates to the employer and records the feedback and the placement.
  'nomination.propose': ['caseManager'],
  'nomination.manage': ['accountManager', 'management'],
  // Job fairs and collective recruitment: the matchmaker organises them (the MT may stand in);
  // klantmanagers see them and register their jobseekers, as the matchmaker may invite them.
  'labourMarketActivity.read': ['accountManager', 'caseManager', 'management'],
  'labourMarketActivity.manage': ['accountManager', 'management'],
  'labourMarketActivity.enrol': ['accountManager', 'caseManager'],
  'task.manage': [
    'intakeOfficer',
    'caseManager',
    'accountManager',
    'backOffice',
    'procurementAdvisor',
    'management',
  ],
  // The monitor's figures: the MT for its Werkplein (and the region and country, suppressed), the
  // national role for every Werkplein, suppressed, never a person. Opening a figure to its cases
  // is for the MT of the Werkplein alone, with the dossier's rules.
  'monitor.read': ['management', 'nationalViewer'],
  'monitor.drilldown': ['management'],
};

/** Actions of the beheerder alone: managing staff and settings, and the pseudonymised log. */
const administrationActions: readonly Action[] = [
  'employee.manage',
  'processingLog.read',
  'werkplein.manage',
];

/** Actions that show only aggregates (suppressed figures): no person's data. */
const aggregateOnlyActions: readonly Action[] = ['monitor.read'];

/**
 * Whether a role reads personal data of jobseekers, employers' contacts or colleagues' cases:
 * every role that may do anything beyond administration. Granting one is shown to the beheerders.
 */
export const readsPersonalData = (role: Role): boolean =>
  (Object.entries(matrix) as [Action, readonly Role[]][]).some(
    ([action, roles]) =>
      !administrationActions.includes(action) &&
      !aggregateOnlyActions.includes(action) &&
      roles.includes(role),
  );

/** The actions an actor's roles allow at all; the web shows only what is offered. */
export const capabilitiesOf = (actor: Pick<Actor, 'roles'>): Action[] =>
  (Object.keys(matrix) as Action[]).filter((action) =>
    matrix[action].some((role) => actor.roles.includes(role)),
  );

/** Roles that see every jobseeker of their Werkplein; a back-office unit sees only what is referred to it. */
const wholeWerkpleinRoles: readonly Role[] = ['intakeOfficer', 'caseManager', 'management'];

export interface ScopedResource {
  werkpleinId: string;
  /** Back-office units with an open referral for this jobseeker. */
  referredUnits?: readonly BackOfficeUnit[];
}

export type Decision =
  | { outcome: 'allowed'; role: Role }
  | { outcome: 'forbidden' }
  /** Outside the actor's scope: answered as if it does not exist, so ids cannot be probed. */
  | { outcome: 'not_found' };

export const decide = (actor: Actor, action: Action, resource?: ScopedResource): Decision => {
  const granting = matrix[action].filter((role) => actor.roles.includes(role));
  if (granting.length === 0) return { outcome: 'forbidden' };
  if (!resource) return { outcome: 'allowed', role: granting[0] as Role };
  if (!actor.werkpleinIds.includes(resource.werkpleinId)) return { outcome: 'not_found' };
  const broad = granting.find((role) => wholeWerkpleinRoles.includes(role));
  if (broad) return { outcome: 'allowed', role: broad };
  if (
    granting.includes('backOffice') &&
    actor.backOfficeUnit !== null &&
    (resource.referredUnits ?? []).includes(actor.backOfficeUnit)
  ) {
    return { outcome: 'allowed', role: 'backOffice' };
  }
  return { outcome: 'not_found' };
};

/** Werkpleinen in which an actor may search on behalf of the whole Werkplein (not back-office limited). */
export const searchesWholeWerkplein = (actor: Actor): boolean =>
  actor.roles.some((role) => wholeWerkpleinRoles.includes(role));
