import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// From the national-scale benchmark: new signals per case, and the MT team view from the index alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create index referral_signal_jobseeker_idx on referral (jobseeker_id)
      where signal_seen_at is null and answered_at is not null;
    create index jobseeker_team_cover_idx on jobseeker (werkplein_id, case_manager_id)
      include (last_contact_at, created_at)
      where case_manager_id is not null and outflow_date is null and handed_over_at is null;
    drop index jobseeker_team_idx;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The signal-and-team-indexes migration cannot be reverted');
}
