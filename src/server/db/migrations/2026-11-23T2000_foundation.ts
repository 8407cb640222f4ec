import { sql, type Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Migrations never import app code: every value they need is written out here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table werkplein (
      id text primary key,
      name text not null,
      municipality_code text,
      created_at timestamptz not null default now()
    );
    create table partner (
      id text primary key,
      name text not null,
      kind text not null check (kind in ('uwv', 'municipality', 'sheltered_employment', 'other'))
    );
    create table werkplein_partner (
      werkplein_id text not null references werkplein (id),
      partner_id text not null references partner (id),
      primary key (werkplein_id, partner_id)
    );
    create table employee (
      id uuid primary key default gen_random_uuid(),
      login text not null unique check (login ~ '^[a-z0-9._-]{2,64}$'),
      name text not null,
      email text,
      partner_id text not null references partner (id),
      back_office_unit text check (back_office_unit in ('income', 'debt_assistance', 'civic_integration', 'enforcement', 'sheltered_employment')),
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table employee_role (
      employee_id uuid not null references employee (id) on delete cascade,
      role text not null check (role in ('intakeOfficer', 'caseManager', 'accountManager', 'backOffice',
        'procurementAdvisor', 'management', 'administrator')),
      primary key (employee_id, role)
    );
    create table employee_werkplein (
      employee_id uuid not null references employee (id) on delete cascade,
      werkplein_id text not null references werkplein (id),
      primary key (employee_id, werkplein_id)
    );
    create index employee_werkplein_werkplein_idx on employee_werkplein (werkplein_id);

    create table session (
      id_hash text primary key,
      kind text not null check (kind in ('browser', 'bearer')),
      employee_id uuid not null references employee (id) on delete cascade,
      csrf_token text not null,
      id_token text,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index session_employee_idx on session (employee_id);

    create sequence dossier_number_seq;
    create table jobseeker (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      dossier_number text not null unique,
      bsn char(9) not null check (bsn ~ '^[0-9]{9}$'),
      given_names text not null,
      surname_prefix text not null default '',
      surname text not null,
      surname_key text not null,
      given_key text not null,
      birth_date date not null,
      gender text not null check (gender in ('female', 'male', 'other', 'unknown')),
      street text not null,
      house_number text not null,
      postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      city text not null,
      phone text,
      email text,
      is_test_data boolean not null default false,
      version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (werkplein_id, bsn)
    );
    -- Covering indexes: a name search is answered from the index; only the rows shown are read.
    create index jobseeker_surname_idx on jobseeker (werkplein_id, surname_key text_pattern_ops) include (given_key, id);
    create index jobseeker_given_idx on jobseeker (werkplein_id, given_key text_pattern_ops) include (surname_key, id);
    create index jobseeker_bsn_idx on jobseeker (bsn);

    -- Back-office units see a jobseeker only while something is referred to them.
    create table referral (
      id uuid primary key default gen_random_uuid(),
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      unit text not null check (unit in ('income', 'debt_assistance', 'civic_integration', 'enforcement', 'sheltered_employment')),
      status text not null default 'open' check (status in ('open', 'answered', 'withdrawn')),
      created_at timestamptz not null
    );
    create index referral_jobseeker_idx on referral (jobseeker_id, unit);

    -- Every change in a case appends one event; the monitor derives its figures from these.
    create table case_event (
      id bigint generated always as identity primary key,
      werkplein_id text not null references werkplein (id),
      jobseeker_id uuid not null references jobseeker (id),
      type text not null,
      data jsonb not null default '{}',
      occurred_at timestamptz not null,
      recorded_at timestamptz not null,
      actor_employee_id uuid references employee (id),
      actor_partner_id text references partner (id)
    );
    create index case_event_jobseeker_idx on case_event (jobseeker_id, occurred_at desc);

    -- Register of processing activities (Logboek dataverwerkingen: "verwerkingsactiviteit"), versioned.
    create table processing_activity (
      id text not null,
      version integer not null,
      name text not null,
      purpose text not null,
      legal_basis text not null,
      valid_from timestamptz not null default now(),
      primary key (id, version)
    );

    -- Who acted: one audit record per request that touches personal data, or is denied.
    create table audit_record (
      id uuid primary key default gen_random_uuid(),
      occurred_at timestamptz not null,
      employee_id uuid references employee (id),
      role text,
      partner_id text,
      werkplein_id text,
      action text not null,
      object_type text,
      object_id text,
      result text not null check (result in ('allowed', 'denied', 'failed')),
      origin text,
      trace_id char(32) not null
    );
    create index audit_record_employee_idx on audit_record (employee_id, occurred_at);
    create index audit_record_time_idx on audit_record (occurred_at);

    -- The processing log proper, after the Logius draft standard "Logboek dataverwerkingen".
    create table processing_operation (
      id uuid primary key default gen_random_uuid(),
      trace_id char(32) not null,
      span_id char(16) not null,
      parent_span_id char(16),
      foreign_trace_id char(32),
      foreign_span_id char(16),
      name text not null,
      status text not null check (status in ('ok', 'error')),
      started_at timestamptz not null,
      ended_at timestamptz not null,
      activity_id text not null,
      activity_version integer not null,
      audit_record_id uuid not null references audit_record (id),
      foreign key (activity_id, activity_version) references processing_activity (id, version)
    );
    create index processing_operation_audit_idx on processing_operation (audit_record_id);
    create index processing_operation_time_idx on processing_operation (started_at);
    create table processing_operation_subject (
      operation_id uuid not null references processing_operation (id),
      subject_type text not null,
      subject_pseudonym char(64) not null,
      primary key (operation_id, subject_type, subject_pseudonym)
    );
    create index processing_operation_subject_idx on processing_operation_subject (subject_pseudonym);

    -- Append-only, enforced by the database for every role (including a superuser).
    create function forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception 'append-only table %: % is not allowed', tg_table_name, tg_op using errcode = '42501';
    end $$;
  `,
  );
  for (const table of [
    'audit_record',
    'processing_operation',
    'processing_operation_subject',
    'case_event',
  ]) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function forbid_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function forbid_change()`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted');
}
