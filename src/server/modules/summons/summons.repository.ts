import type { Kysely, Transaction } from 'kysely';
import type { TSanctionDecisionRequest } from '../../../contracts/summons.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const base = (db: Executor) =>
  db
    .selectFrom('summons as s')
    .innerJoin('employee as ib', 'ib.id', 's.issued_by')
    .leftJoin('sanction_decision as d', 'd.summons_id', 's.id')
    .leftJoin('employee as de', 'de.id', 'd.decided_by')
    .select([
      's.id',
      's.werkplein_id',
      's.jobseeker_id',
      's.sequence',
      's.reason',
      's.agreement_ids',
      's.sanction_possible',
      's.issued_by',
      'ib.name as issued_by_name',
      's.issued_at',
      'd.id as decision_id',
      'd.outcome',
      'd.percentage',
      'd.months',
      'd.reasoning',
      'd.unit as decision_unit',
      'd.decided_by',
      'de.name as decided_by_name',
      'd.decided_at',
    ]);

export const summonsRepository = {
  /** Locks the jobseeker so two summonses cannot get the same sequence number. */
  async lockJobseeker(db: Transaction<Database>, jobseekerId: string) {
    await db.selectFrom('jobseeker').select('id').where('id', '=', jobseekerId).forUpdate().execute();
  },

  async count(db: Executor, jobseekerId: string) {
    const { n } = await db
      .selectFrom('summons')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('jobseeker_id', '=', jobseekerId)
      .executeTakeFirstOrThrow();
    return Number(n);
  },

  async agreements(db: Executor, jobseekerId: string, ids: readonly string[]) {
    return db
      .selectFrom('agreement')
      .select(['id', 'status'])
      .where('jobseeker_id', '=', jobseekerId)
      .where('id', 'in', ids)
      .execute();
  },

  async insert(
    db: Transaction<Database>,
    row: {
      werkpleinId: string;
      jobseekerId: string;
      sequence: number;
      reason: string;
      agreementIds: string[];
      sanctionPossible: boolean;
      issuedBy: string;
      issuedAt: Date;
    },
  ) {
    const { id } = await db
      .insertInto('summons')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        sequence: row.sequence,
        reason: row.reason,
        agreement_ids: row.agreementIds,
        sanction_possible: row.sanctionPossible,
        issued_by: row.issuedBy,
        issued_at: row.issuedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async get(db: Executor, id: string) {
    return base(db).where('s.id', '=', id).executeTakeFirst();
  },

  async ofJobseeker(db: Executor, jobseekerId: string) {
    return base(db).where('s.jobseeker_id', '=', jobseekerId).orderBy('s.sequence', 'desc').execute();
  },

  async insertDecision(
    db: Transaction<Database>,
    row: {
      summonsId: string;
      werkpleinId: string;
      jobseekerId: string;
      input: TSanctionDecisionRequest;
      unit: 'income' | 'enforcement';
      decidedBy: string;
      decidedAt: Date;
    },
  ) {
    const { id } = await db
      .insertInto('sanction_decision')
      .values({
        summons_id: row.summonsId,
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        outcome: row.input.outcome,
        percentage: row.input.percentage,
        months: row.input.months,
        reasoning: row.input.reasoning,
        unit: row.unit,
        decided_by: row.decidedBy,
        decided_at: row.decidedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },
};

export type SummonsRow = NonNullable<Awaited<ReturnType<typeof summonsRepository.get>>>;
