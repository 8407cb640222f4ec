import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// A klantmanager's expertise (jongeren, statushouders, …): the intake suggests by it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(db, `alter table employee add column expertise text[] not null default '{}';`);
}

export async function down(): Promise<void> {
  throw new Error('The employee-expertise migration cannot be reverted');
}
