#!/usr/bin/env node
// The whole test suite: unit and API tests on PGlite, the API tests again on PostgreSQL when
// DATABASE_URL is set, then the browser tests in Chromium against a freshly built web app.
import { spawnSync } from 'node:child_process';

const run = (label, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const steps = [];
steps.push([
  'unit + API tests (PGlite)',
  run('unit + API tests (PGlite)', ['vitest', 'run', '--project', 'unit', '--project', 'int'], {
    WERKPLEIN_TEST_ENGINE: 'pglite',
  }),
]);
if (process.env.DATABASE_URL) {
  steps.push([
    'API tests (PostgreSQL)',
    run('API tests (PostgreSQL)', ['vitest', 'run', '--project', 'int'], {
      WERKPLEIN_TEST_ENGINE: 'postgres',
    }),
  ]);
} else {
  console.log('\nDATABASE_URL is not set: the API tests ran on PGlite only.');
}
steps.push(['build the web app', run('build the web app', ['vite', 'build', '--logLevel', 'warn'])]);
steps.push([
  'browser tests (Chromium)',
  run('browser tests (Chromium)', ['vitest', 'run', '--project', 'e2e']),
]);

const failed = steps.filter(([, ok]) => !ok);
console.log(`\n${steps.length - failed.length} passed, ${failed.length} failed`);
for (const [label] of failed) console.log(`  failed: ${label}`);
process.exit(failed.length === 0 ? 0 : 1);
