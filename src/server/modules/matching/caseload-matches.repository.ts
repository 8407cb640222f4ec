import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { profileColumns, vacancyColumns } from './matching.repository.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Most jobseekers of one caseload, and most open vacancies of its Werkpleinen, matched in one go. */
export const CASELOAD_CAP = 1000;
export const OPEN_VACANCY_CAP = 5000;

const uuids = (values: readonly string[]) => sql<string[]>`${[...values]}::uuid[]`;

export const caseloadMatchesRepository = {
  /**
   * The klantmanager's own activated jobseekers (available for work, no outflow, not handed over) in
   * his Werkpleinen, with what matching needs of their profile (which may be missing), by name.
   */
  async activatedCaseload(db: Executor, caseManagerId: string, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    return db
      .selectFrom('jobseeker as j')
      .leftJoin('jobseeker_profile as p', 'p.jobseeker_id', 'j.id')
      .select([
        'j.id',
        'j.bsn',
        'j.werkplein_id',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
        'j.dossier_number',
        'j.postcode',
        'j.city',
        'p.jobseeker_id as profile_id',
        ...profileColumns,
      ])
      .where('j.case_manager_id', '=', caseManagerId)
      .where('j.werkplein_id', 'in', werkpleinIds)
      .where('j.available_for_work', '=', true)
      .where('j.outflow_date', 'is', null)
      .where('j.handed_over_at', 'is', null)
      .orderBy('j.surname_key')
      .orderBy('j.given_key')
      .orderBy('j.id')
      .limit(CASELOAD_CAP)
      .execute();
  },

  /** Open vacancies with positions left in the given Werkpleinen, newest first, with the employer. */
  async openVacancies(db: Executor, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    return db
      .selectFrom('vacancy as v')
      .innerJoin('employer as e', 'e.id', 'v.employer_id')
      .innerJoin('werkplein as w', 'w.id', 'v.werkplein_id')
      .leftJoin('employee as am', 'am.id', 'e.account_manager_id')
      .select([
        'v.id',
        'v.werkplein_id',
        'w.name as werkplein_name',
        'am.id as account_manager_id',
        'am.name as account_manager_name',
        'am.email as account_manager_email',
        'v.title',
        'v.kind',
        ...vacancyColumns,
        'v.postcode',
        'v.city',
        'v.positions',
        'v.positions_filled',
        'v.employer_id',
        'e.name as employer_name',
      ])
      .where('v.werkplein_id', 'in', werkpleinIds)
      .where('v.status', '=', 'open')
      .whereRef('v.positions_filled', '<', 'v.positions')
      .orderBy('v.created_at', 'desc')
      .limit(OPEN_VACANCY_CAP)
      .execute();
  },

  /** Every nomination of these jobseekers (on nomination_jobseeker_idx). */
  async nominationsOf(db: Executor, jobseekerIds: readonly string[]) {
    if (jobseekerIds.length === 0) return [];
    return db
      .selectFrom('nomination')
      .select(['id', 'jobseeker_id', 'vacancy_id', 'status'])
      .where('jobseeker_id', '=', sql<string>`any(${uuids(jobseekerIds)})`)
      .execute();
  },
};
