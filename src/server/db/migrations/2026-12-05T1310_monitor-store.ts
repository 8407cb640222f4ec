import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// Monitor (issue 11): the derived store the figures are read from, kept up to date from the case
// events (src/server/modules/monitor/monitor-refresh.job.ts, docs/kpi.md).
// - monitor_case_fact: each episode of a jobseeker, folded from his events;
// - monitor_month: additive monthly measures per Werkplein (stock measures as differences);
// - monitor_state: the watermark (recorded_at of the last event included).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table monitor_case_fact (
      jobseeker_id uuid not null,
      episode integer not null,
      werkplein_id text not null,
      registered_on date not null,
      intake_hours double precision,
      agreement_hours double precision,
      fact jsonb not null,
      primary key (jobseeker_id, episode)
    );
    create index monitor_case_fact_registered_idx on monitor_case_fact (registered_on, werkplein_id);

    create table monitor_month (
      measure text not null,
      werkplein_id text not null,
      month char(7) not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
      breakdown text not null,
      value bigint not null,
      primary key (measure, werkplein_id, month, breakdown)
    );
    create index monitor_month_month_idx on monitor_month (measure, month);

    create table monitor_state (
      id integer primary key check (id = 1),
      watermark timestamptz,
      refreshed_at timestamptz,
      kpi_version text
    );
    insert into monitor_state (id) values (1);

    create index case_event_recorded_idx on case_event (recorded_at);
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The monitor store migration cannot be reverted');
}
