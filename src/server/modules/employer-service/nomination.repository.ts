import type { Kysely, Transaction } from 'kysely';
import type { Database, NominationStatus } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const base = (db: Executor) =>
  db
    .selectFrom('nomination as n')
    .innerJoin('vacancy as v', 'v.id', 'n.vacancy_id')
    .innerJoin('employer as e', 'e.id', 'v.employer_id')
    .innerJoin('jobseeker as j', 'j.id', 'n.jobseeker_id')
    .innerJoin('employee as pb', 'pb.id', 'n.proposed_by')
    .selectAll('n')
    .select([
      'v.title as vacancy_title',
      'e.name as employer_name',
      'j.bsn',
      'j.werkplein_id as jobseeker_werkplein_id',
      'j.given_names',
      'j.surname_prefix',
      'j.surname',
      'j.dossier_number',
      'pb.name as proposed_by_name',
    ]);

export type NominationRow = NonNullable<Awaited<ReturnType<typeof nominationRepository.getById>>>;

export const nominationRepository = {
  async getById(db: Executor, id: string) {
    return base(db).where('n.id', '=', id).executeTakeFirst();
  },

  async listForVacancy(db: Executor, vacancyId: string) {
    return base(db).where('n.vacancy_id', '=', vacancyId).orderBy('n.proposed_at').limit(500).execute();
  },

  async find(db: Executor, vacancyId: string, jobseekerId: string) {
    return db
      .selectFrom('nomination')
      .select(['id', 'status'])
      .where('vacancy_id', '=', vacancyId)
      .where('jobseeker_id', '=', jobseekerId)
      .executeTakeFirst();
  },

  /** The nomination's row, locked for the rest of the transaction. */
  async lock(db: Executor, id: string) {
    return db.selectFrom('nomination').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /** The vacancy's row with its employer, locked so two placements cannot fill the same position. */
  async lockVacancy(db: Executor, vacancyId: string) {
    return db
      .selectFrom('vacancy as v')
      .innerJoin('employer as e', 'e.id', 'v.employer_id')
      .select([
        'v.id',
        'v.werkplein_id',
        'v.kind',
        'v.title',
        'v.status',
        'v.positions',
        'v.positions_filled',
        'v.employer_id',
        'e.name as employer_name',
        'e.account_manager_id',
      ])
      .where('v.id', '=', vacancyId)
      .forUpdate('v')
      .executeTakeFirst();
  },

  async insert(
    db: Executor,
    n: {
      werkpleinId: string;
      vacancyId: string;
      jobseekerId: string;
      proposedBy: string;
      motivation: string;
      at: Date;
    },
  ) {
    const { id } = await db
      .insertInto('nomination')
      .values({
        werkplein_id: n.werkpleinId,
        vacancy_id: n.vacancyId,
        jobseeker_id: n.jobseekerId,
        proposed_by: n.proposedBy,
        motivation: n.motivation,
        proposed_at: n.at,
        updated_at: n.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Moves a nomination on, only from the status it was read in; false if someone moved it first. */
  async transition(
    db: Executor,
    id: string,
    from: NominationStatus,
    change: {
      status: NominationStatus;
      at: Date;
      by: string;
      kind: 'presented' | 'feedback' | 'withdrawn';
      rejectionReason?: string | null;
      startDate?: string | null;
      aftercareDueAt?: Date | null;
    },
  ): Promise<boolean> {
    const result = await db
      .updateTable('nomination')
      .set((eb) => ({
        status: change.status,
        updated_at: change.at,
        version: eb('version', '+', 1),
        ...(change.kind === 'presented' ? { presented_at: change.at, presented_by: change.by } : {}),
        ...(change.kind === 'feedback' ? { feedback_at: change.at, feedback_by: change.by } : {}),
        ...(change.rejectionReason !== undefined ? { rejection_reason: change.rejectionReason } : {}),
        ...(change.startDate !== undefined ? { start_date: change.startDate } : {}),
        ...(change.aftercareDueAt !== undefined ? { aftercare_due_at: change.aftercareDueAt } : {}),
      }))
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  /** One more position filled; the vacancy becomes `filled` with its last position. */
  async fillPosition(db: Executor, vacancyId: string, at: Date) {
    return db
      .updateTable('vacancy')
      .set((eb) => ({
        positions_filled: eb('positions_filled', '+', 1),
        status: eb
          .case()
          .when(eb('positions_filled', '+', 1), '>=', eb.ref('positions'))
          .then('filled' as const)
          .else(eb.ref('status'))
          .end(),
        updated_at: at,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', vacancyId)
      .where('status', '=', 'open')
      .whereRef('positions_filled', '<', 'positions')
      .returning(['positions', 'positions_filled', 'status'])
      .executeTakeFirst();
  },
};
