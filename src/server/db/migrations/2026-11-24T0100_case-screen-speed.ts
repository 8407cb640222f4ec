import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Two indexes that no query uses, each maintained on every write (found with the national-scale
// benchmark: idx_scan = 0, and EXPLAIN of every query on these columns picks another index):
// - case_event_jobseeker_idx (jobseeker_id, occurred_at desc), 1 GB at 20 million events: its
//   columns lead case_event_timeline_idx (jobseeker_id, occurred_at desc, id desc), which serves
//   the timeline, the latest event per case and the foreign-key check when a jobseeker is deleted.
// - jobseeker_caseload_idx (case_manager_id, surname_key) for active cases: the caseload orders by
//   urgency, not by name, and finds a klantmanager's cases with jobseeker_case_manager_idx (also
//   the foreign-key check on employee) or jobseeker_team_cover_idx.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop index case_event_jobseeker_idx;
    drop index jobseeker_caseload_idx;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create index jobseeker_caseload_idx on jobseeker (case_manager_id, surname_key)
      where outflow_date is null and handed_over_at is null;
    create index case_event_jobseeker_idx on case_event (jobseeker_id, occurred_at desc);
    `,
  );
}
