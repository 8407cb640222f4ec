import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database, JobseekerTable } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export type CaseFlowChange = Pick<
  Updateable<JobseekerTable>,
  | 'participation_step'
  | 'available_for_work'
  | 'activated_at'
  | 'outflow_date'
  | 'outflow_reason'
  | 'handed_over_at'
>;

export const caseFlowRepository = {
  /**
   * Changes the jobseeker only if nobody changed him since `version` was read; undefined when the
   * version is stale (optimistic concurrency: the caller answers `conflict`).
   */
  async update(db: Executor, id: string, version: number, change: CaseFlowChange, now: Date) {
    return db
      .updateTable('jobseeker')
      .set((eb) => ({ ...change, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  /** An open referral to the income unit for this jobseeker, if one exists. */
  async openIncomeReferral(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('referral')
      .select('id')
      .where('jobseeker_id', '=', jobseekerId)
      .where('unit', '=', 'income')
      .where('status', '=', 'open')
      .executeTakeFirst();
  },

  async insertIncomeReferral(
    db: Executor,
    r: { werkpleinId: string; jobseekerId: string; question: string; referredBy: string; at: Date },
  ) {
    const { id } = await db
      .insertInto('referral')
      .values({
        werkplein_id: r.werkpleinId,
        jobseeker_id: r.jobseekerId,
        unit: 'income',
        question: r.question,
        referred_by: r.referredBy,
        created_at: r.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },
};
