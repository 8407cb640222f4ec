import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Werkgeversservicepunt: employers with one matchmaker each, their contact persons and locations,
// the contact log across all partners, and the matchmaker per sector for new employers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table sector_account_manager (
      werkplein_id text not null references werkplein (id),
      sector text not null,
      employee_id uuid not null references employee (id),
      primary key (werkplein_id, sector)
    );

    create table employer (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      kvk_number char(8) not null check (kvk_number ~ '^[0-9]{8}$'),
      name text not null check (length(name) between 1 and 200),
      sector text not null,
      size_class text not null check (size_class in ('1-9', '10-49', '50-249', '250+')),
      account_manager_id uuid references employee (id),
      version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (werkplein_id, kvk_number)
    );
    create index employer_account_manager_idx on employer (account_manager_id);
    create index employer_name_idx on employer (werkplein_id, lower(name) text_pattern_ops);

    create table employer_location (
      id uuid primary key default gen_random_uuid(),
      employer_id uuid not null references employer (id) on delete cascade,
      street text not null,
      house_number text not null,
      postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      city text not null
    );
    create index employer_location_employer_idx on employer_location (employer_id);

    create table employer_contact_person (
      id uuid primary key default gen_random_uuid(),
      employer_id uuid not null references employer (id) on delete cascade,
      name text not null,
      job_title text not null default '',
      phone text,
      email text
    );
    create index employer_contact_person_employer_idx on employer_contact_person (employer_id);

    -- Every contact with an employer, by whoever from whichever partner: one face to the employer.
    create table employer_contact (
      id uuid primary key default gen_random_uuid(),
      employer_id uuid not null references employer (id),
      employee_id uuid not null references employee (id),
      partner_id text not null references partner (id),
      channel text not null check (channel in ('visit', 'phone', 'email', 'event', 'other')),
      subject text not null check (length(subject) between 1 and 2000),
      occurred_at timestamptz not null,
      created_at timestamptz not null
    );
    create index employer_contact_employer_idx on employer_contact (employer_id, occurred_at desc);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The employer-service migration cannot be reverted');
}
