import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';

type Trx = Transaction<Database>;

/** What a job handler gets besides its transaction: the (injected) clock and the pseudonym key. */
export interface JobContext {
  clock: Clock;
  pseudonymKey: string;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  runAt: Date;
  attempts: number;
}

/**
 * Does a job's work inside the transaction that claimed it: the job is marked done in the same
 * transaction, so its effects and its completion commit together (or not at all, and it is retried).
 */
export type JobHandler = (trx: Trx, payload: unknown, job: ClaimedJob, context: JobContext) => Promise<void>;

/** After this many failed attempts a job is parked (`failed_at`) for a person to look at. */
export const MAX_ATTEMPTS = 8;
/** 1, 2, 4 … minutes, at most six hours. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(2 ** (attempts - 1) * 60_000, 6 * 3_600_000);

/** Puts work on the queue within the caller's transaction: it exists exactly when the decision does. */
export const enqueueJob = async (
  trx: Trx,
  job: { kind: string; payload: Record<string, unknown>; runAt: Date; now: Date },
): Promise<string> => {
  const { id } = await trx
    .insertInto('job')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      created_at: job.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
};

/**
 * Runs due jobs, one transaction per job: claim the oldest due row with `for update skip locked`
 * (several processes never take the same job), run its handler, mark it done. A failing handler
 * rolls back, and the attempt is recorded with a later `run_at`. Polls on a timer in a running
 * server; tests and the e2e server call `runDue()` after moving their clock.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    private readonly context: JobContext,
    private readonly onFailure: (error: unknown, job: ClaimedJob) => void = () => {},
  ) {}

  start(pollMs: number): void {
    this.stopped = false;
    this.stopTimer();
    this.timer = setInterval(() => void this.runDue().catch(() => {}), pollMs);
    this.timer.unref();
  }

  /** Claims nothing more (until `start`); resolves when the job in hand is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopTimer();
    await this.running?.catch(() => {});
  }

  /** Runs every job that is due by the clock now; resolves to how many completed. */
  runDue(): Promise<number> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private stopTimer() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async drain(): Promise<number> {
    const now = this.context.clock.now();
    const failed = new Set<string>();
    let done = 0;
    for (;;) {
      if (this.stopped) return done;
      let claimed: ClaimedJob | undefined;
      try {
        claimed = await this.db.transaction().execute(async (trx) => {
          const row = await trx
            .selectFrom('job')
            .select(['id', 'kind', 'payload', 'run_at', 'attempts'])
            .where('done_at', 'is', null)
            .where('failed_at', 'is', null)
            .where('run_at', '<=', now)
            .$if(failed.size > 0, (q) => q.where('id', 'not in', [...failed]))
            .orderBy('run_at')
            .limit(1)
            .forUpdate()
            .skipLocked()
            .executeTakeFirst();
          if (!row) return undefined;
          const job = { id: row.id, kind: row.kind, runAt: row.run_at, attempts: row.attempts };
          claimed = job;
          const handler = this.handlers[row.kind];
          if (!handler) throw new Error(`No handler for job kind "${row.kind}"`);
          await handler(trx, row.payload, job, this.context);
          await trx
            .updateTable('job')
            .set({ done_at: now, attempts: row.attempts + 1, last_error: null })
            .where('id', '=', row.id)
            .execute();
          return job;
        });
      } catch (error) {
        if (!claimed) throw error;
        failed.add(claimed.id);
        this.onFailure(error, claimed);
        await this.recordFailure(claimed, error, now);
        continue;
      }
      if (!claimed) return done;
      done++;
    }
  }

  private async recordFailure(job: ClaimedJob, error: unknown, now: Date) {
    const attempts = job.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    await this.db
      .updateTable('job')
      .set({
        attempts,
        last_error: message.slice(0, 2000),
        ...(attempts >= MAX_ATTEMPTS
          ? { failed_at: now }
          : { run_at: new Date(now.getTime() + retryDelayMs(attempts)) }),
      })
      .where('id', '=', job.id)
      .execute();
  }
}
