import type { Db } from '../../db/database.ts';
import type { BackOfficeUnit, Role, SessionTable } from '../../db/schema.ts';
import { sql, type Insertable } from 'kysely';
import type { Actor } from './actor.ts';

/** The employee with partner, roles and Werkpleinen, as one row (JSON arrays from subqueries). */
const actorQuery = (db: Db) =>
  db
    .selectFrom('employee as e')
    .innerJoin('partner as p', 'p.id', 'e.partner_id')
    .select([
      'e.id',
      'e.login',
      'e.name',
      'e.partner_id',
      'p.name as partner_name',
      'e.back_office_unit',
      sql<
        Role[]
      >`(select coalesce(json_agg(r.role order by r.role), '[]') from employee_role r where r.employee_id = e.id)`.as(
        'roles',
      ),
      sql<
        string[]
      >`(select coalesce(json_agg(w.werkplein_id order by w.werkplein_id), '[]') from employee_werkplein w where w.employee_id = e.id)`.as(
        'werkplein_ids',
      ),
    ]);

interface ActorRow {
  id: string;
  login: string;
  name: string;
  partner_id: string;
  partner_name: string;
  back_office_unit: BackOfficeUnit | null;
  roles: Role[];
  werkplein_ids: string[];
}

const toActor = (row: ActorRow): Actor => ({
  employeeId: row.id,
  login: row.login,
  name: row.name,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  backOfficeUnit: row.back_office_unit,
  roles: row.roles,
  werkpleinIds: row.werkplein_ids,
});

export const identityRepository = {
  findActorByLogin(db: Db, login: string): Promise<Actor | undefined> {
    return this.findActor(db, 'e.login', login);
  },

  /** `includeInactive`: also someone who has left, e.g. to log later work done on his behalf. */
  findActorById(db: Db, employeeId: string, options: { includeInactive?: boolean } = {}) {
    return this.findActor(db, 'e.id', employeeId, options);
  },

  /** An active employee with roles and Werkpleinen, or undefined: one query. */
  async findActor(
    db: Db,
    column: 'e.login' | 'e.id',
    value: string,
    options: { includeInactive?: boolean } = {},
  ): Promise<Actor | undefined> {
    const row = await actorQuery(db)
      .where(column, '=', value)
      .$if(!options.includeInactive, (q) => q.where('e.active', '=', true))
      .executeTakeFirst();
    return row && toActor(row);
  },

  /**
   * A session with its employee, in one query (every authenticated request asks this). `actor` is
   * undefined when the employee is no longer active.
   */
  async findSessionWithActor(db: Db, idHash: string) {
    const row = await actorQuery(db)
      .rightJoin('session as s', (join) => join.onRef('s.employee_id', '=', 'e.id').on('e.active', '=', true))
      .select([
        's.kind',
        's.csrf_token',
        's.id_token',
        's.last_seen_at',
        's.expires_at',
        'e.id as employee_id',
      ])
      .where('s.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      kind: row.kind,
      csrf_token: row.csrf_token,
      id_token: row.id_token,
      last_seen_at: row.last_seen_at,
      expires_at: row.expires_at,
      actor: row.employee_id === null ? undefined : toActor(row as ActorRow),
    };
  },

  async werkpleinNames(db: Db, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db.selectFrom('werkplein').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
  },

  async insertSession(db: Db, row: Insertable<SessionTable>) {
    await db.insertInto('session').values(row).execute();
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
