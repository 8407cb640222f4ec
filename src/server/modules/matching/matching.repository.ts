import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Most rows a pre-filter branch hands to the in-memory scorer: wanting the vacancy's occupation is
 * worth most points, so that branch gets the larger share; living nearby fills up the rest.
 */
export const OCCUPATION_CAP = 1000;
export const NEARBY_CAP = 500;

const textArray = (values: readonly string[]) => sql<string[]>`${[...values]}::text[]`;

export const matchingRepository = {
  /**
   * Jobseekers who are activated for work (available, not flowed out, not handed over) in one
   * Werkplein and either want one of `occupations` (GIN index on wanted_occupations) or live in one
   * of the PC4 areas `pc4s` (index on activated jobseekers), with what matching needs of them (the
   * profile may be missing) and their nomination for the vacancy, in one query.
   */
  async candidates(
    db: Executor,
    filter: {
      werkpleinId: string;
      occupations: readonly string[];
      pc4s: readonly string[];
      vacancyId: string;
    },
  ) {
    const activated = db
      .selectFrom('jobseeker as j')
      .select('j.id')
      .where('j.werkplein_id', '=', filter.werkpleinId)
      .where('j.available_for_work', '=', true)
      .where('j.outflow_date', 'is', null)
      .where('j.handed_over_at', 'is', null);
    const byOccupation = activated
      .innerJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
      .where(sql<boolean>`p.wanted_occupations && ${textArray(filter.occupations)}`)
      .limit(OCCUPATION_CAP);
    const nearby = activated
      .where(sql<boolean>`left(j.postcode, 4) = any(${textArray(filter.pc4s)})`)
      .limit(filter.pc4s.length === 0 ? 0 : NEARBY_CAP);
    return db
      .selectFrom('jobseeker as j')
      .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
      .leftJoin('employee as cm', 'cm.id', 'j.case_manager_id')
      .leftJoin('nomination as n', (join) =>
        join.onRef('n.jobseeker_id', '=', 'j.id').on('n.vacancy_id', '=', filter.vacancyId),
      )
      .select([
        'j.id',
        'j.bsn',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
        'j.dossier_number',
        'j.postcode',
        'j.city',
        'j.case_manager_id',
        'cm.name as case_manager_name',
        'p.wanted_occupations',
        'p.skills',
        'p.languages',
        'p.driving_licences',
        'p.education_level',
        'p.hours_per_week',
        'p.travel_radius_km',
        'p.available_from',
        'n.id as nomination_id',
        'n.status as nomination_status',
      ])
      .where('j.id', 'in', (eb) =>
        eb
          .selectFrom(byOccupation.as('a'))
          .select('a.id')
          .union(eb.selectFrom(nearby.as('b')).select('b.id')),
      )
      .execute();
  },

  /** The jobseeker with his profile, for the reverse match. */
  async jobseekerWithProfile(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('jobseeker as j')
      .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
      .select([
        'j.id',
        'j.bsn',
        'j.werkplein_id',
        'j.postcode',
        'j.available_for_work',
        'j.outflow_date',
        'j.handed_over_at',
        'p.wanted_occupations',
        'p.skills',
        'p.languages',
        'p.driving_licences',
        'p.education_level',
        'p.hours_per_week',
        'p.travel_radius_km',
        'p.available_from',
      ])
      .where('j.id', '=', jobseekerId)
      .executeTakeFirst();
  },

  /**
   * Open vacancies with positions left in one Werkplein whose occupation is one of `occupations`
   * (case-insensitive) or that lie in one of the PC4 areas `pc4s` — both on partial indexes of open
   * vacancies — with the jobseeker's nomination for each, if any.
   */
  async openVacancies(
    db: Executor,
    filter: {
      werkpleinId: string;
      occupations: readonly string[];
      pc4s: readonly string[];
      jobseekerId: string;
    },
  ) {
    const base = () =>
      db
        .selectFrom('vacancy as v')
        .select('v.id')
        .where('v.werkplein_id', '=', filter.werkpleinId)
        .where('v.status', '=', 'open')
        .whereRef('v.positions_filled', '<', 'v.positions')
        .limit(OCCUPATION_CAP);
    const lowered = filter.occupations.map((o) => o.toLowerCase());
    const byOccupation =
      lowered.length === 0
        ? []
        : await base()
            .where(sql<boolean>`lower(v.occupation) = any(${textArray(lowered)})`)
            .execute();
    const nearby =
      filter.pc4s.length === 0
        ? []
        : await base()
            .where(sql<boolean>`left(v.postcode, 4) = any(${textArray(filter.pc4s)})`)
            .execute();
    const ids = [...new Set([...byOccupation, ...nearby].map((r) => r.id))];
    if (ids.length === 0) return [];
    return db
      .selectFrom('vacancy as v')
      .innerJoin('employer as e', 'e.id', 'v.employer_id')
      .leftJoin('nomination as n', (join) =>
        join.onRef('n.vacancy_id', '=', 'v.id').on('n.jobseeker_id', '=', filter.jobseekerId),
      )
      .select([
        'v.id',
        'v.title',
        'v.kind',
        'v.occupation',
        'v.required_skills',
        'v.wished_skills',
        'v.education_level',
        'v.hours_per_week',
        'v.driving_licence',
        'v.start_date',
        'v.postcode',
        'v.city',
        'v.positions',
        'v.positions_filled',
        'v.employer_id',
        'e.name as employer_name',
        'n.id as nomination_id',
        'n.status as nomination_status',
      ])
      .where('v.id', '=', sql<string>`any(${textArray(ids)}::uuid[])`)
      .execute();
  },
};
