import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const caseAssignmentRepository = {
  /** Active klantmanagers of a Werkplein with their caseload: their active cases in it. */
  async candidates(db: Executor, werkpleinId: string) {
    const rows = await db
      .selectFrom('employee as e')
      .innerJoin('employee_werkplein as ew', 'ew.employee_id', 'e.id')
      .innerJoin('employee_role as er', 'er.employee_id', 'e.id')
      .innerJoin('partner as p', 'p.id', 'e.partner_id')
      .select((eb) => [
        'e.id',
        'e.name',
        'e.partner_id',
        'p.name as partner_name',
        'p.kind as partner_kind',
        'e.expertise',
        // Active cases only (not flowed out or handed over), as the triggers keep them.
        eb
          .selectFrom('caseload_summary as cs')
          .select('cs.active_cases')
          .where('cs.werkplein_id', '=', werkpleinId)
          .whereRef('cs.case_manager_id', '=', 'e.id')
          .as('caseload'),
      ])
      .where('ew.werkplein_id', '=', werkpleinId)
      .where('er.role', '=', 'caseManager')
      .where('e.active', '=', true)
      .orderBy('e.name')
      .execute();
    return rows.map((r) => ({ ...r, caseload: Number(r.caseload ?? 0) }));
  },

  /** A klantmanager who may take cases in this Werkplein, or undefined. */
  async caseManagerIn(db: Executor, employeeId: string, werkpleinId: string) {
    return db
      .selectFrom('employee as e')
      .innerJoin('employee_werkplein as ew', 'ew.employee_id', 'e.id')
      .innerJoin('employee_role as er', 'er.employee_id', 'e.id')
      .select(['e.id', 'e.name', 'e.partner_id'])
      .where('e.id', '=', employeeId)
      .where('ew.werkplein_id', '=', werkpleinId)
      .where('er.role', '=', 'caseManager')
      .where('e.active', '=', true)
      .executeTakeFirst();
  },

  async employee(db: Executor, id: string) {
    return db
      .selectFrom('employee')
      .select(['id', 'name', 'partner_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** Locks the jobseekers (in id order, so bulk moves cannot deadlock) and returns them. */
  async lockJobseekers(db: Transaction<Database>, ids: readonly string[]) {
    return db
      .selectFrom('jobseeker')
      .select(['id', 'werkplein_id', 'bsn', 'case_manager_id'])
      .where('id', 'in', ids)
      .orderBy('id')
      .forUpdate()
      .execute();
  },

  /** Sets the klantmanager, and with `contactAt` the last contact too, in one update. */
  async assign(
    db: Transaction<Database>,
    ids: readonly string[],
    caseManagerId: string,
    at: Date,
    contactAt?: Date,
  ) {
    await db
      .updateTable('jobseeker')
      .set({
        case_manager_id: caseManagerId,
        updated_at: at,
        ...(contactAt ? { last_contact_at: contactAt } : {}),
      })
      .where('id', 'in', ids)
      .execute();
  },
};
