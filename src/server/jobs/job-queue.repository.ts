import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export interface JobCounts {
  /** Waiting to run: due by the clock now. */
  due: number;
  /** Waiting for a later moment. */
  scheduled: number;
  /** Given up after the last attempt, until a beheerder retries it. */
  parked: number;
}

export const jobQueueRepository = {
  async counts(db: Db, now: Date): Promise<JobCounts> {
    const row = await db
      .selectFrom('job')
      .select([
        sql<string>`count(*) filter (where failed_at is null and run_at <= ${now})`.as('due'),
        sql<string>`count(*) filter (where failed_at is null and run_at > ${now})`.as('scheduled'),
        sql<string>`count(*) filter (where failed_at is not null)`.as('parked'),
      ])
      .where('done_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { due: Number(row.due), scheduled: Number(row.scheduled), parked: Number(row.parked) };
  },
};
