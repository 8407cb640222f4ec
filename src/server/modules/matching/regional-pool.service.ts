import type { Kysely, Transaction } from 'kysely';
import type { TRegionalPool, TRegionalPoolUpdate } from '../../../contracts/regional-pool.ts';
import type { Ctx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { werkpleinCommand } from '../../command/command.ts';
import { authorize } from '../identity/authorize.ts';
import { processingLogRepository } from '../processing-log/processing-log.repository.ts';
import { poolOf, sharePools, type PoolSetting } from './regional-pool.policy.ts';
import { regionalPoolRepository, type PoolSettingRow } from './regional-pool.repository.ts';

const settingOf = (row: PoolSettingRow): PoolSetting => ({
  id: row.id,
  labourMarketRegion: row.labour_market_region,
  sharesPoolRegionally: row.shares_pool_regionally,
});

/**
 * The Werkpleinen whose activated jobseekers and open vacancies the matching of `werkpleinId`
 * covers: itself, and the Werkpleinen of its arbeidsmarktregio that share as it does (see
 * regional-pool.policy.ts). Read inside the caller's transaction; a caller that already read the
 * Werkplein's own switch passes it, and a Werkplein that does not share needs no query.
 */
export const regionalPoolOf = async (
  db: Kysely<Database> | Transaction<Database>,
  werkpleinId: string,
  sharesPoolRegionally?: boolean,
): Promise<string[]> => {
  if (sharesPoolRegionally === false) return [werkpleinId];
  const rows = await regionalPoolRepository.inRegionOf(db, werkpleinId);
  const own = rows.find((r) => r.id === werkpleinId);
  return own ? poolOf(settingOf(own), rows.map(settingOf)) : [werkpleinId];
};

const present = (row: PoolSettingRow, all: readonly PoolSettingRow[]): TRegionalPool => ({
  werkplein: { id: row.id, name: row.name },
  labourMarketRegion: row.labour_market_region as TRegionalPool['labourMarketRegion'],
  sharesPoolRegionally: row.shares_pool_regionally,
  // Who would be in the pool if this Werkplein shared (or is, when it does).
  sharingInRegion: all
    .filter((other) => sharePools({ ...settingOf(row), sharesPoolRegionally: true }, settingOf(other)))
    .map((other) => ({ id: other.id, name: other.name })),
  version: row.version,
});

/** The beheerder's Werkpleinen with their region, sharing, and who in the region shares. */
export const listRegionalPools = async (ctx: Ctx): Promise<{ items: TRegionalPool[] }> => {
  authorize(ctx, 'werkplein.manage');
  const rows = await regionalPoolRepository.withRegions(ctx.db, ctx.actor.werkpleinIds);
  return {
    items: rows.filter((r) => ctx.actor.werkpleinIds.includes(r.id)).map((r) => present(r, rows)),
  };
};

/**
 * The beheerder sets his own Werkplein's arbeidsmarktregio and whether it shares its pool in that
 * region. Sharing needs a region. Opening the pool widens who sees the Werkplein's jobseekers, so
 * the change is kept in the audit log (who, when, which Werkplein).
 */
export const updateRegionalPool = (ctx: Ctx, werkpleinId: string, input: TRegionalPoolUpdate) =>
  werkpleinCommand(
    ctx,
    { action: 'werkplein.manage', activity: 'matching', werkpleinId },
    async (trx, { role }) => {
      const before = (await regionalPoolRepository.inRegionOf(trx, werkpleinId)).find(
        (r) => r.id === werkpleinId,
      );
      if (!before) throw new DomainError('not_found', 'Werkplein not found');
      if (input.sharesPoolRegionally && input.labourMarketRegion === null) {
        throw new DomainError('validation_failed', 'Sharing needs a labour-market region', undefined, [
          {
            path: 'labourMarketRegion',
            code: 'region_required',
            message: 'Choose the labour-market region to share in',
          },
        ]);
      }
      const updated = await regionalPoolRepository.update(trx, werkpleinId, input);
      const after = await regionalPoolRepository.inRegionOf(trx, werkpleinId);
      const row = after.find((r) => r.id === werkpleinId) as PoolSettingRow;
      if (!updated) {
        throw new DomainError('conflict', 'Someone else changed this setting', {
          current: present(row, after),
        });
      }
      // A setting, nobody's personal data: an audit record of the change, no processing-log line.
      await processingLogRepository.insertAudit(trx, {
        occurredAt: ctx.clock.now(),
        employeeId: ctx.actor.employeeId,
        role,
        partnerId: ctx.actor.partnerId,
        werkpleinId,
        action: 'werkplein.manage',
        objectType: 'werkplein-regional-pool',
        objectId: werkpleinId,
        result: 'allowed',
        origin: ctx.origin,
        traceId: ctx.trace.traceId,
      });
      return { result: present(row, after), log: false };
    },
  );
