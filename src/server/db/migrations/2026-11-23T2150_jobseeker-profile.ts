import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// What a jobseeker brings to work: wanted occupations, skills, languages, licences, hours, travel
// radius, availability, education and work history. Matching reads the scalar columns and arrays.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table jobseeker_profile (
      jobseeker_id uuid primary key references jobseeker (id),
      education_level text check (education_level in ('none', 'primary', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'havo', 'vwo', 'hbo', 'wo')),
      wanted_occupations text[] not null default '{}',
      skills text[] not null default '{}',
      languages text[] not null default '{}',
      driving_licences text[] not null default '{}',
      hours_per_week integer check (hours_per_week between 1 and 60),
      travel_radius_km integer check (travel_radius_km between 0 and 250),
      available_from date,
      education jsonb not null default '[]',
      work_history jsonb not null default '[]',
      version integer not null default 1,
      updated_at timestamptz not null,
      updated_by uuid not null references employee (id)
    );
    create index jobseeker_profile_occupations_idx on jobseeker_profile using gin (wanted_occupations);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The jobseeker-profile migration cannot be reverted');
}
