import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { startServer } from '../main.ts';
import { startSession } from '../modules/identity/session.service.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { createTestDatabase, registration, testConfig } from '../testing/test-app.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';
import { appendOnlyTables, leastPrivilegeProblems, migrateAsOwner } from './roles.ts';
import { seedDemo } from './seed/demo.ts';

const LOG_TABLES = [
  'audit_record',
  'case_event',
  'employee_change',
  'processing_operation',
  'processing_operation_subject',
];

if (process.env.WERKPLEIN_TEST_ENGINE === 'postgres') {
  describe('least privilege on PostgreSQL', () => {
    const suffix = randomBytes(5).toString('hex');
    const ownerRole = `werkplein_owner_${suffix}`;
    const appRole = `werkplein_app_${suffix}`;
    const databaseName = `werkplein_roles_${suffix}`;
    const baseUrl = process.env.DATABASE_URL as string;
    const urlFor = (user: string) => {
      const url = new URL(baseUrl);
      url.username = user;
      url.password = '';
      url.pathname = `/${databaseName}`;
      return url.href;
    };
    let admin: DatabaseHandle;
    let owner: DatabaseHandle;
    let appDb: DatabaseHandle;
    let app: FastifyInstance;
    const clock = new ManualClock('2026-11-23T09:00:00Z');

    beforeAll(async () => {
      admin = await openDatabase({ databaseUrl: baseUrl });
      await sql`create role ${sql.id(ownerRole)} login`.execute(admin.db);
      await sql`create role ${sql.id(appRole)} login`.execute(admin.db);
      await sql`create database ${sql.id(databaseName)} owner ${sql.id(ownerRole)}`.execute(admin.db);
      // What `werkplein migrate` does: migrate as the owner, then grant the application role.
      const result = await migrateAsOwner({
        databaseUrl: urlFor(appRole),
        databaseMigrationUrl: urlFor(ownerRole),
      });
      expect(result.appRole).toBe(appRole);
      owner = await openDatabase({ databaseUrl: urlFor(ownerRole) });
      appDb = await openDatabase({ databaseUrl: urlFor(appRole) });
      await seedDemo(appDb.db, { jobseekers: 5, now: clock.now() });
      app = await buildApp({ config: testConfig(), database: appDb, clock });
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
      await appDb?.close();
      await owner?.close();
      await sql`drop database if exists ${sql.id(databaseName)} with (force)`.execute(admin.db);
      await sql`drop role if exists ${sql.id(appRole)}`.execute(admin.db);
      await sql`drop role if exists ${sql.id(ownerRole)}`.execute(admin.db);
      await admin.close();
    });

    const sessionOf = async (login: string) => {
      const employee = await appDb.db
        .selectFrom('employee')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirstOrThrow();
      const { token, csrfToken } = await startSession(
        appDb.db,
        clock,
        { idleMinutes: 30, absoluteMinutes: 600 },
        { employeeId: employee.id, kind: 'browser' },
      );
      return { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken };
    };

    it('knows every append-only table from its trigger', async () => {
      expect(await appendOnlyTables(owner.db)).toEqual(expect.arrayContaining(LOG_TABLES));
    });

    it('runs the application as a role that owns nothing, and the application works', async () => {
      expect(await leastPrivilegeProblems(appDb.db)).toEqual([]);
      expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
      const intaker = await sessionOf('iris.intake');
      const created = await app.inject({
        method: 'POST',
        url: '/api/jobseekers',
        headers: intaker,
        payload: registration(),
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect(
        (await app.inject({ method: 'GET', url: `/api/jobseekers/${id}`, headers: intaker })).statusCode,
      ).toBe(200);
      const note = await app.inject({
        method: 'POST',
        url: `/api/jobseekers/${id}/notes`,
        headers: intaker,
        payload: { text: 'Komt morgen langs' },
      });
      expect(note.statusCode).toBe(201);
      const beheerder = await sessionOf('bea.beheer');
      const employees = (
        await app.inject({ method: 'GET', url: '/api/admin/employees', headers: beheerder })
      ).json().items as { id: string; login: string; roles: string[] }[];
      const iris = employees.find((e) => e.login === 'iris.intake') as Record<string, unknown>;
      const { id: irisId, login: _login, ...editable } = iris;
      const changed = await app.inject({
        method: 'PUT',
        url: `/api/admin/employees/${String(irisId)}`,
        headers: beheerder,
        payload: { ...editable, name: 'Iris Intake-de Vries' },
      });
      expect(changed.statusCode).toBe(200);
      const log = await app.inject({
        method: 'GET',
        url: '/api/admin/processing-log?bsn=111222333',
        headers: beheerder,
      });
      expect(log.json().items.length).toBeGreaterThanOrEqual(2);
      await app.jobs.runDue();
      // Logging out deletes the session row: ordinary application tables allow DELETE.
      expect((await app.inject({ method: 'POST', url: '/auth/logout', headers: intaker })).statusCode).toBe(
        200,
      );
    });

    it('cannot change, delete, truncate or bypass the append-only logs as the application role', async () => {
      for (const table of [...LOG_TABLES, 'processing_activity']) {
        const t = sql.table(table);
        await expect(
          sql`update ${t} set ${sql.ref(columnOf(table))} = ${sql.ref(columnOf(table))}`.execute(appDb.db),
        ).rejects.toThrow(/permission denied/);
        await expect(sql`delete from ${t}`.execute(appDb.db)).rejects.toThrow(/permission denied/);
        await expect(sql`truncate ${t}`.execute(appDb.db)).rejects.toThrow(/permission denied/);
        await expect(sql`alter table ${t} disable trigger all`.execute(appDb.db)).rejects.toThrow(
          /must be owner/,
        );
        await expect(sql`drop table ${t}`.execute(appDb.db)).rejects.toThrow(/must be owner/);
      }
      await expect(sql`set session_replication_role = replica`.execute(appDb.db)).rejects.toThrow(
        /permission denied/,
      );
      await expect(sql`create table evil (x int)`.execute(appDb.db)).rejects.toThrow(/permission denied/);
      await expect(sql`delete from kysely_migration`.execute(appDb.db)).rejects.toThrow(/permission denied/);
      // The rows are all still there.
      const { rows } = await sql<{ n: string }>`select count(*) as n from audit_record`.execute(owner.db);
      expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    });

    it('refuses to start in production as a role that owns the tables', async () => {
      const config = loadConfig({
        WERKPLEIN_MODE: 'production',
        DATABASE_URL: urlFor(ownerRole),
        DATABASE_MIGRATION_URL: urlFor(ownerRole),
        WERKPLEIN_SECRET: randomBytes(32).toString('hex'),
        OIDC_ISSUER: 'https://login.example.nl',
        OIDC_CLIENT_ID: 'werkplein',
        OIDC_CLIENT_SECRET: 'secret',
        PUBLIC_URL: 'https://werkplein.example.nl',
        PORT: '0',
      });
      await expect(startServer(config, { quiet: true })).rejects.toThrow(/owns nothing.*owns \d+ tables/);
      expect(await leastPrivilegeProblems(admin.db)).toContain('it is a superuser');
    });
  });
} else {
  describe('the embedded database (PGlite), single user', () => {
    let database: DatabaseHandle;
    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDemo(database.db, { jobseekers: 2 });
      await sql`insert into audit_record (occurred_at, action, result, trace_id) values (now(), 'test', 'allowed', ${'0'.repeat(32)})`.execute(
        database.db,
      );
    });
    afterAll(async () => database.close());

    it("keeps the logs append-only against the application's own statements", async () => {
      await expect(sql`delete from audit_record`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`update audit_record set action = 'x'`.execute(database.db)).rejects.toThrow(
        /append-only/,
      );
      for (const table of LOG_TABLES) {
        await expect(sql`truncate ${sql.table(table)} cascade`.execute(database.db)).rejects.toThrow(
          /append-only/,
        );
      }
    });

    it('cannot promise more: its one user is a superuser who may switch the triggers off (docs/architecture.md)', async () => {
      expect(await leastPrivilegeProblems(database.db)).toContain('it is a superuser');
      const deleted = await database.db
        .transaction()
        .execute(async (trx) => {
          await sql`set local session_replication_role = replica`.execute(trx);
          const result = await sql`delete from audit_record`.execute(trx);
          throw Object.assign(new Error('roll back'), { deleted: Number(result.numAffectedRows ?? 0) });
        })
        .catch((error: { deleted?: number }) => error.deleted);
      expect(deleted).toBeGreaterThan(0);
    });
  });
}

/** A column of each table to "update" (any will do: the update itself must be refused). */
function columnOf(table: string): string {
  const columns: Record<string, string> = {
    audit_record: 'action',
    case_event: 'type',
    employee_change: 'kind',
    processing_operation: 'name',
    processing_operation_subject: 'subject_type',
    processing_activity: 'name',
  };
  return columns[table] ?? 'id';
}
