import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LeadTimes, MeasureSource } from './kpi/figures.ts';

type Db = Kysely<Database>;

const toMap = (rows: readonly { breakdown: string; total: number | string | null }[]) =>
  new Map(rows.map((r) => [r.breakdown, Number(r.total ?? 0)]));

/** The measures of the derived store, for the Werkpleinen of a scope (all when undefined). */
export const storeSource = (db: Db, werkpleinIds: readonly string[] | undefined): MeasureSource => {
  const base = (measure: string) => {
    let q = db
      .selectFrom('monitor_month')
      .select(['breakdown', sql<number>`cast(sum(value) as double precision)`.as('total')])
      .where('measure', '=', measure)
      .groupBy('breakdown');
    if (werkpleinIds) q = q.where('werkplein_id', 'in', werkpleinIds.length > 0 ? werkpleinIds : ['']);
    return q;
  };
  return {
    flow: async (measure, first, last) =>
      toMap(await base(measure).where('month', '>=', first).where('month', '<=', last).execute()),
    stockAt: async (measure, month) => toMap(await base(measure).where('month', '<=', month).execute()),
    leadTimes: async (kind, from, to): Promise<LeadTimes> => {
      const column = kind === 'intake' ? sql.ref('intake_hours') : sql.ref('agreement_hours');
      let q = db
        .selectFrom('monitor_case_fact')
        .select([
          sql<number>`cast(count(${column}) as integer)`.as('n'),
          sql<number | null>`percentile_cont(0.5) within group (order by ${column})`.as('median'),
          sql<number | null>`percentile_cont(0.9) within group (order by ${column})`.as('p90'),
        ])
        .where('registered_on', '>=', from)
        .where('registered_on', '<=', to)
        .where(column, 'is not', null);
      if (werkpleinIds) q = q.where('werkplein_id', 'in', werkpleinIds.length > 0 ? werkpleinIds : ['']);
      const row = await q.executeTakeFirstOrThrow();
      return {
        n: Number(row.n),
        median: row.median === null ? null : Number(row.median),
        p90: row.p90 === null ? null : Number(row.p90),
      };
    },
  };
};

export const monitorRepository = {
  updatedUntil: async (db: Db): Promise<Date | null> =>
    (await db.selectFrom('monitor_state').select('watermark').where('id', '=', 1).executeTakeFirst())
      ?.watermark ?? null,

  werkplein: (db: Db, id: string) =>
    db
      .selectFrom('werkplein')
      .select(['id', 'name', 'labour_market_region'])
      .where('id', '=', id)
      .executeTakeFirst(),

  werkpleinenInRegion: async (db: Db, region: string): Promise<string[]> =>
    (await db.selectFrom('werkplein').select('id').where('labour_market_region', '=', region).execute()).map(
      (r) => r.id,
    ),

  employeeNames: async (db: Db, ids: readonly string[]): Promise<Map<string, string>> =>
    ids.length === 0
      ? new Map()
      : new Map(
          (await db.selectFrom('employee').select(['id', 'name']).where('id', 'in', ids).execute()).map(
            (r) => [r.id, r.name],
          ),
        ),

  /**
   * Facts that may count for a Werkplein in a period: registered by its end, not ended before its
   * start, registered in the Werkplein or belonging to it now. The caller applies the rule.
   */
  candidateFacts: (db: Db, werkpleinId: string, from: string, to: string) =>
    db
      .selectFrom('monitor_case_fact as f')
      .innerJoin('jobseeker as j', 'j.id', 'f.jobseeker_id')
      .select([
        'f.fact',
        'j.id',
        'j.bsn',
        'j.dossier_number',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
      ])
      .where('f.registered_on', '<=', to)
      .where(sql<boolean>`(f.fact->>'endedOn' is null or f.fact->>'endedOn' >= ${from})`)
      .where((eb) => eb.or([eb('f.werkplein_id', '=', werkpleinId), eb('j.werkplein_id', '=', werkpleinId)]))
      .execute(),
};
