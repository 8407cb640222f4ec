import type { z } from 'zod';
import type {
  TInstrument,
  TPurchase,
  ZInstrumentInput,
  ZInstrumentUpdate,
} from '../../../contracts/trajectory.ts';
import type { Ctx } from '../../context.ts';
import { DomainError, isUniqueViolation } from '../../errors.ts';
import { conflict, jobseekerCommand, jobseekerQuery } from '../../command/command.ts';
import { assertWerkplein, authorize } from '../identity/authorize.ts';
import { benefitPeriodsOf } from './benefit-periods.ts';
import { benefitOn, endDateOf, fundingPartnerKind } from './funding.policy.ts';
import { trajectoryRepository } from './trajectory.repository.ts';

type InstrumentRow = NonNullable<Awaited<ReturnType<typeof trajectoryRepository.getInstrument>>>;
const presentInstrument = (i: InstrumentRow): TInstrument => ({
  id: i.id,
  werkpleinId: i.werkplein_id,
  name: i.name,
  description: i.description,
  provider: i.provider,
  fundingRule: i.funding_rule,
  priceCents: i.price_cents,
  durationWeeks: i.duration_weeks,
  capacity: i.capacity,
  placesTaken: Number(i.places_taken ?? 0),
  active: i.active,
  version: i.version,
});

type PurchaseRow = Awaited<ReturnType<typeof trajectoryRepository.purchasesOf>>[number];
const presentPurchase = (p: PurchaseRow): TPurchase => ({
  id: p.id,
  instrument: { id: p.instrument_id, name: p.instrument_name, provider: p.provider },
  fundingPartner: { id: p.funding_partner_id, name: p.funding_partner_name },
  benefitType: p.benefit_type,
  priceCents: p.price_cents,
  startDate: p.start_date,
  endDate: p.end_date,
  status: p.status,
  version: p.version,
  createdBy: { id: p.created_by, name: p.created_by_name },
  createdAt: p.created_at.toISOString(),
});

const duplicateName = () =>
  new DomainError('validation_failed', 'An instrument with this name and provider exists', undefined, [
    { path: 'name', code: 'instrument_exists', message: 'name and provider already in the catalogue' },
  ]);

/** The trajectenboek of the actor's Werkpleinen (contains no personal data). */
export const listInstruments = async (
  ctx: Ctx,
  query: { werkpleinId?: string; includeInactive: boolean },
) => {
  authorize(ctx, 'instrument.read');
  if (query.werkpleinId) assertWerkplein(ctx, 'instrument.read', query.werkpleinId);
  const ids = query.werkpleinId ? [query.werkpleinId] : ctx.actor.werkpleinIds;
  const rows = await trajectoryRepository.listInstruments(ctx.db, ids, query.includeInactive);
  return { items: rows.map(presentInstrument) };
};

export const createInstrument = async (ctx: Ctx, input: z.output<typeof ZInstrumentInput>) => {
  // The catalogue holds no personal data: belonging to its Werkplein is the whole scope check.
  authorize(ctx, 'instrument.manage');
  assertWerkplein(ctx, 'instrument.manage', input.werkpleinId);
  try {
    const id = await trajectoryRepository.insertInstrument(ctx.db, input.werkpleinId, input, ctx.clock.now());
    return presentInstrument((await trajectoryRepository.getInstrument(ctx.db, id)) as InstrumentRow);
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateName() : error;
  }
};

export const updateInstrument = async (ctx: Ctx, id: string, input: z.output<typeof ZInstrumentUpdate>) => {
  const current = await trajectoryRepository.getInstrument(ctx.db, id);
  if (!current) {
    authorize(ctx, 'instrument.manage');
    throw new DomainError('not_found', 'Instrument not found');
  }
  authorize(ctx, 'instrument.manage');
  assertWerkplein(ctx, 'instrument.manage', current.werkplein_id);
  let updated: boolean;
  try {
    updated = await trajectoryRepository.updateInstrument(ctx.db, id, input.version, input);
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateName() : error;
  }
  const after = presentInstrument((await trajectoryRepository.getInstrument(ctx.db, id)) as InstrumentRow);
  if (!updated) throw new DomainError('conflict', 'Someone else changed this instrument', { current: after });
  return after;
};

export const listPurchases = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'trajectoryPurchase',
      object: { type: 'purchase-list', id: jobseekerId },
    },
    async (trx) => ({
      result: { items: (await trajectoryRepository.purchasesOf(trx, jobseekerId)).map(presentPurchase) },
    }),
  );

/**
 * Buys a trajectory for a jobseeker. The cost falls on the financially responsible partner: fixed
 * by the instrument, or by the jobseeker's benefit on the start date — whoever delivers it.
 */
export const purchaseTrajectory = (
  ctx: Ctx,
  jobseekerId: string,
  input: { instrumentId: string; startDate: string },
) =>
  jobseekerCommand(
    ctx,
    { jobseekerId, action: 'case.manage', activity: 'trajectoryPurchase' },
    async (trx, jobseeker) => {
      const instrument = await trajectoryRepository.lockInstrument(trx, input.instrumentId);
      if (!instrument || instrument.werkplein_id !== jobseeker.werkplein_id) {
        throw new DomainError('not_found', 'Instrument not found in this Werkplein');
      }
      if (!instrument.active) {
        throw new DomainError('validation_failed', 'This instrument is no longer offered', undefined, [
          { path: 'instrumentId', code: 'instrument_inactive', message: 'inactive' },
        ]);
      }
      if (
        instrument.capacity !== null &&
        (await trajectoryRepository.placesTaken(trx, instrument.id)) >= instrument.capacity
      ) {
        throw new DomainError('instrument_full', 'All places of this instrument are taken', {
          capacity: instrument.capacity,
        });
      }
      const benefitType = benefitOn(await benefitPeriodsOf(trx, jobseekerId), input.startDate);
      const kind = fundingPartnerKind(instrument.funding_rule, benefitType);
      const fundingPartner = await trajectoryRepository.partnerOfKind(trx, jobseeker.werkplein_id, kind);
      if (!fundingPartner) {
        throw new DomainError(
          'validation_failed',
          'No partner in this Werkplein can pay for this instrument',
          undefined,
          [{ path: 'instrumentId', code: 'no_funding_partner', message: kind }],
        );
      }
      const id = await trajectoryRepository.insertPurchase(trx, {
        werkpleinId: jobseeker.werkplein_id,
        jobseekerId,
        instrumentId: instrument.id,
        fundingPartnerId: fundingPartner.id,
        benefitType,
        priceCents: instrument.price_cents,
        startDate: input.startDate,
        endDate: endDateOf(input.startDate, instrument.duration_weeks),
        createdBy: ctx.actor.employeeId,
        createdAt: ctx.clock.now(),
      });
      const rows = await trajectoryRepository.purchasesOf(trx, jobseekerId);
      return {
        result: presentPurchase(rows.find((p) => p.id === id) as PurchaseRow),
        event: {
          type: 'trajectory.purchased',
          data: {
            purchaseId: id,
            instrument: instrument.name,
            provider: instrument.provider,
            fundingPartnerId: fundingPartner.id,
            benefitType,
            priceCents: instrument.price_cents,
            startDate: input.startDate,
          },
        },
        log: { object: { type: 'purchase', id } },
      };
    },
  );

export const updatePurchaseStatus = (
  ctx: Ctx,
  jobseekerId: string,
  purchaseId: string,
  input: { status: 'started' | 'completed' | 'cancelled'; version: number },
) =>
  jobseekerCommand(
    ctx,
    {
      jobseekerId,
      action: 'case.manage',
      activity: 'trajectoryPurchase',
      object: { type: 'purchase', id: purchaseId },
    },
    async (trx) => {
      const purchase = await trajectoryRepository.getPurchase(trx, purchaseId);
      if (!purchase || purchase.jobseeker_id !== jobseekerId)
        throw new DomainError('not_found', 'Purchase not found');
      const updated = await trajectoryRepository.updatePurchaseStatus(
        trx,
        purchaseId,
        input.version,
        input.status,
      );
      const rows = await trajectoryRepository.purchasesOf(trx, jobseekerId);
      const current = presentPurchase(rows.find((p) => p.id === purchaseId) as PurchaseRow);
      if (!updated) return conflict('Someone else changed this purchase', current);
      // A status change of the purchase: logged, no event of its own.
      return { result: current };
    },
  );
