import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, IntakeTable } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const intakeRepository = {
  async insert(db: Executor, row: Insertable<IntakeTable>) {
    return db.insertInto('intake').values(row).returningAll().executeTakeFirstOrThrow();
  },

  async latest(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('intake')
      .select(['id', 'performed_at'])
      .where('jobseeker_id', '=', jobseekerId)
      .orderBy('performed_at', 'desc')
      .executeTakeFirst();
  },
};
