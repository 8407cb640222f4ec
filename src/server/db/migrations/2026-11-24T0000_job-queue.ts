import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// A persistent job queue: work due later (the matchmaker's aftercare call two weeks after a
// placement) is a row written in the transaction that decides it, and a runner in every server
// process claims due rows with `for update skip locked`, so a job survives restarts and runs once
// even with several processes. A nomination remembers when its aftercare is due.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table job (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      payload jsonb not null,
      run_at timestamptz not null,
      attempts integer not null default 0,
      last_error text,
      done_at timestamptz,
      failed_at timestamptz,
      created_at timestamptz not null,
      check (attempts >= 0)
    );
    create index job_due_idx on job (run_at) where done_at is null and failed_at is null;

    alter table nomination add column aftercare_due_at timestamptz;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The job queue migration cannot be reverted');
}
