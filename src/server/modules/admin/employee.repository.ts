import { sql, type Kysely, type Transaction } from 'kysely';
import type { BackOfficeUnit, Database, EmployeeChangeState, Role } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface EmployeeWrite {
  name: string;
  email: string | null;
  partnerId: string;
  backOfficeUnit: BackOfficeUnit | null;
  roles: readonly Role[];
  werkpleinIds: readonly string[];
  expertise: readonly string[];
  active: boolean;
}

export const employeeRepository = {
  /** Employees who share at least one of the given Werkpleinen. */
  async list(db: Executor, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    const employees = await db
      .selectFrom('employee as e')
      .select([
        'e.id',
        'e.login',
        'e.name',
        'e.email',
        'e.partner_id',
        'e.back_office_unit',
        'e.active',
        'e.version',
        'e.expertise',
      ])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('employee_werkplein as ew')
            .select('ew.employee_id')
            .whereRef('ew.employee_id', '=', 'e.id')
            .where('ew.werkplein_id', 'in', werkpleinIds),
        ),
      )
      .orderBy('e.name')
      .execute();
    return this.withMemberships(db, employees);
  },

  async getById(db: Executor, id: string) {
    const employee = await db
      .selectFrom('employee as e')
      .select([
        'e.id',
        'e.login',
        'e.name',
        'e.email',
        'e.partner_id',
        'e.back_office_unit',
        'e.active',
        'e.version',
        'e.expertise',
      ])
      .where('e.id', '=', id)
      .executeTakeFirst();
    if (!employee) return undefined;
    return (await this.withMemberships(db, [employee]))[0];
  },

  async withMemberships<T extends { id: string }>(db: Executor, employees: T[]) {
    if (employees.length === 0) return [];
    const ids = employees.map((e) => e.id);
    const [roles, werkpleinen] = await Promise.all([
      db
        .selectFrom('employee_role')
        .select(['employee_id', 'role'])
        .where('employee_id', 'in', ids)
        .execute(),
      db
        .selectFrom('employee_werkplein')
        .select(['employee_id', 'werkplein_id'])
        .where('employee_id', 'in', ids)
        .execute(),
    ]);
    return employees.map((e) => ({
      ...e,
      roles: roles.filter((r) => r.employee_id === e.id).map((r) => r.role),
      werkpleinIds: werkpleinen
        .filter((w) => w.employee_id === e.id)
        .map((w) => w.werkplein_id)
        .sort(),
    }));
  },

  async loginExists(db: Executor, login: string) {
    return (
      (await db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirst()) !==
      undefined
    );
  },

  async insert(db: Transaction<Database>, login: string, input: EmployeeWrite, now: Date) {
    const { id } = await db
      .insertInto('employee')
      .values({
        login,
        name: input.name,
        email: input.email,
        partner_id: input.partnerId,
        back_office_unit: input.backOfficeUnit,
        active: input.active,
        expertise: [...new Set(input.expertise)],
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.replaceMemberships(db, id, input);
    return id;
  },

  /** Updates when the version still matches; returns false on a concurrent change. */
  async update(db: Transaction<Database>, id: string, version: number, input: EmployeeWrite, now: Date) {
    const result = await db
      .updateTable('employee')
      .set((eb) => ({
        name: input.name,
        email: input.email,
        partner_id: input.partnerId,
        back_office_unit: input.backOfficeUnit,
        active: input.active,
        expertise: [...new Set(input.expertise)],
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await db.deleteFrom('employee_role').where('employee_id', '=', id).execute();
    await db.deleteFrom('employee_werkplein').where('employee_id', '=', id).execute();
    await this.replaceMemberships(db, id, input);
    if (!input.active) await db.deleteFrom('session').where('employee_id', '=', id).execute();
    return true;
  },

  async replaceMemberships(db: Transaction<Database>, id: string, input: EmployeeWrite) {
    await db
      .insertInto('employee_role')
      .values([...new Set(input.roles)].map((role) => ({ employee_id: id, role })))
      .execute();
    await db
      .insertInto('employee_werkplein')
      .values([...new Set(input.werkpleinIds)].map((werkplein_id) => ({ employee_id: id, werkplein_id })))
      .execute();
  },

  async referenceData(db: Executor) {
    const [werkpleinen, partners] = await Promise.all([
      db.selectFrom('werkplein').select(['id', 'name']).orderBy('name').execute(),
      db.selectFrom('partner').select(['id', 'name', 'kind']).orderBy('name').execute(),
    ]);
    return { werkpleinen, partners };
  },

  /** Appends one change of an employee's access (append-only table). */
  async insertChange(
    db: Transaction<Database>,
    change: {
      occurredAt: Date;
      employeeId: string;
      changedBy: string;
      kind: 'created' | 'updated';
      before: EmployeeChangeState | null;
      after: EmployeeChangeState;
      widensPersonalDataAccess: boolean;
      traceId: string;
    },
  ) {
    await db
      .insertInto('employee_change')
      .values({
        occurred_at: change.occurredAt,
        employee_id: change.employeeId,
        changed_by: change.changedBy,
        kind: change.kind,
        before: change.before ? JSON.stringify(change.before) : null,
        after: JSON.stringify(change.after),
        werkplein_ids: [
          ...new Set([...(change.before?.werkpleinIds ?? []), ...change.after.werkpleinIds]),
        ].sort(),
        widens_personal_data_access: change.widensPersonalDataAccess,
        trace_id: change.traceId,
      })
      .execute();
  },

  /** The most recent changes of employees of (or formerly of) these Werkpleinen, newest first. */
  async recentChanges(db: Executor, werkpleinIds: readonly string[], limit: number) {
    if (werkpleinIds.length === 0) return [];
    return db
      .selectFrom('employee_change as c')
      .innerJoin('employee as e', 'e.id', 'c.employee_id')
      .innerJoin('employee as b', 'b.id', 'c.changed_by')
      .select([
        'c.id',
        'c.occurred_at',
        'c.kind',
        'c.before',
        'c.after',
        'c.widens_personal_data_access',
        'e.id as employee_id',
        'e.name as employee_name',
        'e.login as employee_login',
        'b.id as changed_by_id',
        'b.name as changed_by_name',
        'b.login as changed_by_login',
      ])
      .where(sql<boolean>`c.werkplein_ids && ${sql.val([...werkpleinIds])}::text[]`)
      .orderBy('c.occurred_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(limit)
      .execute();
  },

  async partnerExists(db: Executor, id: string) {
    return (
      (await db.selectFrom('partner').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
    );
  },
};
