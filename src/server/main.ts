import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { systemClock, type Clock } from './clock.ts';
import { ConfigError, type Config } from './config.ts';
import { leastPrivilegeProblems, migrateAsOwner } from './db/roles.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.ts';
import { seedDemoCases } from './db/seed/demo-cases.ts';
import { seedDemoMonitorHistory } from './db/seed/demo-monitor.ts';
import { demoAccounts, seedDemo } from './db/seed/demo.ts';
import { scheduleMonitorRefresh } from './modules/monitor/monitor-refresh.job.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close: () => Promise<void>;
}

/** Opens the database (PostgreSQL or PGlite), migrates, optionally seeds the demo, and listens. */
export const startServer = async (
  config: Config,
  options: { seedDemo?: boolean; demoCases?: boolean; clock?: Clock; quiet?: boolean } = {},
): Promise<RunningServer> => {
  // PostgreSQL: migrate as the owner, then run as the application role, which owns nothing.
  if (config.databaseUrl) await migrateAsOwner(config);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
  });
  if (!config.databaseUrl) await migrateToLatest(database.db);
  if (config.databaseUrl && config.mode === 'production') {
    const problems = await leastPrivilegeProblems(database.db);
    if (problems.length > 0) {
      await database.close();
      throw new ConfigError(
        `DATABASE_URL must connect as a role that owns nothing (see docs/operations.md), but ${problems.join(' and ')}`,
      );
    }
  }
  if (options.seedDemo) {
    const alreadySeeded = await database.db
      .selectFrom('werkplein')
      .select('id')
      .where('id', '=', 'westland')
      .executeTakeFirst();
    if (!alreadySeeded) {
      await seedDemo(database.db);
      if (options.demoCases) {
        await seedDemoCases(database.db);
        await seedDemoMonitorHistory(database.db);
      }
    }
  }
  const app = await buildApp({ config, database, clock: options.clock });
  await app.listen({ port: config.port, host: config.host });
  await scheduleMonitorRefresh(database.db, options.clock ?? systemClock);
  app.jobs.start(config.jobPollMs);
  void app.jobs.runDue().catch((error: unknown) => app.log.error(error, 'due jobs'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
  if (!options.quiet) printBanner(config, database, url, options.seedDemo ?? false);
  let closed = false;
  return {
    app,
    database,
    url,
    close: async () => {
      if (closed) return;
      closed = true;
      await app.drain();
      await app.close();
      await database.close();
    },
  };
};

const printBanner = (config: Config, database: DatabaseHandle, url: string, demo: boolean) => {
  const lines = [
    '',
    `Werkplein draait op ${url}`,
    `  database: ${database.engine === 'pglite' ? `PGlite (embedded) in ${join(config.dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  identiteit: ${config.oidc.issuer ?? `ingebouwde test-identiteitsprovider op ${url}/idp`}`,
    `  API: ${url}/api/openapi.json`,
  ];
  if (demo && !config.oidc.issuer) {
    lines.push(
      '',
      `Demo-accounts (wachtwoord: ${config.demoPassword}; een verificatiecode van 6 cijfers telt als tweede factor):`,
    );
    for (const a of demoAccounts) lines.push(`  ${a.login.padEnd(20)} ${a.description}`);
  }
  console.log(lines.join('\n'));
};
