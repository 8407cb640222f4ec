import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.ts';

describe('the PGlite dialect', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await sql`create table counter (id int primary key, n int not null)`.execute(handle.db);
    await sql`insert into counter values (1, 0)`.execute(handle.db);
  });
  afterAll(() => handle.close());

  const read = async () =>
    (await sql<{ n: number }>`select n from counter where id = 1`.execute(handle.db)).rows[0]?.n;

  it('keeps a transaction to itself: a query beside it waits and never sees its uncommitted work', async () => {
    const before = await read();
    let beside: Promise<number | undefined> | undefined;
    const transaction = handle.db.transaction().execute(async (trx) => {
      await sql`update counter set n = n + 1 where id = 1`.execute(trx);
      beside = read(); // another request, while this transaction holds the connection
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('changed my mind');
    });
    await expect(transaction).rejects.toThrow('changed my mind');
    expect(await beside).toBe(before);
  });

  it('rolls a failed transaction back and stays usable', async () => {
    const before = await read();
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await sql`update counter set n = n + 100 where id = 1`.execute(trx);
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(await read()).toBe(before);
    const updated = await handle.db
      .updateTable('counter' as never)
      .set({ n: 7 } as never)
      .where('id' as never, '=', 1 as never)
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);
  });
});
