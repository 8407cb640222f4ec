import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// The jobseeker portal "Mijn Werkplein" (issue 12). A citizen logs in with DigiD and acts on his own
// dossier: his sessions are separate from staff sessions, and the logs name him as the actor (an
// audit record and a case event have either an employee or a citizen, never a faked employee).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table citizen_session (
      id_hash char(64) primary key,
      jobseeker_id uuid not null references jobseeker (id),
      -- DigiD assurance level of the login: basis, midden, substantieel or hoog.
      assurance_level text not null check (assurance_level in ('basis', 'midden', 'substantieel', 'hoog')),
      csrf_token text not null,
      id_token text,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index citizen_session_jobseeker_idx on citizen_session (jobseeker_id);

    -- The citizen as actor (the portal): the jobseeker whose own session acted.
    alter table audit_record add column citizen_jobseeker_id uuid references jobseeker (id);
    alter table case_event add column actor_jobseeker_id uuid references jobseeker (id);

    -- The jobseeker's own part in an agreement: his "akkoord", and his comment when he marks it done.
    alter table agreement add column accepted_at timestamptz;
    alter table agreement add column jobseeker_comment text check (length(jobseeker_comment) <= 1000);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The jobseeker-portal migration cannot be reverted');
}
