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
      .where('unit', 'is not', null)
      .execute();
    return rows.flatMap((r) => (r.unit ? [r.unit] : []));
  },

  /** Saves personal data only if `version` is still current; undefined when someone else saved first. */
  async updatePersonalData(
    db: Executor,
    id: string,
    version: number,
    data: Pick<
      NewJobseekerRow,
      | 'given_names'
      | 'surname_prefix'
      | 'surname'
      | 'surname_key'
      | 'given_key'
      | 'birth_date'
      | 'gender'
      | 'street'
      | 'house_number'
      | 'postcode'
      | 'city'
      | 'phone'
      | 'email'
      | 'updated_at'
    >,
  ) {
    return db
      .updateTable('jobseeker')
      .set((eb) => ({ ...data, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
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
   * open referral to that back-office unit. A name search runs as two index-only scans (surname
   * and given name, on covering indexes) whose union is sorted and cut before any row is read.
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
    const scoped = () => {
      let query = db.selectFrom('jobseeker as j').where('j.werkplein_id', 'in', filter.werkpleinIds);
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
      return query;
    };
    if (!('tokens' in filter)) {
      const query = scoped().select(summaryColumns.map((c) => `j.${c}` as const));
      return (
        'bsn' in filter
          ? query.where('j.bsn', '=', filter.bsn)
          : query.where('j.dossier_number', '=', filter.dossierNumber)
      )
        .orderBy('j.surname_key')
        .limit(filter.limit)
        .execute();
    }
    const [first, ...rest] = filter.tokens;
    if (first === undefined) return [];
    const last = rest.at(-1);
    const branch = (lead: 'surname_key' | 'given_key', leadToken: string, other?: string) => {
      let query = scoped()
        .select(['j.surname_key', 'j.given_key', 'j.id'])
        .where(`j.${lead}`, 'like', `${leadToken}%`);
      if (other !== undefined) {
        query = query.where(lead === 'surname_key' ? 'j.given_key' : 'j.surname_key', 'like', `${other}%`);
      }
      return query;
    };
    // One word: surname or given name. Two or more: "given surname" or "surname given".
    const union =
      last === undefined
        ? branch('surname_key', first).union(branch('given_key', first))
        : branch('surname_key', last, first).union(branch('surname_key', first, last));
    return db
      .with('hits', (qb) =>
        qb
          .selectFrom(union.as('u'))
          .select(['u.id', 'u.surname_key', 'u.given_key'])
          .orderBy('u.surname_key')
          .orderBy('u.given_key')
          .orderBy('u.id')
          .limit(filter.limit),
      )
      .selectFrom('hits as h')
      .innerJoin('jobseeker as j', 'j.id', 'h.id')
      .select(summaryColumns.map((c) => `j.${c}` as const))
      .orderBy('h.surname_key')
      .orderBy('h.given_key')
      .orderBy('h.id')
      .execute();
  },
};

export type JobseekerSummaryRow = Awaited<ReturnType<typeof jobseekerRepository.search>>[number];
