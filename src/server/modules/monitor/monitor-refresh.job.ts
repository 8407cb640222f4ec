import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/schema.ts';
import { enqueueJob, type JobHandler } from '../../jobs/job-queue.ts';
import { foldCases, hoursBetween, type CaseFact, type MonitorEvent } from './kpi/case-facts.ts';
import { KPI_VERSION } from './kpi/figures.ts';
import { measuresOf, type MeasureRow } from './kpi/measures.ts';

/**
 * Keeps the monitor's derived store up to date from the case events, incrementally: the
 * jobseekers with events recorded after the watermark are refolded from all their events, and the
 * difference between their old and new measures is added to the monthly rows. Never a full
 * recomputation, except `rebuild`. Runs inside the caller's transaction (the job's, or the CLI's).
 */

export const MONITOR_REFRESH_JOB = 'monitor.refresh';
/** How often the running server brings the figures up to date. */
export const MONITOR_REFRESH_INTERVAL_MS = 60_000;
/**
 * Events recorded up to this long before the watermark are looked at again: a transaction that
 * read its clock before another but committed after it is not missed. Refolding is idempotent.
 */
const LATE_COMMIT_MARGIN_MS = 5 * 60_000;
const CHUNK = 500;

type Db = Kysely<Database>;

export interface RefreshResult {
  jobseekers: number;
  events: number;
  watermark: Date | null;
}

const loadEvents = async (db: Db, jobseekerIds: readonly string[]): Promise<MonitorEvent[]> =>
  (
    await db
      .selectFrom('case_event')
      .select(['jobseeker_id', 'werkplein_id', 'type', 'data', 'occurred_at', 'actor_employee_id'])
      .where('jobseeker_id', 'in', jobseekerIds)
      .orderBy('jobseeker_id')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute()
  ).map((r) => ({
    jobseekerId: r.jobseeker_id,
    werkpleinId: r.werkplein_id,
    type: r.type,
    data: (r.data ?? {}) as Record<string, unknown>,
    occurredAt: r.occurred_at,
    actorEmployeeId: r.actor_employee_id,
  }));

const key = (r: MeasureRow) => `${r.measure}\u0000${r.werkpleinId}\u0000${r.month}\u0000${r.breakdown}`;

/** Refolds these jobseekers and applies the difference of their measures. */
const refold = async (db: Db, jobseekerIds: readonly string[]): Promise<number> => {
  const events = await loadEvents(db, jobseekerIds);
  const facts = foldCases(events);
  const old = await db
    .selectFrom('monitor_case_fact')
    .select('fact')
    .where('jobseeker_id', 'in', jobseekerIds)
    .execute();
  const delta = new Map<string, MeasureRow>();
  const apply = (fact: CaseFact, sign: 1 | -1) => {
    for (const row of measuresOf(fact)) {
      const k = key(row);
      const current = delta.get(k);
      if (current) current.value += sign * row.value;
      else delta.set(k, { ...row, value: sign * row.value });
    }
  };
  for (const { fact } of old) apply(fact as CaseFact, -1);
  for (const fact of facts) apply(fact, 1);
  const changes = [...delta.values()].filter((r) => r.value !== 0);
  for (let i = 0; i < changes.length; i += 1000) {
    await db
      .insertInto('monitor_month')
      .values(
        changes.slice(i, i + 1000).map((r) => ({
          measure: r.measure,
          werkplein_id: r.werkpleinId,
          month: r.month,
          breakdown: r.breakdown,
          value: r.value,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['measure', 'werkplein_id', 'month', 'breakdown'])
          .doUpdateSet({ value: sql`monitor_month.value + excluded.value` }),
      )
      .execute();
  }
  await db.deleteFrom('monitor_case_fact').where('jobseeker_id', 'in', jobseekerIds).execute();
  for (let i = 0; i < facts.length; i += 1000) {
    await db
      .insertInto('monitor_case_fact')
      .values(
        facts.slice(i, i + 1000).map((f) => ({
          jobseeker_id: f.jobseekerId,
          episode: f.episode,
          werkplein_id: f.werkpleinId,
          registered_on: f.registeredOn,
          intake_hours: f.intakeAt === null ? null : hoursBetween(f.registeredAt, f.intakeAt),
          agreement_hours:
            f.firstAgreementAt === null ? null : hoursBetween(f.registeredAt, f.firstAgreementAt),
          fact: JSON.stringify(f),
        })),
      )
      .execute();
  }
  return events.length;
};

/** Brings the derived store up to date with every event recorded since the last refresh. */
export const refreshMonitor = async (db: Db, now: Date): Promise<RefreshResult> => {
  const state = await db
    .selectFrom('monitor_state')
    .select(['watermark', 'kpi_version'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // A new version of the rules: everything is refolded.
  const since = state.kpi_version === KPI_VERSION ? state.watermark : null;
  if (since === null) {
    await db.deleteFrom('monitor_case_fact').execute();
    await db.deleteFrom('monitor_month').execute();
  }
  const { latest } = await db
    .selectFrom('case_event')
    .select((eb) => eb.fn.max('recorded_at').as('latest'))
    .executeTakeFirstOrThrow();
  let query = db.selectFrom('case_event').select('jobseeker_id').distinct();
  if (since !== null)
    query = query.where('recorded_at', '>', new Date(since.getTime() - LATE_COMMIT_MARGIN_MS));
  const changed = (await query.execute()).map((r) => r.jobseeker_id);
  let events = 0;
  for (let i = 0; i < changed.length; i += CHUNK) events += await refold(db, changed.slice(i, i + CHUNK));
  const watermark = latest === null ? since : new Date(latest as unknown as string | Date);
  await db
    .updateTable('monitor_state')
    .set({ watermark, refreshed_at: now, kpi_version: KPI_VERSION })
    .where('id', '=', 1)
    .execute();
  return { jobseekers: changed.length, events, watermark };
};

/** Empties the derived store and refolds every jobseeker from all events. */
export const rebuildMonitor = async (db: Db, now: Date): Promise<RefreshResult> => {
  await db
    .updateTable('monitor_state')
    .set({ watermark: null, kpi_version: null })
    .where('id', '=', 1)
    .execute();
  return refreshMonitor(db, now);
};

/** The job: refresh, then put the next refresh on the queue. */
export const monitorRefreshJob: JobHandler = async (trx, _payload, _job, context) => {
  const now = context.clock.now();
  await refreshMonitor(trx, now);
  await enqueueJob(trx, {
    kind: MONITOR_REFRESH_JOB,
    payload: {},
    runAt: new Date(now.getTime() + MONITOR_REFRESH_INTERVAL_MS),
    now,
  });
};

/** Makes sure a refresh is on the queue (at start of the server); one is enough. */
export const scheduleMonitorRefresh = async (db: Db, clock: Clock): Promise<void> => {
  const pending = await db
    .selectFrom('job')
    .select('id')
    .where('kind', '=', MONITOR_REFRESH_JOB)
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .executeTakeFirst();
  if (pending) return;
  const now = clock.now();
  await db
    .transaction()
    .execute((trx) => enqueueJob(trx, { kind: MONITOR_REFRESH_JOB, payload: {}, runAt: now, now }));
};

/** For the CLI: one refresh or rebuild in its own transaction. */
export const runMonitorRefresh = (
  db: Db,
  clock: Clock,
  mode: 'refresh' | 'rebuild',
): Promise<RefreshResult> =>
  db.transaction().execute((trx) => (mode === 'rebuild' ? rebuildMonitor : refreshMonitor)(trx, clock.now()));
