import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** What the portal reads and writes, always for one jobseeker (the logged-in citizen). */
export const portalRepository = {
  /** The jobseeker's Werkplein and his klantmanager with the organisation he works for. */
  async caseManagerOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('jobseeker as j')
      .innerJoin('werkplein as w', 'w.id', 'j.werkplein_id')
      .leftJoin('employee as e', 'e.id', 'j.case_manager_id')
      .leftJoin('partner as p', 'p.id', 'e.partner_id')
      .select([
        'w.name as werkplein',
        'e.id as case_manager_id',
        'e.name as case_manager_name',
        'e.email as case_manager_email',
        'p.name as organisation',
      ])
      .where('j.id', '=', jobseekerId)
      .executeTakeFirstOrThrow();
  },

  async agreementsOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('agreement')
      .select([
        'id',
        'description',
        'responsible',
        'due_date',
        'status',
        'accepted_at',
        'jobseeker_comment',
        'version',
      ])
      .where('jobseeker_id', '=', jobseekerId)
      .where('status', '!=', 'cancelled')
      .orderBy('due_date')
      .orderBy('id')
      .execute();
  },

  async agreement(db: Executor, id: string) {
    return db
      .selectFrom('agreement')
      .select(['id', 'jobseeker_id', 'responsible', 'status', 'accepted_at', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** The events of the jobseeker's agreements, oldest first (their history in the plan). */
  async agreementEventsOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('case_event')
      .select(['type', 'data', 'occurred_at', 'actor_jobseeker_id'])
      .where('jobseeker_id', '=', jobseekerId)
      .where('type', 'like', 'agreement.%')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
  },

  /** Akkoord on an agreement: only while not yet given and the version is current. */
  async accept(db: Transaction<Database>, id: string, version: number, at: Date) {
    const result = await db
      .updateTable('agreement')
      .set((eb) => ({ accepted_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('accepted_at', 'is', null)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  /** The jobseeker reports his own agreement done, with his comment; only while open and current. */
  async complete(db: Transaction<Database>, id: string, version: number, comment: string | null, at: Date) {
    const result = await db
      .updateTable('agreement')
      .set((eb) => ({
        status: 'done',
        jobseeker_comment: comment,
        accepted_at: eb.fn.coalesce('accepted_at', sql<Date>`${at}::timestamptz`),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'open')
      .where('responsible', '=', 'jobseeker')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async appointmentsOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('appointment as a')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .select([
        'a.id',
        'a.jobseeker_id',
        'a.starts_at',
        'a.ends_at',
        'a.channel',
        'a.location',
        'a.subject',
        'a.status',
        'e.name as employee_name',
      ])
      .where('a.jobseeker_id', '=', jobseekerId)
      .orderBy('a.starts_at', 'desc')
      .orderBy('a.id')
      .limit(50)
      .execute();
  },

  async appointment(db: Executor, id: string) {
    return db
      .selectFrom('appointment as a')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .innerJoin('werkplein as w', 'w.id', 'a.werkplein_id')
      .select([
        'a.id',
        'a.jobseeker_id',
        'a.starts_at',
        'a.ends_at',
        'a.channel',
        'a.location',
        'a.subject',
        'a.status',
        'e.name as employee_name',
        'w.name as werkplein',
      ])
      .where('a.id', '=', id)
      .executeTakeFirst();
  },

  async benefitsOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('benefit_period')
      .select(['benefit_type', 'start_date', 'end_date'])
      .where('jobseeker_id', '=', jobseekerId)
      .orderBy('start_date', 'desc')
      .execute();
  },

  async updateContact(
    db: Transaction<Database>,
    id: string,
    version: number,
    contact: { phone: string | null; email: string | null },
    at: Date,
  ) {
    const result = await db
      .updateTable('jobseeker')
      .set((eb) => ({ ...contact, updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  /**
   * Who processed this person's data (by the pseudonym of his BSN), newest first, without his own
   * actions in the portal: organisation and role, never the employee. One row more than `limit`
   * tells whether there is a next page.
   */
  async accessesOf(db: Executor, pseudonym: string, limit: number, offset: number) {
    return db
      .selectFrom('processing_operation_subject as s')
      .innerJoin('processing_operation as o', 'o.id', 's.operation_id')
      .innerJoin('audit_record as a', 'a.id', 'o.audit_record_id')
      .innerJoin('processing_activity as pa', (join) =>
        join.onRef('pa.id', '=', 'o.activity_id').onRef('pa.version', '=', 'o.activity_version'),
      )
      .leftJoin('partner as p', 'p.id', 'a.partner_id')
      .select([
        'a.id',
        'a.occurred_at',
        'p.name as organisation',
        'a.role',
        'a.action',
        'pa.name as activity',
        'pa.purpose',
        'pa.legal_basis',
      ])
      .where('s.subject_pseudonym', '=', pseudonym)
      .where('s.subject_type', '=', 'natuurlijk_persoon')
      .where('a.citizen_jobseeker_id', 'is', null)
      .where('a.result', '=', 'allowed')
      .orderBy('a.occurred_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit + 1)
      .offset(offset)
      .execute();
  },
};
