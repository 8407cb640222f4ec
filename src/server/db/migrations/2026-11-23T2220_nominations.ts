import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Nominations: a klantmanager proposes an activated jobseeker for a vacancy, the matchmaker presents
// him to the employer, the employer's feedback (invited, hired, rejected with reason) is recorded.
// One nomination per vacancy and jobseeker, so nobody is presented twice. Also the indexes the
// matching pre-filter uses (activated jobseekers and open vacancies by Werkplein and PC4 area).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table nomination (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      vacancy_id uuid not null references vacancy (id),
      jobseeker_id uuid not null references jobseeker (id),
      proposed_by uuid not null references employee (id),
      motivation text not null check (length(motivation) between 1 and 2000),
      status text not null default 'proposed' check (status in ('proposed', 'presented', 'invited', 'hired', 'rejected', 'withdrawn')),
      rejection_reason text,
      proposed_at timestamptz not null,
      presented_at timestamptz,
      presented_by uuid references employee (id),
      feedback_at timestamptz,
      feedback_by uuid references employee (id),
      start_date date,
      aftercare_task_id uuid references task (id),
      version integer not null default 1,
      updated_at timestamptz not null,
      unique (vacancy_id, jobseeker_id),
      check (status <> 'rejected' or rejection_reason is not null),
      check (status <> 'hired' or start_date is not null)
    );
    create index nomination_jobseeker_idx on nomination (jobseeker_id);

    create index jobseeker_activated_pc4_idx on jobseeker (werkplein_id, (left(postcode, 4)))
      where available_for_work and outflow_date is null and handed_over_at is null;
    create index vacancy_open_occupation_idx on vacancy (werkplein_id, lower(occupation)) where status = 'open';
    create index vacancy_open_pc4_idx on vacancy (werkplein_id, (left(postcode, 4))) where status = 'open';
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The nominations migration cannot be reverted');
}
