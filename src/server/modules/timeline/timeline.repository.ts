import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface TimelineCursor {
  /** occurred_at exactly as the database printed it (microseconds kept). */
  occurredAt: string;
  id: string;
}

export const timelineRepository = {
  /**
   * One page of a jobseeker's events, newest first, keyset-paginated on (occurred_at, id) along
   * case_event_timeline_idx. Reads one row more than asked to know whether another page follows.
   */
  async page(
    db: Executor,
    filter: {
      jobseekerId: string;
      types: readonly string[];
      partnerId?: string;
      before?: TimelineCursor;
      limit: number;
    },
  ) {
    let query = db
      .selectFrom('case_event as e')
      .leftJoin('employee as emp', 'emp.id', 'e.actor_employee_id')
      .leftJoin('partner as p', 'p.id', 'e.actor_partner_id')
      .select([
        'e.id',
        'e.type',
        'e.data',
        'e.occurred_at',
        sql<string>`e.occurred_at::text`.as('occurred_key'),
        'e.recorded_at',
        'e.actor_employee_id',
        'emp.name as employee_name',
        'e.actor_partner_id',
        'p.name as partner_name',
      ])
      .where('e.jobseeker_id', '=', filter.jobseekerId);
    if (filter.types.length > 0) query = query.where('e.type', 'in', filter.types);
    if (filter.partnerId) query = query.where('e.actor_partner_id', '=', filter.partnerId);
    if (filter.before) {
      const { occurredAt, id } = filter.before;
      query = query.where(sql<boolean>`(e.occurred_at, e.id) < (${occurredAt}::timestamptz, ${id}::bigint)`);
    }
    return query
      .orderBy('e.occurred_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(filter.limit + 1)
      .execute();
  },

  /** Names of the employees, agreements and partners an event's data refers to by id. */
  async namesOf(db: Executor, ids: { employees: string[]; agreements: string[]; partners: string[] }) {
    const [employees, agreements, partners] = await Promise.all([
      ids.employees.length === 0
        ? []
        : db.selectFrom('employee').select(['id', 'name']).where('id', 'in', ids.employees).execute(),
      ids.agreements.length === 0
        ? []
        : db
            .selectFrom('agreement')
            .select(['id', 'description as name'])
            .where('id', 'in', ids.agreements)
            .execute(),
      ids.partners.length === 0
        ? []
        : db.selectFrom('partner').select(['id', 'name']).where('id', 'in', ids.partners).execute(),
    ]);
    return new Map([...employees, ...agreements, ...partners].map((r) => [r.id, r.name]));
  },

  async partnersOfWerkplein(db: Executor, werkpleinId: string) {
    return db
      .selectFrom('werkplein_partner as wp')
      .innerJoin('partner as p', 'p.id', 'wp.partner_id')
      .select(['p.id', 'p.name'])
      .where('wp.werkplein_id', '=', werkpleinId)
      .orderBy('p.name')
      .execute();
  },
};
