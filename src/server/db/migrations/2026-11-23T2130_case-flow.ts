import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// The course of a case after intake: participatieladder, activation for matching, outflow with its
// reason and date, handover to the income consultants; plus the indexes the caseload and the MT's
// team view read from. Values are written out here: migrations never import app code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table jobseeker add column participation_step smallint check (participation_step between 1 and 6);
    alter table jobseeker add column available_for_work boolean not null default false;
    alter table jobseeker add column activated_at timestamptz;
    alter table jobseeker add column outflow_date date;
    alter table jobseeker add column outflow_reason text check (outflow_reason in
      ('regular_work', 'partial_work', 'subsidised_work', 'education', 'moved', 'other'));
    alter table jobseeker add column handed_over_at timestamptz;
    alter table jobseeker add constraint jobseeker_outflow_complete_check
      check ((outflow_date is null) = (outflow_reason is null));

    -- A klantmanager's active cases (caseload, Mijn dag), and per Werkplein the active cases of
    -- every klantmanager (team view): both answered from the index without touching other cases.
    create index jobseeker_caseload_idx on jobseeker (case_manager_id, surname_key)
      where outflow_date is null and handed_over_at is null;
    create index jobseeker_team_idx on jobseeker (werkplein_id, case_manager_id)
      include (last_contact_at)
      where case_manager_id is not null and outflow_date is null and handed_over_at is null;
    -- Matchmakers see only activated jobseekers.
    create index jobseeker_available_idx on jobseeker (werkplein_id, activated_at)
      where available_for_work;
    -- Timeline pages: keyset on (occurred_at, id) per jobseeker.
    create index case_event_timeline_idx on case_event (jobseeker_id, occurred_at desc, id desc);
    -- Open tasks per case (caseload counts) and a Werkplein's open tasks (team view).
    create index task_open_jobseeker_idx on task (jobseeker_id, due_at) where done_at is null;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The case-flow migration cannot be reverted');
}
