import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Regional pool sharing (issue 4): each Werkplein's arbeidsmarktregio (CBS code AMnn) and whether
// it shares its pool (activated jobseekers and open vacancies) with the other Werkpleinen of that
// region that share theirs. Sharing needs a region; nobody shares until a beheerder opts in.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table werkplein add column labour_market_region text
      check (labour_market_region ~ '^AM[0-9]{2}$');
    alter table werkplein add column shares_pool_regionally boolean not null default false;
    alter table werkplein add column version integer not null default 1;
    alter table werkplein add constraint werkplein_sharing_needs_region
      check (not shares_pool_regionally or labour_market_region is not null);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The regional-pool migration cannot be reverted');
}
