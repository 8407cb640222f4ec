import type { Kysely, Transaction } from 'kysely';
import type { BenefitType, Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const benefitRepository = {
  async ofJobseeker(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('benefit_period')
      .select(['id', 'benefit_type', 'start_date', 'end_date'])
      .where('jobseeker_id', '=', jobseekerId)
      .orderBy('start_date', 'desc')
      .orderBy('id')
      .execute();
  },

  async insert(
    db: Executor,
    row: {
      werkpleinId: string;
      jobseekerId: string;
      benefitType: BenefitType;
      startDate: string;
      endDate: string | null;
      by: string;
      at: Date;
    },
  ) {
    return db
      .insertInto('benefit_period')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        benefit_type: row.benefitType,
        start_date: row.startDate,
        end_date: row.endDate,
        created_by: row.by,
        created_at: row.at,
      })
      .returning(['id', 'benefit_type', 'start_date', 'end_date'])
      .executeTakeFirstOrThrow();
  },

  async setEnd(db: Executor, id: string, endDate: string) {
    await db.updateTable('benefit_period').set({ end_date: endDate }).where('id', '=', id).execute();
  },
};
