#!/usr/bin/env node
// The whole test suite: unit and API tests on PGlite, then the web build and the browser tests in
// Chromium; when DATABASE_URL is set, the API and browser tests run again on PostgreSQL.
import { spawnSync } from 'node:child_process';

const results = [];
const step = (label, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  results.push([label, result.status === 0]);
};

const postgres = Boolean(process.env.DATABASE_URL);
step('unit and API tests (PGlite)', ['vitest', 'run', '--project', 'unit', '--project', 'int'], {
  WERKPLEIN_TEST_ENGINE: 'pglite',
});
if (postgres)
  step('API tests (PostgreSQL)', ['vitest', 'run', '--project', 'int'], {
    WERKPLEIN_TEST_ENGINE: 'postgres',
  });
step('build the web app', ['vite', 'build', '--logLevel', 'warn']);
step('browser tests (Chromium, PGlite)', ['vitest', 'run', '--project', 'e2e'], {
  WERKPLEIN_TEST_ENGINE: 'pglite',
});
if (postgres) {
  step('browser tests (Chromium, PostgreSQL)', ['vitest', 'run', '--project', 'e2e'], {
    WERKPLEIN_TEST_ENGINE: 'postgres',
  });
} else {
  console.log('\nDATABASE_URL is not set: the API and browser tests ran on PGlite only.');
}

const failed = results.filter(([, ok]) => !ok);
console.log(`\nsteps: ${results.length - failed.length} passed, ${failed.length} failed`);
for (const [label] of failed) console.log(`  failed: ${label}`);
process.exit(failed.length === 0 ? 0 : 1);
