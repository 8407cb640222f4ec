import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Electronic documents in the dossier (versioned, never overwritten) and free-text notes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table document (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      kind text not null check (kind in ('identity_document', 'cv', 'diploma', 'benefit_decision', 'payslip', 'bank_statement', 'letter', 'other')),
      filename text not null check (length(filename) between 1 and 200),
      content_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 char(64) not null,
      content bytea not null,
      version integer not null default 1,
      supersedes_id uuid references document (id),
      superseded boolean not null default false,
      uploaded_by uuid not null references employee (id),
      uploaded_at timestamptz not null
    );
    create index document_jobseeker_idx on document (jobseeker_id, uploaded_at desc);
    create unique index document_one_successor on document (supersedes_id) where supersedes_id is not null;

    create table note (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      text text not null check (length(text) between 1 and 4000),
      created_by uuid not null references employee (id),
      created_at timestamptz not null
    );
    create index note_jobseeker_idx on note (jobseeker_id, created_at desc);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The documents-notes migration cannot be reverted');
}
