import { sql, type Kysely, type Transaction } from 'kysely';
import type { BackOfficeUnit, Database, NewJobseekerRow } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const summaryColumns = [
  'id',
  'werkplein_id',
  'dossier_number',
  'bsn',
  'given_names',
  'surname_prefix',
  'surname',
  'birth_date',
  'postcode',
  'city',
] as const;

export const jobseekerRepository = {
  async getById(db: Executor, id: string) {
    return db.selectFrom('jobseeker').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findByBsn(db: Executor, werkpleinId: string, bsn: string) {
    return db
      .selectFrom('jobseeker')
      .select(['id', 'bsn'])
      .where('werkplein_id', '=', werkpleinId)
      .where('bsn', '=', bsn)
      .executeTakeFirst();
  },

  async openReferralUnits(db: Executor, jobseekerId: string): Promise<BackOfficeUnit[]> {
    const rows = await db
      .selectFrom('referral')
      .select('unit')
      .distinct()
      .where('jobseeker_id', '=', jobseekerId)
      .where('status', '=', 'open')
      .execute();
    return rows.map((r) => r.unit);
  },

  async insert(db: Executor, row: Omit<NewJobseekerRow, 'dossier_number'>) {
    return db
      .insertInto('jobseeker')
      .values({
        ...row,
        dossier_number: sql<string>`'WP' || lpad(nextval('dossier_number_seq')::text, 8, '0')`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /**
   * Search within the given Werkpleinen. `onlyReferredTo` limits the result to jobseekers with an
   * open referral to that back-office unit.
   */
  async search(
    db: Executor,
    filter: {
      werkpleinIds: readonly string[];
      onlyReferredTo: BackOfficeUnit | null;
      limit: number;
    } & ({ bsn: string } | { dossierNumber: string } | { tokens: string[] }),
  ) {
    if (filter.werkpleinIds.length === 0) return [];
    let query = db
      .selectFrom('jobseeker as j')
      .select(summaryColumns.map((c) => `j.${c}` as const))
      .where('j.werkplein_id', 'in', filter.werkpleinIds);
    if ('bsn' in filter) query = query.where('j.bsn', '=', filter.bsn);
    else if ('dossierNumber' in filter) query = query.where('j.dossier_number', '=', filter.dossierNumber);
    else {
      const [first, ...rest] = filter.tokens;
      const last = rest.at(-1);
      if (first === undefined) return [];
      query = query.where((eb) =>
        last === undefined
          ? eb.or([eb('j.surname_key', 'like', `${first}%`), eb('j.given_key', 'like', `${first}%`)])
          : eb.or([
              eb.and([eb('j.given_key', 'like', `${first}%`), eb('j.surname_key', 'like', `${last}%`)]),
              eb.and([eb('j.surname_key', 'like', `${first}%`), eb('j.given_key', 'like', `${last}%`)]),
            ]),
      );
    }
    if (filter.onlyReferredTo) {
      const unit = filter.onlyReferredTo;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('referral as r')
            .select(sql`1`.as('one'))
            .whereRef('r.jobseeker_id', '=', 'j.id')
            .where('r.unit', '=', unit)
            .where('r.status', '=', 'open'),
        ),
      );
    }
    return query
      .orderBy('j.surname_key')
      .orderBy('j.given_key')
      .orderBy('j.id')
      .limit(filter.limit)
      .execute();
  },
};

export type JobseekerSummaryRow = Awaited<ReturnType<typeof jobseekerRepository.search>>[number];
