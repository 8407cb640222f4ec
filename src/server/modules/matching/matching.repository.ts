import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const textArray = (values: readonly string[]) => sql<string[]>`${[...values]}::text[]`;

/** Folded values scoped to each Werkplein of the pool, as the match_keys index holds them. */
export const scopedKeys = (werkpleinIds: readonly string[], keys: readonly string[]): string[] =>
  werkpleinIds.flatMap((w) => keys.map((k) => `${w}|${k}`));

/**
 * One part of a pool: by whether the occupation matches (`met`: the jobseeker wants the vacancy's
 * occupation; `other`: he does not, or has no profile) and by the required skills (`all`, `some`
 * but not all, `none` of them; `any`: do not care). Keys are folded as foldName folds, unscoped:
 * the repository scopes them to the pool's Werkpleinen. For vacancies, `skills` reads the other way
 * round: `any` is a vacancy that requires nothing or some skill the jobseeker has, `none` one that
 * requires only skills he lacks.
 */
export interface PoolPart {
  occupation: 'met' | 'other';
  skills: 'all' | 'some' | 'none' | 'any';
  occupationKeys: readonly string[];
  skillKeys: readonly string[];
}

/** What the score needs of a jobseeker's profile (alias `p`). */
export const profileColumns = [
  'p.wanted_occupations',
  'p.skills',
  'p.languages',
  'p.driving_licences',
  'p.education_level',
  'p.hours_per_week',
  'p.travel_radius_km',
  'p.available_from',
] as const;

/** What the score needs of a vacancy (alias `v`). */
export const vacancyColumns = [
  'v.occupation',
  'v.required_skills',
  'v.wished_skills',
  'v.education_level',
  'v.hours_per_week',
  'v.driving_licence',
  'v.start_date',
] as const;

export const matchingRepository = {
  /**
   * Activated jobseekers (available, not flowed out, not handed over) of the pool's Werkpleinen in
   * one part of the pool, with what the score needs. The parts with a matching occupation or a
   * required skill start from the GIN indexes on the profile's scoped keys, so only the pool's own
   * profiles are read; the last part (no occupation, no required skill, or no profile at all) is
   * the rest of the pool.
   */
  async candidates(db: Executor, werkpleinIds: readonly string[], part: PoolPart) {
    const wants = sql<SqlBool>`p.occupation_keys && ${textArray(scopedKeys(werkpleinIds, part.occupationKeys))}`;
    const hasAny = sql<SqlBool>`p.skill_keys && ${textArray(scopedKeys(werkpleinIds, part.skillKeys))}`;
    const hasAll = sql<SqlBool>`(${sql.join(
      werkpleinIds.map((w) => sql`p.skill_keys @> ${textArray(scopedKeys([w], part.skillKeys))}`),
      sql` or `,
    )})`;
    const skills = {
      all: hasAll,
      some: sql<SqlBool>`(${hasAny} and not ${hasAll})`,
      none: sql<SqlBool>`not ${hasAny}`,
      any: sql<SqlBool>`true`,
    }[part.skills];
    if (part.occupation === 'other' && (part.skills === 'none' || part.skills === 'any')) {
      return db
        .selectFrom('jobseeker as j')
        .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
        .select(['j.id', 'j.werkplein_id', 'j.postcode', ...profileColumns])
        .where('j.werkplein_id', 'in', werkpleinIds)
        .where('j.available_for_work', '=', true)
        .where('j.outflow_date', 'is', null)
        .where('j.handed_over_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('p.jobseeker_id', 'is', null),
            eb.and([eb.not(wants), ...(part.skills === 'none' ? [eb.not(hasAny)] : [])]),
          ]),
        )
        .execute();
    }
    return db
      .selectFrom('jobseeker_profile as p')
      .innerJoin('jobseeker as j', 'j.id', 'p.jobseeker_id')
      .select(['j.id', 'j.werkplein_id', 'j.postcode', ...profileColumns])
      .where('j.available_for_work', '=', true)
      .where('j.outflow_date', 'is', null)
      .where('j.handed_over_at', 'is', null)
      .where((eb) => (part.occupation === 'met' ? wants : eb.not(wants)))
      .where(skills)
      .execute();
  },

  /** The vacancy as the score needs it, and whether its Werkplein shares its pool. */
  async vacancy(db: Executor, vacancyId: string) {
    return db
      .selectFrom('vacancy as v')
      .innerJoin('werkplein as w', 'w.id', 'v.werkplein_id')
      .select(['v.id', 'v.werkplein_id', 'w.shares_pool_regionally', 'v.postcode', ...vacancyColumns])
      .where('v.id', '=', vacancyId)
      .executeTakeFirst();
  },

  /** What a candidate list shows of the jobseekers ranked highest, and their nomination for the vacancy. */
  async candidateDetails(db: Executor, jobseekerIds: readonly string[], vacancyId: string) {
    if (jobseekerIds.length === 0) return [];
    return db
      .selectFrom('jobseeker as j')
      .innerJoin('werkplein as w', 'w.id', 'j.werkplein_id')
      .leftJoin('employee as cm', 'cm.id', 'j.case_manager_id')
      .leftJoin('nomination as n', (join) =>
        join.onRef('n.jobseeker_id', '=', 'j.id').on('n.vacancy_id', '=', vacancyId),
      )
      .select([
        'j.id',
        'j.bsn',
        'j.werkplein_id',
        'w.name as werkplein_name',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
        'j.dossier_number',
        'j.city',
        'j.case_manager_id',
        'cm.name as case_manager_name',
        'cm.email as case_manager_email',
        'n.id as nomination_id',
        'n.status as nomination_status',
      ])
      .where('j.id', 'in', jobseekerIds)
      .execute();
  },

  /** The jobseeker with his profile and whether his Werkplein shares its pool, for the reverse match. */
  async jobseekerWithProfile(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('jobseeker as j')
      .innerJoin('werkplein as w', 'w.id', 'j.werkplein_id')
      .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
      .select([
        'j.id',
        'j.bsn',
        'j.werkplein_id',
        'w.shares_pool_regionally',
        'j.postcode',
        'j.available_for_work',
        'j.outflow_date',
        'j.handed_over_at',
        ...profileColumns,
      ])
      .where('j.id', '=', jobseekerId)
      .executeTakeFirst();
  },

  /**
   * Open vacancies with positions left in the pool's Werkpleinen in one part of the pool, with what
   * the score needs: by folded occupation on (werkplein_id, occupation_key), by required skill on
   * the GIN index of required_skill_keys, both partial on `open`.
   */
  async openVacancies(db: Executor, werkpleinIds: readonly string[], part: PoolPart) {
    const forOccupation = sql<SqlBool>`v.occupation_key = any(${textArray(part.occupationKeys)})`;
    const asksWhatHeHas = sql<SqlBool>`(cardinality(v.required_skill_keys) = 0 or v.required_skill_keys && ${textArray(
      scopedKeys(werkpleinIds, part.skillKeys),
    )})`;
    return db
      .selectFrom('vacancy as v')
      .select(['v.id', 'v.werkplein_id', 'v.postcode', ...vacancyColumns])
      .where('v.werkplein_id', 'in', werkpleinIds)
      .where(sql<SqlBool>`v.status = 'open'`)
      .whereRef('v.positions_filled', '<', 'v.positions')
      .where((eb) => (part.occupation === 'met' ? forOccupation : eb.not(forOccupation)))
      .where((eb) => (part.skills === 'none' ? eb.not(asksWhatHeHas) : asksWhatHeHas))
      .execute();
  },

  /** What a vacancy list shows of the vacancies ranked highest, and the jobseeker's nomination. */
  async vacancyDetails(db: Executor, vacancyIds: readonly string[], jobseekerId: string) {
    if (vacancyIds.length === 0) return [];
    return db
      .selectFrom('vacancy as v')
      .innerJoin('employer as e', 'e.id', 'v.employer_id')
      .innerJoin('werkplein as w', 'w.id', 'v.werkplein_id')
      .leftJoin('employee as am', 'am.id', 'e.account_manager_id')
      .leftJoin('nomination as n', (join) =>
        join.onRef('n.vacancy_id', '=', 'v.id').on('n.jobseeker_id', '=', jobseekerId),
      )
      .select([
        'v.id',
        'v.werkplein_id',
        'w.name as werkplein_name',
        'v.title',
        'v.kind',
        'v.occupation',
        'v.city',
        'v.start_date',
        'v.positions',
        'v.positions_filled',
        'v.employer_id',
        'e.name as employer_name',
        'am.id as account_manager_id',
        'am.name as account_manager_name',
        'am.email as account_manager_email',
        'n.id as nomination_id',
        'n.status as nomination_status',
      ])
      .where('v.id', 'in', vacancyIds)
      .execute();
  },
};
