import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Employer demand of every kind, with the intake agreements made with the employer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table vacancy (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      employer_id uuid not null references employer (id),
      kind text not null check (kind in ('regular', 'additional', 'sheltered', 'volunteer', 'learning_job', 'internship', 'work_experience')),
      title text not null check (length(title) between 1 and 200),
      occupation text not null check (length(occupation) between 1 and 200),
      description text not null default '',
      required_skills text[] not null default '{}',
      wished_skills text[] not null default '{}',
      education_level text,
      hours_per_week integer not null check (hours_per_week between 1 and 60),
      postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      city text not null,
      driving_licence text,
      contract text not null check (contract in ('permanent', 'temporary', 'none')),
      start_date date not null,
      end_date date,
      positions integer not null check (positions > 0),
      positions_filled integer not null default 0 check (positions_filled >= 0 and positions_filled <= positions),
      status text not null default 'open' check (status in ('open', 'on_hold', 'filled', 'closed')),
      agreements jsonb not null default '[]',
      version integer not null default 1,
      created_by uuid not null references employee (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (end_date is null or end_date >= start_date)
    );
    create index vacancy_employer_idx on vacancy (employer_id);
    create index vacancy_open_idx on vacancy (werkplein_id, status, created_at desc);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The vacancies migration cannot be reverted');
}
