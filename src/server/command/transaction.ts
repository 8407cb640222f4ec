import type { Transaction } from 'kysely';
import type { BaseCtx } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { DomainError, isConcurrencyFailure } from '../errors.ts';

export type Trx = Transaction<Database>;

/** How often a transaction is tried when the database rolled it back for a concurrent change. */
export const MAX_TRIES = 3;

/** 10–30 ms before the second try, 20–60 ms before the third: long enough for the other one to commit. */
const pause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, 10 * 2 ** (attempt - 1) * (1 + 2 * Math.random())));

/**
 * Runs `work` in one transaction. A deadlock or serialization failure (the database rolled the
 * whole transaction back: nothing of this try is stored) runs `work` again from the start, at most
 * MAX_TRIES times with a random pause, so the clock and every id are read anew; after the last try
 * the caller gets `concurrent_change`. Any other error rolls back and goes to the caller unchanged.
 *
 * Only the command helpers (command.ts) call this: a service never opens a transaction itself.
 */
export const withTransaction = async <T>(ctx: BaseCtx, work: (trx: Trx) => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      if (!isConcurrencyFailure(error)) throw error;
      if (attempt >= MAX_TRIES)
        throw new DomainError(
          'concurrent_change',
          'Someone changed the same data at the same moment; nothing was saved',
        );
      await pause(attempt);
    }
  }
};
