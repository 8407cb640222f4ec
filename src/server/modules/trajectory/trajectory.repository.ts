import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, FundingRule, PartnerKind } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface InstrumentWrite {
  name: string;
  description: string;
  provider: string;
  fundingRule: FundingRule;
  priceCents: number;
  durationWeeks: number;
  capacity: number | null;
  active: boolean;
}

const ACTIVE = ['ordered', 'started'] as const;

export const trajectoryRepository = {
  async listInstruments(db: Executor, werkpleinIds: readonly string[], includeInactive: boolean) {
    if (werkpleinIds.length === 0) return [];
    let query = db
      .selectFrom('instrument as i')
      .selectAll('i')
      .select((eb) =>
        eb
          .selectFrom('purchase as p')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('p.instrument_id', '=', 'i.id')
          .where('p.status', 'in', ACTIVE)
          .as('places_taken'),
      )
      .where('i.werkplein_id', 'in', werkpleinIds);
    if (!includeInactive) query = query.where('i.active', '=', true);
    return query.orderBy('i.name').orderBy('i.provider').execute();
  },

  async getInstrument(db: Executor, id: string) {
    return db
      .selectFrom('instrument as i')
      .selectAll('i')
      .select((eb) =>
        eb
          .selectFrom('purchase as p')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('p.instrument_id', '=', 'i.id')
          .where('p.status', 'in', ACTIVE)
          .as('places_taken'),
      )
      .where('i.id', '=', id)
      .executeTakeFirst();
  },

  /** Locks the instrument row, so two purchases cannot both take its last place. */
  async lockInstrument(db: Transaction<Database>, id: string) {
    return db.selectFrom('instrument').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async placesTaken(db: Executor, instrumentId: string): Promise<number> {
    const row = await db
      .selectFrom('purchase')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('instrument_id', '=', instrumentId)
      .where('status', 'in', ACTIVE)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async insertInstrument(db: Executor, werkpleinId: string, w: InstrumentWrite, now: Date) {
    const { id } = await db
      .insertInto('instrument')
      .values({
        werkplein_id: werkpleinId,
        name: w.name,
        description: w.description,
        provider: w.provider,
        funding_rule: w.fundingRule,
        price_cents: w.priceCents,
        duration_weeks: w.durationWeeks,
        capacity: w.capacity,
        active: w.active,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async updateInstrument(db: Executor, id: string, version: number, w: InstrumentWrite) {
    const result = await db
      .updateTable('instrument')
      .set((eb) => ({
        name: w.name,
        description: w.description,
        provider: w.provider,
        funding_rule: w.fundingRule,
        price_cents: w.priceCents,
        duration_weeks: w.durationWeeks,
        capacity: w.capacity,
        active: w.active,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async partnerOfKind(db: Executor, werkpleinId: string, kind: PartnerKind) {
    return db
      .selectFrom('werkplein_partner as wp')
      .innerJoin('partner as p', 'p.id', 'wp.partner_id')
      .select(['p.id', 'p.name'])
      .where('wp.werkplein_id', '=', werkpleinId)
      .where('p.kind', '=', kind)
      .orderBy('p.id')
      .executeTakeFirst();
  },

  async insertPurchase(
    db: Transaction<Database>,
    p: {
      werkpleinId: string;
      jobseekerId: string;
      instrumentId: string;
      fundingPartnerId: string;
      benefitType: string | null;
      priceCents: number;
      startDate: string;
      endDate: string;
      createdBy: string;
      createdAt: Date;
    },
  ) {
    const { id } = await db
      .insertInto('purchase')
      .values({
        werkplein_id: p.werkpleinId,
        jobseeker_id: p.jobseekerId,
        instrument_id: p.instrumentId,
        funding_partner_id: p.fundingPartnerId,
        benefit_type: p.benefitType,
        price_cents: p.priceCents,
        start_date: p.startDate,
        end_date: p.endDate,
        created_by: p.createdBy,
        created_at: p.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async purchasesOf(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('purchase as p')
      .innerJoin('instrument as i', 'i.id', 'p.instrument_id')
      .innerJoin('partner as f', 'f.id', 'p.funding_partner_id')
      .innerJoin('employee as e', 'e.id', 'p.created_by')
      .select([
        'p.id',
        'p.jobseeker_id',
        'i.id as instrument_id',
        'i.name as instrument_name',
        'i.provider',
        'f.id as funding_partner_id',
        'f.name as funding_partner_name',
        'p.benefit_type',
        'p.price_cents',
        'p.start_date',
        'p.end_date',
        'p.status',
        'p.version',
        'p.created_by',
        'e.name as created_by_name',
        'p.created_at',
      ])
      .where('p.jobseeker_id', '=', jobseekerId)
      .orderBy('p.start_date', 'desc')
      .orderBy(sql`p.created_at`, 'desc')
      .execute();
  },

  async getPurchase(db: Executor, id: string) {
    return db.selectFrom('purchase').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async updatePurchaseStatus(
    db: Transaction<Database>,
    id: string,
    version: number,
    status: 'started' | 'completed' | 'cancelled',
  ) {
    const result = await db
      .updateTable('purchase')
      .set((eb) => ({ status, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
};
