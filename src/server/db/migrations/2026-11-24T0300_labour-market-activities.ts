import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Labour-market activities of the Werkgeversservicepunt: job fairs, collective recruitment, company
// visits, speed dates and information sessions, organised by a matchmaker for one Werkplein. The
// employers taking part (with which of their vacancies), and the jobseekers: invited, registered,
// withdrawn, attended or not, each step with who recorded it, and an optional follow-up conversation
// at one of the participating employers. The linked vacancies hang off the participating employer,
// so a vacancy cannot be linked without its employer taking part.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table labour_market_activity (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      kind text not null check (kind in ('job_fair', 'collective_recruitment', 'company_visit', 'speed_date', 'information_session')),
      title text not null check (length(title) between 1 and 200),
      activity_date date not null,
      start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      end_time text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      location text not null check (length(location) between 1 and 300),
      description text not null default '',
      organiser_id uuid not null references employee (id),
      capacity integer not null check (capacity between 1 and 10000),
      status text not null default 'planned' check (status in ('planned', 'completed', 'cancelled')),
      version integer not null default 1,
      created_by uuid not null references employee (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (end_time > start_time)
    );
    create index labour_market_activity_date_idx on labour_market_activity (werkplein_id, activity_date, start_time);

    create table labour_market_activity_employer (
      activity_id uuid not null references labour_market_activity (id),
      employer_id uuid not null references employer (id),
      added_by uuid not null references employee (id),
      added_at timestamptz not null,
      primary key (activity_id, employer_id)
    );

    create table labour_market_activity_vacancy (
      activity_id uuid not null,
      employer_id uuid not null,
      vacancy_id uuid not null references vacancy (id),
      primary key (activity_id, vacancy_id),
      foreign key (activity_id, employer_id)
        references labour_market_activity_employer (activity_id, employer_id) on delete cascade
    );

    create table labour_market_activity_jobseeker (
      activity_id uuid not null references labour_market_activity (id),
      jobseeker_id uuid not null references jobseeker (id),
      status text not null check (status in ('invited', 'registered', 'withdrawn', 'attended', 'no_show')),
      invited_by uuid references employee (id),
      invited_at timestamptz,
      registered_by uuid references employee (id),
      registered_at timestamptz,
      withdrawn_by uuid references employee (id),
      withdrawn_at timestamptz,
      attendance_by uuid references employee (id),
      attendance_at timestamptz,
      follow_up_employer_id uuid,
      created_at timestamptz not null,
      primary key (activity_id, jobseeker_id),
      foreign key (activity_id, follow_up_employer_id)
        references labour_market_activity_employer (activity_id, employer_id),
      check (follow_up_employer_id is null or status = 'attended'),
      check (status not in ('attended', 'no_show') or attendance_by is not null)
    );
    create index labour_market_activity_jobseeker_idx on labour_market_activity_jobseeker (jobseeker_id);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The labour-market activities migration cannot be reverted');
}
