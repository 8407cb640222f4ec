import type { Kysely, Transaction } from 'kysely';
import type { Database, ParticipationStatus } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The activity's own fields, as the create and edit forms send them. */
export interface ActivityColumns {
  kind: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  description: string;
  capacity: number;
  organiserId: string;
}

const columns = (a: ActivityColumns) => ({
  kind: a.kind,
  title: a.title,
  activity_date: a.date,
  start_time: a.startTime,
  end_time: a.endTime,
  location: a.location,
  description: a.description,
  capacity: a.capacity,
  organiser_id: a.organiserId,
});

const summaries = (db: Executor) =>
  db
    .selectFrom('labour_market_activity as a')
    .innerJoin('employee as o', 'o.id', 'a.organiser_id')
    .selectAll('a')
    .select((eb) => [
      'o.name as organiser_name',
      eb
        .selectFrom('labour_market_activity_jobseeker as p')
        .select((p) => p.fn.countAll<string>().as('n'))
        .whereRef('p.activity_id', '=', 'a.id')
        .where('p.status', '<>', 'withdrawn')
        .as('places_taken'),
      eb
        .selectFrom('labour_market_activity_employer as ae')
        .select((p) => p.fn.countAll<string>().as('n'))
        .whereRef('ae.activity_id', '=', 'a.id')
        .as('employer_count'),
    ]);

export type ActivityRow = NonNullable<Awaited<ReturnType<typeof labourMarketActivityRepository.getById>>>;

/** A jobseeker's participation with the names of who did what, for the participant list. */
const participations = (db: Executor) =>
  db
    .selectFrom('labour_market_activity_jobseeker as p')
    .innerJoin('jobseeker as j', 'j.id', 'p.jobseeker_id')
    .leftJoin('employee as ib', 'ib.id', 'p.invited_by')
    .leftJoin('employee as rb', 'rb.id', 'p.registered_by')
    .leftJoin('employee as wb', 'wb.id', 'p.withdrawn_by')
    .leftJoin('employee as ab', 'ab.id', 'p.attendance_by')
    .leftJoin('employer as fe', 'fe.id', 'p.follow_up_employer_id')
    .selectAll('p')
    .select([
      'j.werkplein_id',
      'j.bsn',
      'j.dossier_number',
      'j.given_names',
      'j.surname_prefix',
      'j.surname',
      'ib.name as invited_by_name',
      'rb.name as registered_by_name',
      'wb.name as withdrawn_by_name',
      'ab.name as attendance_by_name',
      'fe.name as follow_up_employer_name',
    ]);

export type ParticipationRow = NonNullable<
  Awaited<ReturnType<typeof labourMarketActivityRepository.participation>>
>;

export const labourMarketActivityRepository = {
  /** Upcoming activities (from today) soonest first, or past ones latest first. */
  async list(
    db: Executor,
    filter: { werkpleinIds: readonly string[]; period: 'upcoming' | 'past'; today: string },
  ) {
    if (filter.werkpleinIds.length === 0) return [];
    const query = summaries(db).where('a.werkplein_id', 'in', filter.werkpleinIds);
    return filter.period === 'upcoming'
      ? query
          .where('a.activity_date', '>=', filter.today)
          .orderBy('a.activity_date')
          .orderBy('a.start_time')
          .orderBy('a.title')
          .limit(200)
          .execute()
      : query
          .where('a.activity_date', '<', filter.today)
          .orderBy('a.activity_date', 'desc')
          .orderBy('a.start_time', 'desc')
          .orderBy('a.title')
          .limit(200)
          .execute();
  },

  async getById(db: Executor, id: string) {
    return summaries(db).where('a.id', '=', id).executeTakeFirst();
  },

  /** The activity's row, locked for the rest of the transaction: participants are counted under it. */
  async lock(db: Executor, id: string) {
    return db
      .selectFrom('labour_market_activity')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },

  async insert(
    db: Executor,
    werkpleinId: string,
    a: ActivityColumns,
    by: string,
    now: Date,
  ): Promise<string> {
    const { id } = await db
      .insertInto('labour_market_activity')
      .values({
        werkplein_id: werkpleinId,
        ...columns(a),
        created_by: by,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Changes a planned activity, only in the version it was read in; false if someone changed it first. */
  async update(db: Executor, id: string, version: number, a: ActivityColumns, now: Date) {
    const result = await db
      .updateTable('labour_market_activity')
      .set((eb) => ({ ...columns(a), updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async setStatus(db: Executor, id: string, version: number, status: 'completed' | 'cancelled', now: Date) {
    const result = await db
      .updateTable('labour_market_activity')
      .set((eb) => ({ status, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async employers(db: Executor, activityId: string) {
    return db
      .selectFrom('labour_market_activity_employer as ae')
      .innerJoin('employer as e', 'e.id', 'ae.employer_id')
      .innerJoin('employee as by', 'by.id', 'ae.added_by')
      .select([
        'ae.employer_id',
        'e.name as employer_name',
        'ae.added_by',
        'by.name as added_by_name',
        'ae.added_at',
      ])
      .where('ae.activity_id', '=', activityId)
      .orderBy('e.name')
      .execute();
  },

  async vacancies(db: Executor, activityId: string, employerId?: string) {
    let query = db
      .selectFrom('labour_market_activity_vacancy as av')
      .innerJoin('vacancy as v', 'v.id', 'av.vacancy_id')
      .select(['av.employer_id', 'v.id', 'v.title', 'v.status'])
      .where('av.activity_id', '=', activityId);
    if (employerId) query = query.where('av.employer_id', '=', employerId);
    return query.orderBy('v.title').execute();
  },

  async findEmployer(db: Executor, activityId: string, employerId: string) {
    return db
      .selectFrom('labour_market_activity_employer')
      .select('employer_id')
      .where('activity_id', '=', activityId)
      .where('employer_id', '=', employerId)
      .executeTakeFirst();
  },

  async insertEmployer(db: Executor, activityId: string, employerId: string, by: string, now: Date) {
    await db
      .insertInto('labour_market_activity_employer')
      .values({ activity_id: activityId, employer_id: employerId, added_by: by, added_at: now })
      .execute();
  },

  async replaceVacancies(
    db: Executor,
    activityId: string,
    employerId: string,
    vacancyIds: readonly string[],
  ) {
    await db
      .deleteFrom('labour_market_activity_vacancy')
      .where('activity_id', '=', activityId)
      .where('employer_id', '=', employerId)
      .execute();
    if (vacancyIds.length > 0)
      await db
        .insertInto('labour_market_activity_vacancy')
        .values(
          vacancyIds.map((vacancy_id) => ({ activity_id: activityId, employer_id: employerId, vacancy_id })),
        )
        .execute();
  },

  /** How many jobseekers have a follow-up at this participating employer. */
  async followUpsWith(db: Executor, activityId: string, employerId: string) {
    const row = await db
      .selectFrom('labour_market_activity_jobseeker')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('activity_id', '=', activityId)
      .where('follow_up_employer_id', '=', employerId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async deleteEmployer(db: Executor, activityId: string, employerId: string) {
    await db
      .deleteFrom('labour_market_activity_employer')
      .where('activity_id', '=', activityId)
      .where('employer_id', '=', employerId)
      .execute();
  },

  async participants(db: Executor, activityId: string) {
    return participations(db)
      .where('p.activity_id', '=', activityId)
      .orderBy('j.surname_key')
      .orderBy('j.given_key')
      .orderBy('j.dossier_number')
      .execute();
  },

  async participation(db: Executor, activityId: string, jobseekerId: string) {
    return participations(db)
      .where('p.activity_id', '=', activityId)
      .where('p.jobseeker_id', '=', jobseekerId)
      .executeTakeFirst();
  },

  async participantStatuses(db: Executor, activityId: string): Promise<ParticipationStatus[]> {
    const rows = await db
      .selectFrom('labour_market_activity_jobseeker')
      .select('status')
      .where('activity_id', '=', activityId)
      .execute();
    return rows.map((r) => r.status);
  },

  async insertParticipation(
    db: Executor,
    p: { activityId: string; jobseekerId: string; status: 'invited' | 'registered'; by: string; at: Date },
  ) {
    await db
      .insertInto('labour_market_activity_jobseeker')
      .values({
        activity_id: p.activityId,
        jobseeker_id: p.jobseekerId,
        status: p.status,
        ...(p.status === 'invited'
          ? { invited_by: p.by, invited_at: p.at }
          : { registered_by: p.by, registered_at: p.at }),
        created_at: p.at,
      })
      .execute();
  },

  /** Moves a participation on, only from the status it was read in; false if someone moved it first. */
  async moveParticipation(
    db: Executor,
    activityId: string,
    jobseekerId: string,
    from: ParticipationStatus,
    change:
      | { status: 'registered' | 'withdrawn'; by: string; at: Date }
      | { status: 'attended' | 'no_show'; by: string; at: Date; followUpEmployerId: string | null },
  ): Promise<boolean> {
    const result = await db
      .updateTable('labour_market_activity_jobseeker')
      .set({
        status: change.status,
        ...(change.status === 'registered' ? { registered_by: change.by, registered_at: change.at } : {}),
        ...(change.status === 'withdrawn' ? { withdrawn_by: change.by, withdrawn_at: change.at } : {}),
        ...(change.status === 'attended' || change.status === 'no_show'
          ? {
              attendance_by: change.by,
              attendance_at: change.at,
              follow_up_employer_id: change.followUpEmployerId,
            }
          : {}),
      })
      .where('activity_id', '=', activityId)
      .where('jobseeker_id', '=', jobseekerId)
      .where('status', '=', from)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  /** A jobseeker by id or by dossier number, with what the rules about joining need. */
  async findJobseeker(db: Executor, by: { id: string } | { dossierNumber: string }) {
    const query = db
      .selectFrom('jobseeker')
      .select([
        'id',
        'werkplein_id',
        'bsn',
        'dossier_number',
        'available_for_work',
        'outflow_date',
        'handed_over_at',
      ]);
    return (
      'id' in by ? query.where('id', '=', by.id) : query.where('dossier_number', '=', by.dossierNumber)
    ).executeTakeFirst();
  },

  /** Active matchmakers of a Werkplein, who may organise its activities. */
  async organisers(db: Executor, werkpleinId: string) {
    return db
      .selectFrom('employee as e')
      .innerJoin('employee_role as r', 'r.employee_id', 'e.id')
      .innerJoin('employee_werkplein as w', 'w.employee_id', 'e.id')
      .select(['e.id', 'e.name'])
      .where('e.active', '=', true)
      .where('r.role', '=', 'accountManager')
      .where('w.werkplein_id', '=', werkpleinId)
      .orderBy('e.name')
      .execute();
  },
};
