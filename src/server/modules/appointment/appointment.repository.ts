import type { Kysely, Transaction } from 'kysely';
import type { TPlanAppointment } from '../../../contracts/appointment.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const base = (db: Executor) =>
  db
    .selectFrom('appointment as a')
    .innerJoin('employee as e', 'e.id', 'a.employee_id')
    .leftJoin('jobseeker as j', 'j.id', 'a.jobseeker_id')
    .select([
      'a.id',
      'a.werkplein_id',
      'a.employee_id',
      'e.name as employee_name',
      'a.jobseeker_id',
      'j.bsn',
      'j.given_names',
      'j.surname_prefix',
      'j.surname',
      'j.dossier_number',
      'a.starts_at',
      'a.ends_at',
      'a.channel',
      'a.location',
      'a.subject',
      'a.status',
      'a.version',
    ]);

export const appointmentRepository = {
  /**
   * The employee, locked for the rest of the transaction so two plannings for the same person are
   * checked for overlap one after the other, with the Werkpleinen he works in.
   */
  async lockEmployee(db: Transaction<Database>, id: string) {
    const employee = await db
      .selectFrom('employee')
      .select(['id', 'name', 'active'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!employee) return undefined;
    const werkpleinen = await db
      .selectFrom('employee_werkplein')
      .select('werkplein_id')
      .where('employee_id', '=', id)
      .execute();
    return { ...employee, werkpleinIds: werkpleinen.map((w) => w.werkplein_id) };
  },

  async employeeWerkpleinen(db: Executor, id: string) {
    const rows = await db
      .selectFrom('employee_werkplein')
      .select('werkplein_id')
      .where('employee_id', '=', id)
      .execute();
    return rows.map((r) => r.werkplein_id);
  },

  /** A planned appointment of the employee that overlaps [startsAt, endsAt), if any. */
  async overlapping(db: Executor, employeeId: string, startsAt: Date, endsAt: Date) {
    return base(db)
      .where('a.employee_id', '=', employeeId)
      .where('a.status', '=', 'planned')
      .where('a.starts_at', '<', endsAt)
      .where('a.ends_at', '>', startsAt)
      .orderBy('a.starts_at')
      .executeTakeFirst();
  },

  async insert(
    db: Transaction<Database>,
    row: { werkpleinId: string; input: TPlanAppointment; createdBy: string; createdAt: Date },
  ) {
    const { id } = await db
      .insertInto('appointment')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.input.jobseekerId,
        employee_id: row.input.employeeId,
        starts_at: new Date(row.input.startsAt),
        ends_at: new Date(row.input.endsAt),
        channel: row.input.channel,
        location: row.input.location,
        subject: row.input.subject,
        created_by: row.createdBy,
        created_at: row.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async get(db: Executor, id: string) {
    return base(db).where('a.id', '=', id).executeTakeFirst();
  },

  /** An employee's appointments that start in [from, to), in the given Werkpleinen. */
  async ofEmployee(db: Executor, employeeId: string, from: Date, to: Date, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    return base(db)
      .where('a.employee_id', '=', employeeId)
      .where('a.starts_at', '>=', from)
      .where('a.starts_at', '<', to)
      .where('a.werkplein_id', 'in', werkpleinIds)
      .orderBy('a.starts_at')
      .orderBy('a.id')
      .execute();
  },

  async ofJobseeker(db: Executor, jobseekerId: string) {
    return base(db)
      .where('a.jobseeker_id', '=', jobseekerId)
      .orderBy('a.starts_at', 'desc')
      .orderBy('a.id')
      .execute();
  },

  async updateStatus(
    db: Transaction<Database>,
    id: string,
    version: number,
    status: 'done' | 'no_show' | 'cancelled',
  ) {
    const result = await db
      .updateTable('appointment')
      .set((eb) => ({ status, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  /** The last contact moves forward only, never back to an older appointment. */
  async recordContact(db: Transaction<Database>, jobseekerId: string, at: Date) {
    await db
      .updateTable('jobseeker')
      .set({ last_contact_at: at })
      .where('id', '=', jobseekerId)
      .where((eb) => eb.or([eb('last_contact_at', 'is', null), eb('last_contact_at', '<', at)]))
      .execute();
  },
};

export type AppointmentRow = NonNullable<Awaited<ReturnType<typeof appointmentRepository.get>>>;
