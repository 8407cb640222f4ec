import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Role changes (issue 9): every change of an employee's roles, Werkpleinen or active state, with
// what it was before and after, who made it and whether it widened access to personal data. The
// beheerders of the Werkpleinen concerned see the recent ones. Append-only, like the other logs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table employee_change (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null,
      employee_id uuid not null references employee (id),
      changed_by uuid not null references employee (id),
      kind text not null check (kind in ('created', 'updated')),
      before jsonb,
      after jsonb not null,
      -- Every Werkplein the employee belonged to before or after: whose beheerders see the change.
      werkplein_ids text[] not null,
      widens_personal_data_access boolean not null,
      trace_id char(32) not null
    );
    create index employee_change_time_idx on employee_change (occurred_at desc);
    create index employee_change_werkplein_idx on employee_change using gin (werkplein_ids);
    create trigger employee_change_append_only before update or delete on employee_change
      for each row execute function forbid_change();
    create trigger employee_change_no_truncate before truncate on employee_change
      for each statement execute function forbid_change();
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The employee-change migration cannot be reverted');
}
