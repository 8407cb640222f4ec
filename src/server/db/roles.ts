import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { migrateToLatest, openDatabase, type Db } from './database.ts';

/**
 * Least privilege on PostgreSQL. Two roles:
 * - the owner (DATABASE_MIGRATION_URL) owns the schema and every table and runs the migrations;
 * - the application role (DATABASE_URL) owns nothing: it reads and writes the application tables,
 *   only reads and appends to the logs (every table whose append-only trigger calls
 *   `forbid_change()`, and the register of processing activities), and only reads the migration
 *   bookkeeping. Without ownership or superuser rights it cannot disable a trigger, switch
 *   `session_replication_role`, truncate, alter or drop anything.
 * `werkplein migrate` (and `serve`) apply these grants after migrating, every time, so a new table
 * is covered the day its migration runs; default privileges cover tables made outside it.
 */

/** Tables the application may read and insert into, never change: the append-only logs and more. */
const INSERT_ONLY_EXTRA = ['processing_activity'];
/** Tables the application may only read. */
const READ_ONLY = ['kysely_migration', 'kysely_migration_lock'];

/** The user name in a connection string. */
const userOf = (url: string): string => decodeURIComponent(new URL(url).username || process.env.PGUSER || '');

/**
 * The role to grant to: DATABASE_URL's user when it differs from the migration URL's; undefined
 * when both are one role (development, where the owner is also the application).
 */
export const appRoleOf = (databaseUrl: string, migrationUrl: string): string | undefined => {
  const app = userOf(databaseUrl);
  return app && app !== userOf(migrationUrl) ? app : undefined;
};

/** The append-only tables: those with a trigger that calls forbid_change() (see the migrations). */
export const appendOnlyTables = async (db: Db): Promise<string[]> =>
  (
    await sql<{ table_name: string }>`
      select distinct c.relname as table_name
      from pg_trigger t
      join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_proc p on p.oid = t.tgfoid
      where p.proname = 'forbid_change' and n.nspname = current_schema()
      order by 1`.execute(db)
  ).rows.map((r) => r.table_name);

/** Grants the application role what it needs and nothing more; run as the owner after migrating. */
export const grantAppRole = async (db: Db, appRole: string): Promise<void> => {
  const role = sql.id(appRole);
  const schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
    ?.schema;
  if (!schema) throw new Error('No current schema to grant on');
  const s = sql.id(schema);
  const insertOnly = [...(await appendOnlyTables(db)), ...INSERT_ONLY_EXTRA];
  const statements = [
    sql`grant usage on schema ${s} to ${role}`,
    sql`revoke create on schema ${s} from ${role}`,
    sql`grant select, insert, update, delete on all tables in schema ${s} to ${role}`,
    sql`revoke truncate, references, trigger on all tables in schema ${s} from ${role}`,
    sql`grant usage, select on all sequences in schema ${s} to ${role}`,
    ...insertOnly.map((table) => sql`revoke update, delete on ${sql.table(table)} from ${role}`),
    ...READ_ONLY.map((table) => sql`revoke insert, update, delete on ${sql.table(table)} from ${role}`),
    // Tables created later by this owner: the same rights as the application tables (the grants
    // above run again after each migration and narrow the append-only ones).
    sql`alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${role}`,
    sql`alter default privileges in schema ${s} grant usage, select on sequences to ${role}`,
  ];
  await db.transaction().execute(async (trx) => {
    // Two processes starting at once would grant on the same rows concurrently: one at a time.
    await sql`select pg_advisory_xact_lock(hashtext('werkplein-grants'))`.execute(trx);
    for (const statement of statements) await statement.execute(trx);
  });
};

/**
 * Why the connected role is not fit to run the application in production: it is a superuser, or
 * it owns tables (and so could disable the append-only triggers). Empty when it is fit.
 */
export const leastPrivilegeProblems = async (db: Db): Promise<string[]> => {
  const { rows } = await sql<{ superuser: boolean; owned: string }>`
    select r.rolsuper as superuser,
      (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relowner = r.oid and n.nspname = current_schema())::text as owned
    from pg_roles r where r.rolname = current_user`.execute(db);
  const me = rows[0];
  const problems: string[] = [];
  if (me?.superuser) problems.push('it is a superuser');
  if (Number(me?.owned ?? 0) > 0) problems.push(`it owns ${me?.owned} tables, indexes or sequences`);
  return problems;
};

/**
 * Migrates PostgreSQL as the owner (DATABASE_MIGRATION_URL, or DATABASE_URL in development) and
 * grants the application role its rights; returns the migrations applied and the role granted to.
 */
export const migrateAsOwner = async (
  config: Pick<Config, 'databaseUrl' | 'databaseMigrationUrl'>,
): Promise<{ applied: string[]; appRole: string | undefined }> => {
  const { databaseUrl } = config;
  if (!databaseUrl) throw new Error('migrateAsOwner needs DATABASE_URL');
  const migrationUrl = config.databaseMigrationUrl ?? databaseUrl;
  const owner = await openDatabase({ databaseUrl: migrationUrl });
  try {
    const applied = await migrateToLatest(owner.db);
    const appRole = appRoleOf(databaseUrl, migrationUrl);
    if (appRole) await grantAppRole(owner.db, appRole);
    return { applied, appRole };
  } finally {
    await owner.close();
  }
};
