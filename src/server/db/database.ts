import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Engine = 'postgres' | 'pglite';

// Dates are calendar days, not instants: keep them as 'YYYY-MM-DD' strings on both engines.
pg.types.setTypeParser(1082, (value: string) => value);
// bigint identities fit in a JS number for our volumes, but keep them exact as strings.
pg.types.setTypeParser(20, (value: string) => value);

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  close: () => Promise<void>;
  /** The connection pool's figures (PostgreSQL; PGlite has one connection and no pool). */
  pool?: () => { total: number; idle: number; waiting: number };
}

/** Opens PostgreSQL when a URL is given, otherwise PGlite in `dataDir` (or in memory for `memory://`). */
export const openDatabase = async (options: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<DatabaseHandle> => {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection that the server drops (restart, failover, termination) must not crash the
    // process: the pool discards it and opens a new one on the next query.
    pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
    // The same for a connection in use (between the statements of a transaction): the statement
    // waiting on it fails (503 database_unavailable) and the pool throws the connection away.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      close: () => db.destroy(),
      pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  const pglite = await PGlite.create({
    dataDir: options.dataDir === undefined || options.dataDir === 'memory://' ? undefined : options.dataDir,
    parsers: { 1082: (value: string) => value, 20: (value: string) => value },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', close: () => db.destroy() };
};

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

const migrationProvider: MigrationProvider = {
  async getMigrations() {
    const files = (await readdir(migrationsDir))
      .filter((f) => /^\d{4}-\d{2}-\d{2}T\d{4}_.+\.ts$/.test(f))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      migrations[file.replace(/\.ts$/, '')] = (await import(
        pathToFileURL(join(migrationsDir, file)).href
      )) as Migration;
    }
    return migrations;
  },
};

// Migrations written in parallel may land out of name order; each stands on its own, so allow that.
export const migrator = (db: Db): Migrator =>
  new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });

export const migrateToLatest = async (db: Db): Promise<string[]> => {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
};

/** True when every known migration has been applied. */
export const migrationsCurrent = async (db: Db): Promise<boolean> => {
  const migrations = await migrator(db).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
};
