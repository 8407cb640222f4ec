import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../server/config.ts';
import { migrateToLatest, openDatabase } from '../server/db/database.ts';
import { migrateAsOwner } from '../server/db/roles.ts';
import { seedDemo } from '../server/db/seed/demo.ts';
import { systemClock } from '../server/clock.ts';
import { startServer } from '../server/main.ts';
import { issueDevToken } from '../server/modules/identity/session.service.ts';
import { join } from 'node:path';

const program = new Command('werkplein').description(
  'Werkplein — one system for the joint front office of work and income',
);

const positiveInt = (value: string): number => {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

/** The database as its owner: DATABASE_MIGRATION_URL on PostgreSQL (or DATABASE_URL in development). */
const withDatabase = async <T>(
  fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> => {
  const config = loadConfig();
  const handle = await openDatabase({
    databaseUrl: config.databaseMigrationUrl ?? config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
  });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
};

program
  .command('serve')
  .description('run migrations and start the server')
  .option('--demo', 'seed the demo Werkpleinen, staff and jobseekers when the database is empty')
  .action(async (opts: { demo?: boolean }) => {
    const server = await startServer(loadConfig(), { seedDemo: opts.demo, demoCases: opts.demo });
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('migrate')
  .description(
    'bring the database schema up to date (as the owner) and grant the application role its rights',
  )
  .action(async () => {
    const config = loadConfig();
    const { applied, appRole } = config.databaseUrl
      ? await migrateAsOwner(config)
      : { applied: await withDatabase((h) => migrateToLatest(h.db)), appRole: undefined };
    console.log(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.join(', ')}`);
    if (appRole) console.log(`Granted the application role ${appRole} its rights (docs/operations.md).`);
  });

program
  .command('seed')
  .description('seed demo data, or national-scale synthetic data for benchmarks')
  .option('--size <size>', '"demo", "national" (1,000,000 jobseekers) or a number of jobseekers', 'demo')
  .option('--werkpleinen <n>', 'number of Werkpleinen for a national-scale seed', positiveInt, 120)
  .option('--cases', 'national seed: also klantmanagers (~80 cases each) and ~20 case events per jobseeker')
  .option(
    '--matching',
    'national seed: also profiles for ~30% of the jobseekers (activated), matchmakers and ~50,000 open vacancies',
  )
  .option('--vacancies <n>', 'with --matching: the number of open vacancies', positiveInt, 50_000)
  .action(
    async (opts: {
      size: string;
      werkpleinen: number;
      cases?: boolean;
      matching?: boolean;
      vacancies: number;
    }) => {
      const config = loadConfig();
      if (config.databaseUrl) await migrateAsOwner(config);
      await withDatabase(async (h) => {
        await migrateToLatest(h.db);
        if (opts.size === 'demo') {
          const result = await seedDemo(h.db);
          console.log(`Seeded the demo: ${result.jobseekers} new jobseekers.`);
          return;
        }
        const jobseekers = opts.size === 'national' ? 1_000_000 : positiveInt(opts.size);
        const { seedNational } = await import('../server/db/seed/national.ts');
        await seedNational(h, { jobseekers, werkpleinen: opts.werkpleinen, log: console.log });
        if (opts.cases) {
          const { seedNationalCases } = await import('../server/db/seed/national-cases.ts');
          await seedNationalCases(h, { log: console.log });
        }
        if (opts.matching) {
          const { seedNationalMatching } = await import('../server/db/seed/national-matching.ts');
          await seedNationalMatching(h, { log: console.log, vacancies: opts.vacancies });
        }
      });
    },
  );

/** Backup and restore of the embedded database; PostgreSQL has pg_dump and pg_restore (docs/operations.md). */
const embeddedOnly = (command: string) => {
  if (!loadConfig().databaseUrl) return;
  console.error(
    `werkplein ${command} is for the embedded database; with DATABASE_URL use pg_dump and pg_restore (docs/operations.md).`,
  );
  process.exit(2);
};

program
  .command('backup')
  .description('write a backup of the embedded database (stop the server first)')
  .requiredOption('--out <file>', 'the file to write (a gzipped tar)')
  .action(async (opts: { out: string }) => {
    embeddedOnly('backup');
    const { backupEmbedded } = await import('../server/db/backup.ts');
    const bytes = await backupEmbedded(join(loadConfig().dataDir, 'pglite'), opts.out);
    console.log(`Backup written to ${opts.out} (${bytes} bytes).`);
  });

program
  .command('restore')
  .description('restore a backup into an empty data directory (WERKPLEIN_DATA_DIR)')
  .argument('<file>', 'a file written by werkplein backup')
  .action(async (file: string) => {
    embeddedOnly('restore');
    const { restoreEmbedded } = await import('../server/db/backup.ts');
    const dataDir = join(loadConfig().dataDir, 'pglite');
    await restoreEmbedded(file, dataDir);
    console.log(`Restored ${file} into ${dataDir}.`);
  });

const monitor = program.command('monitor').description("the monitor's derived figures (docs/kpi.md)");
for (const mode of ['refresh', 'rebuild'] as const) {
  monitor
    .command(mode)
    .description(
      mode === 'refresh'
        ? 'bring the figures up to date with the case events recorded since the last refresh'
        : 'empty the derived figures and recompute them from all case events',
    )
    .action(async () => {
      const config = loadConfig();
      if (config.databaseUrl) await migrateAsOwner(config);
      await withDatabase(async (h) => {
        await migrateToLatest(h.db);
        const { runMonitorRefresh } = await import('../server/modules/monitor/monitor-refresh.job.ts');
        const started = performance.now();
        const result = await runMonitorRefresh(h.db, systemClock, mode);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `Monitor ${mode}: ${result.jobseekers} jobseekers, ${result.events} events in ${seconds} s; ` +
            `up to ${result.watermark?.toISOString() ?? 'no events yet'}.`,
        );
      });
    });
}

program
  .command('token')
  .description('print a short-lived API bearer token for a demo user (development mode only)')
  .requiredOption('--user <login>', 'login of the employee')
  .action(async (opts: { user: string }) => {
    // Decided before anything else, so no production configuration is even read.
    if (process.env.WERKPLEIN_MODE === 'production') {
      console.error('werkplein token is refused in production mode.');
      process.exitCode = 2;
      return;
    }
    // Signed with the server's secret, no database needed: works while the server holds PGlite.
    console.log(issueDevToken(loadConfig().secret, opts.user, systemClock.now()));
  });

program.parseAsync().catch((error: unknown) => {
  if (error instanceof Error && error.name === 'BackupError') console.error(error.message);
  else console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
