import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const settingColumns = [
  'w.id',
  'w.name',
  'w.labour_market_region',
  'w.shares_pool_regionally',
  'w.version',
] as const;

export type PoolSettingRow = Awaited<ReturnType<typeof regionalPoolRepository.inRegionOf>>[number];

export const regionalPoolRepository = {
  /** The Werkplein's setting and those of the other Werkpleinen in its region (if it has one). */
  async inRegionOf(db: Executor, werkpleinId: string) {
    return db
      .selectFrom('werkplein as w')
      .select(settingColumns)
      .where((eb) =>
        eb.or([
          eb('w.id', '=', werkpleinId),
          eb(
            'w.labour_market_region',
            '=',
            eb
              .selectFrom('werkplein as own')
              .select('own.labour_market_region')
              .where('own.id', '=', werkpleinId),
          ),
        ]),
      )
      .orderBy('w.name')
      .execute();
  },

  /** Settings of these Werkpleinen and of every Werkplein in one of their regions. */
  async withRegions(db: Executor, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    return db
      .selectFrom('werkplein as w')
      .select(settingColumns)
      .where((eb) =>
        eb.or([
          eb('w.id', 'in', werkpleinIds),
          eb(
            'w.labour_market_region',
            'in',
            eb
              .selectFrom('werkplein as own')
              .select('own.labour_market_region')
              .where('own.id', 'in', werkpleinIds)
              .where('own.labour_market_region', 'is not', null),
          ),
        ]),
      )
      .orderBy('w.name')
      .execute();
  },

  /** Changes the setting when the version still matches; false on a concurrent change. */
  async update(
    db: Executor,
    werkpleinId: string,
    change: { labourMarketRegion: string | null; sharesPoolRegionally: boolean; version: number },
  ) {
    const result = await db
      .updateTable('werkplein')
      .set((eb) => ({
        labour_market_region: change.labourMarketRegion,
        shares_pool_regionally: change.sharesPoolRegionally,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', werkpleinId)
      .where('version', '=', change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
};
