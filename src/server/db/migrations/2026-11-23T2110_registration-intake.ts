import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Registration through any channel (with its routing), the intake's quickscan and the benefit
// periods of a case. A third-party registration has no dossier and no BSN: only a contact.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table registration (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      channel text not null check (channel in ('desk', 'phone', 'email', 'web')),
      routing text not null check (routing in ('intake', 'debt_assistance', 'bbz', 'third_party')),
      jobseeker_id uuid references jobseeker (id),
      existing_dossier boolean not null default false,
      question text not null,
      contact_name text,
      contact_details text,
      third_party text,
      referral_id uuid references referral (id),
      appointment_id uuid references appointment (id),
      registered_at timestamptz not null,
      follow_up_due_at timestamptz not null,
      registered_by uuid not null references employee (id),
      check ((routing = 'third_party') = (jobseeker_id is null)),
      check (routing <> 'third_party' or (contact_name is not null and third_party is not null))
    );
    create index registration_werkplein_idx on registration (werkplein_id, registered_at);
    create index registration_jobseeker_idx on registration (jobseeker_id) where jobseeker_id is not null;

    create table intake (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      client_question text not null,
      eligible_benefit text,
      benefit_application_exists boolean not null,
      distance_to_work text not null check (distance_to_work in ('short', 'medium', 'long')),
      work_first boolean not null,
      case_manager_id uuid not null references employee (id),
      performed_by uuid not null references employee (id),
      performed_at timestamptz not null
    );
    create index intake_jobseeker_idx on intake (jobseeker_id, performed_at);

    create table benefit_period (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      benefit_type text not null check (benefit_type in ('WW', 'WWB', 'WIA', 'WAO', 'Wajong', 'IOAW', 'Bbz', 'ANW', 'geen')),
      start_date date not null,
      end_date date,
      created_by uuid references employee (id),
      created_at timestamptz not null,
      check (end_date is null or end_date >= start_date)
    );
    create index benefit_period_jobseeker_idx on benefit_period (jobseeker_id, start_date);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The registration-intake migration cannot be reverted');
}
