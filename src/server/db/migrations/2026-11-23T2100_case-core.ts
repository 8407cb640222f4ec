import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// The shared core of the klantvolgsysteem: the one klantmanager, tasks, appointments and the
// referral's answer (signal). Module-specific tables come in their own migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table jobseeker add column case_manager_id uuid references employee (id);
    alter table jobseeker add column last_contact_at timestamptz;
    create index jobseeker_case_manager_idx on jobseeker (case_manager_id) where case_manager_id is not null;

    -- Due work for one person: Work First deadlines, aftercare calls, follow-ups.
    create table task (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid references jobseeker (id),
      assignee_id uuid not null references employee (id),
      kind text not null,
      title text not null,
      due_at timestamptz not null,
      done_at timestamptz,
      done_by uuid references employee (id),
      created_at timestamptz not null
    );
    create index task_open_assignee_idx on task (assignee_id, due_at) where done_at is null;
    create index task_jobseeker_idx on task (jobseeker_id);

    create table appointment (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid references jobseeker (id),
      employee_id uuid not null references employee (id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      channel text not null check (channel in ('desk', 'phone', 'video', 'home', 'other')),
      location text not null default '',
      subject text not null,
      status text not null default 'planned' check (status in ('planned', 'done', 'no_show', 'cancelled')),
      version integer not null default 1,
      created_by uuid references employee (id),
      created_at timestamptz not null,
      check (ends_at > starts_at)
    );
    create index appointment_employee_idx on appointment (employee_id, starts_at);
    create index appointment_jobseeker_idx on appointment (jobseeker_id, starts_at);

    -- A referral to a back-office unit or an external provider, and its answer (the signal).
    alter table referral alter column unit drop not null;
    alter table referral add column external_provider text;
    alter table referral add column question text not null default '';
    alter table referral add column referred_by uuid references employee (id);
    alter table referral add column answer text;
    alter table referral add column answered_at timestamptz;
    alter table referral add column answered_by uuid references employee (id);
    alter table referral add column signal_seen_at timestamptz;
    alter table referral add constraint referral_target_check check ((unit is null) <> (external_provider is null));
    create unique index referral_one_open_per_unit on referral (jobseeker_id, unit) where status = 'open' and unit is not null;
    create index referral_unit_open_idx on referral (werkplein_id, unit, created_at) where status = 'open';
    create index referral_answered_idx on referral (referred_by, answered_at) where signal_seen_at is null and answered_at is not null;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The case-core migration cannot be reverted');
}
