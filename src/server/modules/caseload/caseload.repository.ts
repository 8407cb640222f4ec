import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The latest event of the case of `j`, along case_event_timeline_idx (one index probe per case). */
const latestEventAt = sql<Date | null>`(select e.occurred_at from case_event e where e.jobseeker_id = j.id order by e.occurred_at desc limit 1)`;

export const caseloadRepository = {
  /**
   * A klantmanager's active cases (no outflow, not handed over) in one query: per case the latest
   * contact and the open and overdue tasks, via correlated index lookups (no N+1). Most urgent first:
   * overdue tasks, then longest without contact, then name.
   */
  async caseload(
    db: Executor,
    caseManagerId: string,
    werkpleinIds: readonly string[],
    now: Date,
    /** Today in Europe/Amsterdam, for the benefit that runs now. */
    today: string,
  ) {
    if (werkpleinIds.length === 0) return [];
    return db
      .selectFrom('jobseeker as j')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('task as t')
            .select([
              sql<string>`count(*)`.as('open'),
              sql<string>`count(*) filter (where t.due_at < ${now})`.as('overdue'),
            ])
            .whereRef('t.jobseeker_id', '=', 'j.id')
            .where('t.done_at', 'is', null)
            .as('tasks'),
        (join) => join.onTrue(),
      )
      .select([
        'j.id',
        'j.werkplein_id',
        'j.dossier_number',
        'j.bsn',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
        'j.participation_step',
        'j.available_for_work',
        sql<Date | null>`coalesce(j.last_contact_at, ${latestEventAt})`.as('last_contact_at'),
        sql<string | null>`(select bp.benefit_type from benefit_period bp
          where bp.jobseeker_id = j.id and bp.start_date <= ${today}::date
            and (bp.end_date is null or bp.end_date >= ${today}::date)
          order by bp.start_date desc limit 1)`.as('benefit_type'),
        sql<string>`coalesce(tasks.open, 0)`.as('open_tasks'),
        sql<string>`coalesce(tasks.overdue, 0)`.as('overdue_tasks'),
      ])
      .where('j.case_manager_id', '=', caseManagerId)
      .where('j.werkplein_id', 'in', werkpleinIds)
      .where('j.outflow_date', 'is', null)
      .where('j.handed_over_at', 'is', null)
      .orderBy(sql`coalesce(tasks.overdue, 0)`, 'desc')
      .orderBy(sql`coalesce(j.last_contact_at, ${latestEventAt})`, (ob) => ob.asc().nullsFirst())
      .orderBy('j.surname_key')
      .orderBy('j.given_key')
      .limit(1000)
      .execute();
  },

  async appointmentsBetween(db: Executor, employeeId: string, from: Date, to: Date) {
    return db
      .selectFrom('appointment as a')
      .leftJoin('jobseeker as j', 'j.id', 'a.jobseeker_id')
      .select([
        'a.id',
        'a.starts_at',
        'a.ends_at',
        'a.channel',
        'a.location',
        'a.subject',
        'a.status',
        'j.id as jobseeker_id',
        'j.dossier_number',
        'j.bsn',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
      ])
      .where('a.employee_id', '=', employeeId)
      .where('a.starts_at', '>=', from)
      .where('a.starts_at', '<', to)
      .where('a.status', '<>', 'cancelled')
      .orderBy('a.starts_at')
      .limit(200)
      .execute();
  },

  /** Open tasks of one person due before `until` (today's and overdue ones), soonest first. */
  async openTasksUntil(db: Executor, assigneeId: string, until: Date) {
    return db
      .selectFrom('task as t')
      .leftJoin('jobseeker as j', 'j.id', 't.jobseeker_id')
      .select([
        't.id',
        't.kind',
        't.title',
        't.due_at',
        'j.id as jobseeker_id',
        'j.dossier_number',
        'j.bsn',
        'j.given_names',
        'j.surname_prefix',
        'j.surname',
      ])
      .where('t.assignee_id', '=', assigneeId)
      .where('t.done_at', 'is', null)
      .where('t.due_at', '<', until)
      .orderBy('t.due_at')
      .limit(200)
      .execute();
  },

  /**
   * New signals: answered referrals not yet seen, that this person sent or that concern his cases.
   */
  async newSignals(db: Executor, employeeId: string, werkpleinIds: readonly string[]) {
    if (werkpleinIds.length === 0) return [];
    return (
      db
        .selectFrom('referral as r')
        .innerJoin('jobseeker as j', 'j.id', 'r.jobseeker_id')
        .select([
          'r.id',
          'r.unit',
          'r.external_provider',
          'r.answer',
          'r.answered_at',
          'j.id as jobseeker_id',
          'j.dossier_number',
          'j.bsn',
          'j.given_names',
          'j.surname_prefix',
          'j.surname',
        ])
        .where('r.werkplein_id', 'in', werkpleinIds)
        // Two index lookups (sent by me; about my cases) instead of one scan over every referral.
        .where('r.id', 'in', (eb) =>
          eb
            .selectFrom('referral as mine')
            .select('mine.id')
            .where('mine.referred_by', '=', employeeId)
            .where('mine.answered_at', 'is not', null)
            .where('mine.signal_seen_at', 'is', null)
            .unionAll(
              eb
                .selectFrom('referral as about')
                .innerJoin('jobseeker as case', 'case.id', 'about.jobseeker_id')
                .select('about.id')
                .where('case.case_manager_id', '=', employeeId)
                .where('about.answered_at', 'is not', null)
                .where('about.signal_seen_at', 'is', null),
            ),
        )
        .orderBy('r.answered_at', 'desc')
        .limit(200)
        .execute()
    );
  },

  /**
   * Per klantmanager of a Werkplein: active cases, overdue tasks, and days since last contact (the
   * longest and the median over his cases). The case figures come from caseload_summary, kept by
   * triggers on jobseeker in every writing transaction (one row per klantmanager, however large the
   * Werkplein); it holds instants, so the days are counted from `now` here. Overdue tasks depend on
   * `now` and are counted per klantmanager along task_open_assignee_idx. Contact is last_contact_at
   * (kept by appointments done and intakes), else the registration.
   */
  async team(db: Executor, werkpleinId: string, now: Date) {
    const result = await sql<{
      case_manager_id: string;
      name: string;
      partner_name: string;
      caseload_size: number | null;
      overdue_tasks: string;
      longest_days: string | null;
      median_days: string | null;
    }>`
      select e.id as case_manager_id, e.name, p.name as partner_name,
             s.active_cases as caseload_size,
             (select count(*) from task t
               where t.assignee_id = e.id and t.done_at is null and t.due_at < ${now}
                 and t.werkplein_id = ${werkpleinId}) as overdue_tasks,
             floor(extract(epoch from (${now}::timestamptz - s.oldest_contact_at)) / 86400) as longest_days,
             extract(epoch from (${now}::timestamptz - s.median_contact_at)) / 86400 as median_days
        from employee e
        join employee_role r on r.employee_id = e.id and r.role = 'caseManager'
        join employee_werkplein ew on ew.employee_id = e.id and ew.werkplein_id = ${werkpleinId}
        join partner p on p.id = e.partner_id
        left join caseload_summary s on s.werkplein_id = ${werkpleinId} and s.case_manager_id = e.id
       where e.active
       order by e.name, e.id
    `.execute(db);
    return result.rows;
  },
};
