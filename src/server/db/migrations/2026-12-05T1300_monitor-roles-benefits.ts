import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Monitor (issue 11): the national aggregate-only role, and the benefit types the KPIs need: the
// two parts of the WIA (IVA, WGA) and the WAZ beside the codes already known.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table employee_role drop constraint employee_role_role_check;
    alter table employee_role add constraint employee_role_role_check check (role in ('intakeOfficer',
      'caseManager', 'accountManager', 'backOffice', 'procurementAdvisor', 'management', 'administrator',
      'nationalViewer'));
    alter table benefit_period drop constraint benefit_period_benefit_type_check;
    alter table benefit_period add constraint benefit_period_benefit_type_check check (benefit_type in
      ('WW', 'WWB', 'WIA', 'IVA', 'WGA', 'WAO', 'WAZ', 'Wajong', 'IOAW', 'Bbz', 'ANW', 'geen'));
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The monitor roles and benefits migration cannot be reverted');
}
