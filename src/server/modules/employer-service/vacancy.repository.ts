import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { TVacancyInput } from '../../../contracts/vacancy.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const columns = (v: TVacancyInput) => ({
  kind: v.kind,
  title: v.title,
  occupation: v.occupation,
  description: v.description,
  required_skills: v.requiredSkills,
  wished_skills: v.wishedSkills,
  education_level: v.educationLevel,
  hours_per_week: v.hoursPerWeek,
  postcode: v.postcode,
  city: v.city,
  driving_licence: v.drivingLicence,
  contract: v.contract,
  start_date: v.startDate,
  end_date: v.endDate,
  positions: v.positions,
});

const base = (db: Executor) =>
  db
    .selectFrom('vacancy as v')
    .innerJoin('employer as e', 'e.id', 'v.employer_id')
    .selectAll('v')
    .select(['e.name as employer_name', 'e.account_manager_id']);

export const vacancyRepository = {
  async list(
    db: Executor,
    filter: {
      werkpleinIds: readonly string[];
      status?: string;
      employerId?: string;
      accountManagerId?: string;
    },
  ) {
    if (filter.werkpleinIds.length === 0) return [];
    let query = base(db).where('v.werkplein_id', 'in', filter.werkpleinIds);
    if (filter.status) query = query.where('v.status', '=', filter.status as 'open');
    if (filter.employerId) query = query.where('v.employer_id', '=', filter.employerId);
    if (filter.accountManagerId) query = query.where('e.account_manager_id', '=', filter.accountManagerId);
    return query.orderBy('v.created_at', 'desc').limit(500).execute();
  },

  /**
   * Open vacancies with positions left of the employers whose matchmaker is `accountManagerId`, with
   * their nominations counted per status (one grouped join on nomination's unique vacancy index).
   */
  async openForAccountManager(db: Executor, accountManagerId: string, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    const count = (status: string) => sql<string>`count(n.id) filter (where n.status = ${status})`.as(status);
    return db
      .selectFrom('vacancy as v')
      .innerJoin('employer as e', 'e.id', 'v.employer_id')
      .leftJoin('nomination as n', 'n.vacancy_id', 'v.id')
      .select([
        'v.id',
        'v.title',
        'v.kind',
        'v.occupation',
        'v.city',
        'v.start_date',
        'v.positions',
        'v.positions_filled',
        'e.id as employer_id',
        'e.name as employer_name',
        count('proposed'),
        count('presented'),
        count('invited'),
        count('hired'),
        count('rejected'),
        count('withdrawn'),
      ])
      .where('e.account_manager_id', '=', accountManagerId)
      .where('v.werkplein_id', 'in', werkpleinIds)
      .where('v.status', '=', 'open')
      .whereRef('v.positions_filled', '<', 'v.positions')
      .groupBy(['v.id', 'e.id'])
      .orderBy('v.start_date')
      .orderBy('v.title')
      .limit(500)
      .execute();
  },

  async getById(db: Executor, id: string) {
    return base(db).where('v.id', '=', id).executeTakeFirst();
  },

  async insert(
    db: Executor,
    werkpleinId: string,
    employerId: string,
    v: TVacancyInput,
    by: string,
    now: Date,
  ) {
    const { id } = await db
      .insertInto('vacancy')
      .values({
        werkplein_id: werkpleinId,
        employer_id: employerId,
        ...columns(v),
        created_by: by,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async update(
    db: Executor,
    id: string,
    version: number,
    v: TVacancyInput & { status: 'open' | 'on_hold' | 'filled' | 'closed' },
    now: Date,
  ) {
    const result = await db
      .updateTable('vacancy')
      .set((eb) => ({ ...columns(v), status: v.status, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('positions_filled', '<=', v.positions)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async setAgreements(db: Executor, id: string, agreements: unknown[], now: Date) {
    await db
      .updateTable('vacancy')
      .set((eb) => ({
        agreements: JSON.stringify(agreements),
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
  },
};
