import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// The trajectenboek (instrument catalogue) of each Werkplein, and the trajectories bought for
// jobseekers, each attributed to the financially responsible partner.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table instrument (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      name text not null check (length(name) between 1 and 200),
      description text not null default '',
      provider text not null check (length(provider) between 1 and 200),
      funding_rule text not null check (funding_rule in ('by_benefit', 'uwv', 'municipality', 'sheltered_employment')),
      price_cents integer not null check (price_cents >= 0),
      duration_weeks integer not null check (duration_weeks between 1 and 260),
      capacity integer check (capacity > 0),
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null,
      unique (werkplein_id, name, provider)
    );

    create table purchase (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      instrument_id uuid not null references instrument (id),
      funding_partner_id text not null references partner (id),
      benefit_type text,
      price_cents integer not null check (price_cents >= 0),
      start_date date not null,
      end_date date not null,
      status text not null default 'ordered' check (status in ('ordered', 'started', 'completed', 'cancelled')),
      version integer not null default 1,
      created_by uuid not null references employee (id),
      created_at timestamptz not null,
      check (end_date >= start_date)
    );
    create index purchase_jobseeker_idx on purchase (jobseeker_id, start_date desc);
    create index purchase_instrument_idx on purchase (instrument_id, status);
    create index purchase_funding_idx on purchase (werkplein_id, funding_partner_id, start_date);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The trajectories migration cannot be reverted');
}
