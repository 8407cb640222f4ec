import type { Kysely, Transaction } from 'kysely';
import type { BackOfficeUnit, Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const base = (db: Executor) =>
  db
    .selectFrom('referral as r')
    .innerJoin('jobseeker as j', 'j.id', 'r.jobseeker_id')
    .leftJoin('employee as rb', 'rb.id', 'r.referred_by')
    .leftJoin('employee as ab', 'ab.id', 'r.answered_by')
    .select([
      'r.id',
      'r.werkplein_id',
      'r.jobseeker_id',
      'r.unit',
      'r.external_provider',
      'r.question',
      'r.status',
      'r.referred_by',
      'rb.name as referred_by_name',
      'r.created_at',
      'r.answer',
      'r.answered_at',
      'r.answered_by',
      'ab.name as answered_by_name',
      'r.signal_seen_at',
      'j.bsn',
      'j.given_names',
      'j.surname_prefix',
      'j.surname',
      'j.dossier_number',
      'j.case_manager_id',
    ]);

export const referralRepository = {
  async get(db: Executor, id: string) {
    return base(db).where('r.id', '=', id).executeTakeFirst();
  },

  async ofJobseeker(db: Executor, jobseekerId: string, onlyUnit: BackOfficeUnit | null) {
    let query = base(db).where('r.jobseeker_id', '=', jobseekerId);
    if (onlyUnit) query = query.where('r.unit', '=', onlyUnit);
    return query.orderBy('r.created_at', 'desc').orderBy('r.id').execute();
  },

  async openToUnit(db: Executor, jobseekerId: string, unit: BackOfficeUnit) {
    return db
      .selectFrom('referral')
      .select('id')
      .where('jobseeker_id', '=', jobseekerId)
      .where('unit', '=', unit)
      .where('status', '=', 'open')
      .executeTakeFirst();
  },

  async insert(
    db: Transaction<Database>,
    row: {
      werkpleinId: string;
      jobseekerId: string;
      unit: BackOfficeUnit | null;
      externalProvider: string | null;
      question: string;
      referredBy: string;
      createdAt: Date;
    },
  ) {
    const { id } = await db
      .insertInto('referral')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        unit: row.unit,
        external_provider: row.externalProvider,
        question: row.question,
        referred_by: row.referredBy,
        created_at: row.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** A unit's referrals in the given Werkpleinen: open ones oldest first, answered ones newest first. */
  async worklist(
    db: Executor,
    filter: {
      werkpleinIds: readonly string[];
      unit: BackOfficeUnit;
      status: 'open' | 'answered';
      limit: number;
    },
  ) {
    if (filter.werkpleinIds.length === 0) return [];
    const query = base(db)
      .where('r.werkplein_id', 'in', filter.werkpleinIds)
      .where('r.unit', '=', filter.unit)
      .where('r.status', '=', filter.status);
    return (
      filter.status === 'open'
        ? query.orderBy('r.created_at').orderBy('r.id')
        : query.orderBy('r.answered_at', 'desc').orderBy('r.id')
    )
      .limit(filter.limit)
      .execute();
  },

  async answer(db: Transaction<Database>, id: string, answer: string, by: string, at: Date) {
    const result = await db
      .updateTable('referral')
      .set({ status: 'answered', answer, answered_by: by, answered_at: at })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async withdraw(db: Transaction<Database>, id: string) {
    const result = await db
      .updateTable('referral')
      .set({ status: 'withdrawn' })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async markSeen(db: Transaction<Database>, id: string, at: Date) {
    await db
      .updateTable('referral')
      .set({ signal_seen_at: at })
      .where('id', '=', id)
      .where('status', '=', 'answered')
      .where('signal_seen_at', 'is', null)
      .execute();
  },
};

export type ReferralRow = NonNullable<Awaited<ReturnType<typeof referralRepository.get>>>;
