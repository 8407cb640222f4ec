import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Matching at national scale (bench/README.md, "matching"). The score compares occupations and
// skills after folding (lower case, no diacritics or punctuation: foldName in name-key.ts);
// match_key is that folding in SQL, and match_keys prefixes each folded value with a scope (the
// Werkplein: 'wp-001|orderpicker'), so one GIN lookup finds exactly the profiles of the pool's
// Werkpleinen that want an occupation or have a skill. The keys are stored generated columns, so
// filters read them instead of folding again, and the profile carries its jobseeker's Werkplein,
// kept equal by a foreign key on (jobseeker_id, werkplein_id) that follows any change.
// This replaces the national GIN on wanted_occupations (one lookup read every profile in the
// country that wants the occupation: 15,763 rows for 675 in the Werkplein), the PC4 index of
// activated jobseekers, and the vacancy indexes on lower(occupation) and PC4.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create function match_key(value text) returns text language sql immutable strict parallel safe
      return btrim(regexp_replace(lower(regexp_replace(normalize(value, NFD), '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]', '', 'g')), '[^a-z0-9]+', ' ', 'g'));
    create function match_keys(scope text, vals text[]) returns text[] language sql immutable strict parallel safe
      return array(select scope || '|' || match_key(v) from unnest(vals) v);

    alter table jobseeker add constraint jobseeker_id_werkplein_key unique (id, werkplein_id);
    alter table jobseeker_profile add column werkplein_id text;
    update jobseeker_profile p set werkplein_id = j.werkplein_id from jobseeker j where j.id = p.jobseeker_id;
    alter table jobseeker_profile alter column werkplein_id set not null;
    alter table jobseeker_profile add constraint jobseeker_profile_werkplein_fkey
      foreign key (jobseeker_id, werkplein_id) references jobseeker (id, werkplein_id) on update cascade;
    alter table jobseeker_profile
      add column occupation_keys text[] generated always as (match_keys(werkplein_id, wanted_occupations)) stored,
      add column skill_keys text[] generated always as (match_keys(werkplein_id, skills)) stored;
    create index jobseeker_profile_occupation_keys_idx on jobseeker_profile using gin (occupation_keys);
    create index jobseeker_profile_skill_keys_idx on jobseeker_profile using gin (skill_keys);
    drop index jobseeker_profile_occupations_idx;

    -- Activated jobseekers: by id (joined from the profile parts) and by Werkplein (the rest of the
    -- pool), both with what matching reads, so neither touches the wide jobseeker rows.
    create index jobseeker_activated_match_idx on jobseeker (id) include (werkplein_id, postcode)
      where available_for_work and outflow_date is null and handed_over_at is null;
    create index jobseeker_activated_werkplein_idx on jobseeker (werkplein_id) include (id, postcode)
      where available_for_work and outflow_date is null and handed_over_at is null;
    drop index jobseeker_activated_pc4_idx;

    alter table vacancy
      add column occupation_key text generated always as (match_key(occupation)) stored,
      add column required_skill_keys text[] generated always as (match_keys(werkplein_id, required_skills)) stored;
    create index vacancy_open_occupation_key_idx on vacancy (werkplein_id, occupation_key) where status = 'open';
    create index vacancy_open_required_skill_keys_idx on vacancy using gin (required_skill_keys) where status = 'open';
    drop index vacancy_open_occupation_idx;
    drop index vacancy_open_pc4_idx;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The matching-pool-indexes migration cannot be reverted');
}
