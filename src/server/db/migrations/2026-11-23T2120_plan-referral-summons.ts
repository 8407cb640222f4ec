import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Diagnosis and action plan (agreements), summonses after broken agreements and the sanction
// decisions on them. Appointments and referrals live in the case-core migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- The klantmanager's diagnosis: one current version per jobseeker, with the target dates
    -- computed from the diagnosis date (digital service 3 months, at a company 6, work offer 12).
    create table diagnosis (
      jobseeker_id uuid primary key references jobseeker (id),
      werkplein_id text not null references werkplein (id),
      summary text not null check (length(summary) between 1 and 4000),
      self_reliant boolean not null,
      wage_value_assessment boolean not null,
      diagnosed_on date not null,
      digital_service_until date,
      placement_target_date date not null,
      work_offer_target_date date not null,
      version integer not null default 1,
      updated_by uuid not null references employee (id),
      updated_at timestamptz not null,
      check ((digital_service_until is null) = (not self_reliant))
    );

    -- The action plan: agreed steps with who is responsible and a due date.
    create table agreement (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      description text not null check (length(description) between 1 and 1000),
      responsible text not null check (responsible in ('jobseeker', 'case_manager', 'partner')),
      due_date date not null,
      status text not null default 'open' check (status in ('open', 'done', 'broken', 'cancelled')),
      version integer not null default 1,
      created_by uuid not null references employee (id),
      created_at timestamptz not null,
      updated_by uuid not null references employee (id),
      updated_at timestamptz not null
    );
    create index agreement_jobseeker_idx on agreement (jobseeker_id, due_date);

    -- An oproep after broken agreements; sequence 1 is the first summons (never a sanction).
    create table summons (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      sequence integer not null check (sequence >= 1),
      reason text not null check (length(reason) between 1 and 2000),
      agreement_ids uuid[] not null,
      sanction_possible boolean not null,
      issued_by uuid not null references employee (id),
      issued_at timestamptz not null,
      unique (jobseeker_id, sequence),
      check (sanction_possible = (sequence > 1))
    );

    -- The decision of the authorised unit (handhaving or inkomen) on a later summons.
    create table sanction_decision (
      id uuid primary key default gen_random_uuid(),
      summons_id uuid not null unique references summons (id),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      outcome text not null check (outcome in ('imposed', 'waived')),
      percentage integer check (percentage between 1 and 100),
      months integer check (months between 1 and 24),
      reasoning text not null check (length(reasoning) between 1 and 4000),
      unit text not null check (unit in ('income', 'enforcement')),
      decided_by uuid not null references employee (id),
      decided_at timestamptz not null,
      check ((outcome = 'imposed') = (percentage is not null and months is not null)),
      check (outcome = 'imposed' or (percentage is null and months is null))
    );
    create index sanction_decision_jobseeker_idx on sanction_decision (jobseeker_id);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The plan-referral-summons migration cannot be reverted');
}
