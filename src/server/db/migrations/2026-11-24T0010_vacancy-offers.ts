import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// The matchmaker offers a vacancy to klantmanagers (whose jobseekers may fit); each klantmanager
// sees the offer on Mijn dag until he has looked at it. One offer per vacancy and klantmanager.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table vacancy_offer (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      vacancy_id uuid not null references vacancy (id),
      case_manager_id uuid not null references employee (id),
      offered_by uuid not null references employee (id),
      message text not null default '' check (length(message) <= 1000),
      offered_at timestamptz not null,
      seen_at timestamptz,
      unique (vacancy_id, case_manager_id)
    );
    create index vacancy_offer_unseen_idx on vacancy_offer (case_manager_id) where seen_at is null;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The vacancy offers migration cannot be reverted');
}
