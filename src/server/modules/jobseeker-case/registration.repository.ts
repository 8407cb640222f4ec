import type { Kysely, Transaction } from 'kysely';
import type { Database, RegistrationTable } from '../../db/schema.ts';
import type { Insertable } from 'kysely';

type Executor = Kysely<Database> | Transaction<Database>;

export const registrationRepository = {
  async insert(db: Executor, row: Insertable<RegistrationTable>) {
    return db.insertInto('registration').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** An open referral to a back-office unit (the unique index keeps one open per unit). */
  async openReferral(
    db: Executor,
    werkpleinId: string,
    jobseekerId: string,
    unit: 'debt_assistance' | 'income',
  ) {
    return db
      .selectFrom('referral')
      .select('id')
      .where('werkplein_id', '=', werkpleinId)
      .where('jobseeker_id', '=', jobseekerId)
      .where('unit', '=', unit)
      .where('status', '=', 'open')
      .executeTakeFirst();
  },

  async insertReferral(
    db: Executor,
    row: {
      werkpleinId: string;
      jobseekerId: string;
      unit: 'debt_assistance' | 'income';
      question: string;
      by: string;
      at: Date;
    },
  ) {
    const { id } = await db
      .insertInto('referral')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        unit: row.unit,
        question: row.question,
        referred_by: row.by,
        created_at: row.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Active debt-assistance officers of a Werkplein, by name. */
  async debtOfficers(db: Executor, werkpleinId: string) {
    return db
      .selectFrom('employee as e')
      .innerJoin('employee_werkplein as ew', 'ew.employee_id', 'e.id')
      .innerJoin('employee_role as er', 'er.employee_id', 'e.id')
      .select(['e.id', 'e.name'])
      .where('ew.werkplein_id', '=', werkpleinId)
      .where('er.role', '=', 'backOffice')
      .where('e.back_office_unit', '=', 'debt_assistance')
      .where('e.active', '=', true)
      .orderBy('e.name')
      .execute();
  },

  /** Locks the employee's row so two bookings for one person cannot both pass the overlap check. */
  async lockEmployee(db: Transaction<Database>, id: string) {
    await db.selectFrom('employee').select('id').where('id', '=', id).forUpdate().execute();
  },

  async hasOverlap(db: Executor, employeeId: string, startsAt: Date, endsAt: Date) {
    const row = await db
      .selectFrom('appointment')
      .select('id')
      .where('employee_id', '=', employeeId)
      .where('status', '=', 'planned')
      .where('starts_at', '<', endsAt)
      .where('ends_at', '>', startsAt)
      .executeTakeFirst();
    return row !== undefined;
  },

  async insertAppointment(
    db: Executor,
    row: {
      werkpleinId: string;
      jobseekerId: string;
      employeeId: string;
      startsAt: Date;
      endsAt: Date;
      subject: string;
      by: string;
      at: Date;
    },
  ) {
    const { id } = await db
      .insertInto('appointment')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        employee_id: row.employeeId,
        starts_at: row.startsAt,
        ends_at: row.endsAt,
        channel: 'desk',
        subject: row.subject,
        created_by: row.by,
        created_at: row.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },
};
