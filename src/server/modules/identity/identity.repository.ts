import type { Db } from '../../db/database.ts';
import type { BackOfficeUnit, Role, SessionTable } from '../../db/schema.ts';
import type { Insertable } from 'kysely';
import type { Actor } from './actor.ts';

export const identityRepository = {
  findActorByLogin(db: Db, login: string): Promise<Actor | undefined> {
    return this.findActor(db, 'e.login', login);
  },

  /** `includeInactive`: also someone who has left, e.g. to log later work done on his behalf. */
  findActorById(db: Db, employeeId: string, options: { includeInactive?: boolean } = {}) {
    return this.findActor(db, 'e.id', employeeId, options);
  },

  /** An active employee with roles and Werkpleinen, or undefined. */
  async findActor(
    db: Db,
    column: 'e.login' | 'e.id',
    value: string,
    options: { includeInactive?: boolean } = {},
  ): Promise<Actor | undefined> {
    const employee = await db
      .selectFrom('employee as e')
      .innerJoin('partner as p', 'p.id', 'e.partner_id')
      .select(['e.id', 'e.login', 'e.name', 'e.partner_id', 'p.name as partner_name', 'e.back_office_unit'])
      .where(column, '=', value)
      .$if(!options.includeInactive, (q) => q.where('e.active', '=', true))
      .executeTakeFirst();
    if (!employee) return undefined;
    return this.completeActor(db, employee);
  },

  async completeActor(
    db: Db,
    e: {
      id: string;
      login: string;
      name: string;
      partner_id: string;
      partner_name: string;
      back_office_unit: BackOfficeUnit | null;
    },
  ): Promise<Actor> {
    const [roles, werkpleinen] = await Promise.all([
      db.selectFrom('employee_role').select('role').where('employee_id', '=', e.id).execute(),
      db
        .selectFrom('employee_werkplein')
        .select('werkplein_id')
        .where('employee_id', '=', e.id)
        .orderBy('werkplein_id')
        .execute(),
    ]);
    return {
      employeeId: e.id,
      login: e.login,
      name: e.name,
      partnerId: e.partner_id,
      partnerName: e.partner_name,
      backOfficeUnit: e.back_office_unit,
      roles: roles.map((r) => r.role as Role),
      werkpleinIds: werkpleinen.map((w) => w.werkplein_id),
    };
  },

  async werkpleinNames(db: Db, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db.selectFrom('werkplein').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
  },

  async insertSession(db: Db, row: Insertable<SessionTable>) {
    await db.insertInto('session').values(row).execute();
  },

  async findSession(db: Db, idHash: string) {
    return db.selectFrom('session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  },

  async touchSession(db: Db, idHash: string, at: Date) {
    await db.updateTable('session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  },

  async deleteSession(db: Db, idHash: string) {
    await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
  },

  async deleteExpiredSessions(db: Db, now: Date) {
    await db.deleteFrom('session').where('expires_at', '<', now).execute();
  },
};
