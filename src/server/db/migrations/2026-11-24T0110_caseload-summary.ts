import type { Kysely } from 'kysely';
import { runScript } from '../migration-support/run-script.ts';

// The MT's team view per klantmanager without aggregating every case of the Werkplein on each call
// (36,832 active cases in the largest one): per Werkplein and klantmanager the number of active
// cases and, over them, the earliest and the median last contact (last_contact_at, else the
// registration). Stored as instants, not as days, so the figures do not age: the view subtracts
// them from its own "now". Triggers on jobseeker keep the rows in the writing transaction, whoever
// writes (services, tests, scripts); a bulk load with session_replication_role = replica skips
// triggers and must call caseload_summary_rebuild() afterwards (the national seed does).
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table caseload_summary (
      werkplein_id text not null,
      case_manager_id uuid not null,
      active_cases integer not null default 0,
      oldest_contact_at timestamptz,
      median_contact_at timestamptz,
      primary key (werkplein_id, case_manager_id)
    );

    -- Recounts one caseload from jobseeker_team_cover_idx (index only, about 80 entries). The row
    -- is locked first (made first if need be), so a concurrent writer of the same caseload waits
    -- for the other to commit; the count, a later statement, then sees the other's changes too
    -- (READ COMMITTED takes a new snapshot per statement; under REPEATABLE READ the lock fails with
    -- a serialization error instead of writing a stale figure).
    create function caseload_summary_refresh(p_werkplein_id text, p_case_manager_id uuid) returns void
    language plpgsql as $$
    begin
      perform from caseload_summary s
        where s.werkplein_id = p_werkplein_id and s.case_manager_id = p_case_manager_id for update;
      if not found then
        insert into caseload_summary (werkplein_id, case_manager_id)
        values (p_werkplein_id, p_case_manager_id) on conflict do nothing;
        perform from caseload_summary s
          where s.werkplein_id = p_werkplein_id and s.case_manager_id = p_case_manager_id for update;
      end if;
      update caseload_summary s
         set active_cases = c.active_cases, oldest_contact_at = c.oldest, median_contact_at = c.median
        from (select count(*)::integer as active_cases,
                     min(coalesce(j.last_contact_at, j.created_at)) as oldest,
                     to_timestamp(percentile_cont(0.5) within group (
                       order by extract(epoch from coalesce(j.last_contact_at, j.created_at))::float8)) as median
                from jobseeker j
               where j.werkplein_id = p_werkplein_id and j.case_manager_id = p_case_manager_id
                 and j.outflow_date is null and j.handed_over_at is null) c
       where s.werkplein_id = p_werkplein_id and s.case_manager_id = p_case_manager_id;
    end $$;

    -- One statement-level trigger per operation: each caseload a statement touched is recounted
    -- once, in a fixed order (so two bulk moves cannot deadlock on these rows).
    create function caseload_summary_keep() returns trigger language plpgsql as $$
    declare
      k record;
    begin
      if tg_op = 'INSERT' then
        for k in select distinct n.werkplein_id, n.case_manager_id from new_rows n
                  where n.case_manager_id is not null order by 1, 2 loop
          perform caseload_summary_refresh(k.werkplein_id, k.case_manager_id);
        end loop;
      elsif tg_op = 'DELETE' then
        for k in select distinct o.werkplein_id, o.case_manager_id from old_rows o
                  where o.case_manager_id is not null order by 1, 2 loop
          perform caseload_summary_refresh(k.werkplein_id, k.case_manager_id);
        end loop;
      else
        -- The caseloads a case left or joined, or in which its contact or its state changed.
        for k in select distinct x.werkplein_id, x.case_manager_id
                   from old_rows o
                   join new_rows n on n.id = o.id
                  cross join lateral (values (o.werkplein_id, o.case_manager_id),
                                             (n.werkplein_id, n.case_manager_id)) x (werkplein_id, case_manager_id)
                  where x.case_manager_id is not null
                    and (o.werkplein_id, o.case_manager_id, o.outflow_date, o.handed_over_at,
                         o.last_contact_at, o.created_at)
                        is distinct from
                        (n.werkplein_id, n.case_manager_id, n.outflow_date, n.handed_over_at,
                         n.last_contact_at, n.created_at)
                  order by 1, 2 loop
          perform caseload_summary_refresh(k.werkplein_id, k.case_manager_id);
        end loop;
      end if;
      return null;
    end $$;

    create trigger jobseeker_caseload_summary_insert after insert on jobseeker
      referencing new table as new_rows
      for each statement execute function caseload_summary_keep();
    create trigger jobseeker_caseload_summary_update after update on jobseeker
      referencing old table as old_rows new table as new_rows
      for each statement execute function caseload_summary_keep();
    create trigger jobseeker_caseload_summary_delete after delete on jobseeker
      referencing old table as old_rows
      for each statement execute function caseload_summary_keep();

    create function caseload_summary_clear() returns trigger language plpgsql as $$
    begin
      delete from caseload_summary;
      return null;
    end $$;
    create trigger jobseeker_caseload_summary_truncate after truncate on jobseeker
      for each statement execute function caseload_summary_clear();

    -- Recounts every caseload (after a bulk load that skipped the triggers, and here, once).
    create function caseload_summary_rebuild() returns void language plpgsql as $$
    begin
      perform caseload_summary_refresh(k.werkplein_id, k.case_manager_id)
         from (select werkplein_id, case_manager_id from jobseeker
                where case_manager_id is not null and outflow_date is null and handed_over_at is null
               union
               select werkplein_id, case_manager_id from caseload_summary
                order by 1, 2) k;
    end $$;

    select caseload_summary_rebuild();

    -- The view's other figure, overdue tasks per klantmanager in this Werkplein, from the index alone.
    drop index task_open_assignee_idx;
    create index task_open_assignee_idx on task (assignee_id, due_at) include (werkplein_id)
      where done_at is null;
    `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The caseload-summary migration cannot be reverted');
}
