import type { Db } from '../database.ts';
import type { ParticipationStatus } from '../schema.ts';

/**
 * Demo labour-market activities for Werkplein Westland, on top of the demo cases (their employers,
 * vacancies and jobseekers): a job fair next week-and-a-half with all three employers, a collective
 * recruitment for the care employer in a few days, and last week's company visit, completed, with
 * who came and one follow-up conversation. Every participation has its case events, as if recorded
 * through the API, so the jobseekers' timelines show them.
 */
export const seedDemoActivities = async (db: Db, now: Date) => {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const staff = await db
    .selectFrom('employee')
    .select(['id', 'login', 'partner_id'])
    .where('login', 'in', ['mark.match', 'kees.klant', 'ursula.werkcoach'])
    .execute();
  const who = (login: string) => {
    const e = staff.find((s) => s.login === login);
    if (!e) throw new Error(`Demo employee ${login} is missing`);
    return e;
  };
  const mark = who('mark.match');
  const employers = await db
    .selectFrom('employer as e')
    .innerJoin('vacancy as v', 'v.employer_id', 'e.id')
    .select(['e.id as employer_id', 'e.kvk_number', 'v.id as vacancy_id'])
    .where('e.werkplein_id', '=', 'westland')
    .where('e.kvk_number', 'in', ['27123456', '27654321', '28111222'])
    .execute();
  const employer = (kvk: string) => {
    const e = employers.find((row) => row.kvk_number === kvk);
    if (!e) throw new Error(`Demo employer ${kvk} is missing`);
    return e;
  };
  const kas = employer('27123456');
  const zorg = employer('27654321');
  const transport = employer('28111222');
  // Activated jobseekers of the demo cases (every third one is not activated), with their klantmanager.
  const jobseekers = await db
    .selectFrom('jobseeker as j')
    .innerJoin('employee as km', 'km.id', 'j.case_manager_id')
    .select(['j.id', 'km.login as case_manager_login'])
    .where('j.werkplein_id', '=', 'westland')
    .where('j.available_for_work', '=', true)
    .orderBy('j.dossier_number')
    .limit(12)
    .execute();

  const activities = [
    {
      kind: 'job_fair',
      title: 'Banenmarkt Westland',
      date: day(10),
      start: '13:00',
      end: '17:00',
      location: 'Veilinghal Honselersdijk, Dijkweg 66, Honselersdijk',
      description: 'Kwekers, zorg en logistiek uit het Westland presenteren hun vacatures.',
      capacity: 60,
      status: 'planned' as const,
      employers: [kas, zorg, transport],
      people: [
        { n: 0, status: 'registered' as ParticipationStatus },
        { n: 1, status: 'registered' as ParticipationStatus },
        { n: 2, status: 'invited' as ParticipationStatus },
        { n: 3, status: 'withdrawn' as ParticipationStatus },
      ],
    },
    {
      kind: 'collective_recruitment',
      title: 'Collectieve werving Zorggroep Westland',
      date: day(3),
      start: '09:30',
      end: '12:00',
      location: "Zorggroep Westland, 's-Gravenzande",
      description: 'Kennismaking en korte gesprekken voor de opleiding tot helpende zorg en welzijn.',
      capacity: 12,
      status: 'planned' as const,
      employers: [zorg],
      people: [
        { n: 4, status: 'registered' as ParticipationStatus },
        { n: 5, status: 'invited' as ParticipationStatus },
      ],
    },
    {
      kind: 'company_visit',
      title: 'Bedrijfsbezoek Kwekerij De Kas',
      date: day(-7),
      start: '10:00',
      end: '12:00',
      location: 'Kwekerij De Kas, Naaldwijk',
      description: 'Rondleiding door de kas en uitleg over het oogstwerk.',
      capacity: 10,
      status: 'completed' as const,
      employers: [kas],
      people: [
        { n: 6, status: 'attended' as ParticipationStatus, followUp: kas.employer_id },
        { n: 7, status: 'attended' as ParticipationStatus },
        { n: 8, status: 'no_show' as ParticipationStatus },
      ],
    },
  ];

  for (const a of activities) {
    const startsAt = new Date(`${a.date}T${a.start}:00Z`);
    const createdAt = a.date < day(0) ? new Date(startsAt.getTime() - 14 * 86_400_000) : now;
    const { id } = await db
      .insertInto('labour_market_activity')
      .values({
        werkplein_id: 'westland',
        kind: a.kind,
        title: a.title,
        activity_date: a.date,
        start_time: a.start,
        end_time: a.end,
        location: a.location,
        description: a.description,
        organiser_id: mark.id,
        capacity: a.capacity,
        status: a.status,
        created_by: mark.id,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const e of a.employers) {
      await db
        .insertInto('labour_market_activity_employer')
        .values({ activity_id: id, employer_id: e.employer_id, added_by: mark.id, added_at: createdAt })
        .execute();
      await db
        .insertInto('labour_market_activity_vacancy')
        .values({ activity_id: id, employer_id: e.employer_id, vacancy_id: e.vacancy_id })
        .execute();
    }
    const data = {
      activityId: id,
      title: a.title,
      location: a.location,
      startTime: a.start,
      activityDate: a.date,
      activityKind: a.kind,
    };
    for (const p of a.people) {
      const jobseeker = jobseekers[p.n];
      if (!jobseeker) continue;
      const km = who(jobseeker.case_manager_login);
      // The matchmaker invites; the klantmanager registers (and withdraws) his own jobseekers.
      const first = p.status === 'invited' ? mark : km;
      const steps: { type: string; by: typeof mark; at: Date; extra?: Record<string, unknown> }[] = [
        { type: p.status === 'invited' ? 'invited' : 'registered', by: first, at: createdAt },
      ];
      if (p.status === 'withdrawn') steps.push({ type: 'withdrawn', by: km, at: createdAt });
      if (p.status === 'attended' || p.status === 'no_show')
        steps.push({
          type: 'attendance',
          by: mark,
          at: startsAt,
          extra: {
            attended: p.status === 'attended',
            ...('followUp' in p && p.followUp ? { followUpEmployerName: 'Kwekerij De Kas' } : {}),
          },
        });
      await db
        .insertInto('labour_market_activity_jobseeker')
        .values({
          activity_id: id,
          jobseeker_id: jobseeker.id,
          status: p.status,
          ...(p.status === 'invited'
            ? { invited_by: mark.id, invited_at: createdAt }
            : { registered_by: km.id, registered_at: createdAt }),
          ...(p.status === 'withdrawn' ? { withdrawn_by: km.id, withdrawn_at: createdAt } : {}),
          ...(p.status === 'attended' || p.status === 'no_show'
            ? { attendance_by: mark.id, attendance_at: new Date(startsAt.getTime() + 3 * 3_600_000) }
            : {}),
          follow_up_employer_id: 'followUp' in p && p.followUp ? p.followUp : null,
          created_at: createdAt,
        })
        .execute();
      await db
        .insertInto('case_event')
        .values(
          steps.map((s) => ({
            werkplein_id: 'westland',
            jobseeker_id: jobseeker.id,
            type: `labourMarketActivity.${s.type}`,
            data: JSON.stringify({ ...data, ...s.extra }),
            occurred_at: s.at,
            recorded_at: s.type === 'attendance' ? new Date(startsAt.getTime() + 3 * 3_600_000) : createdAt,
            actor_employee_id: s.by.id,
            actor_partner_id: s.by.partner_id,
          })),
        )
        .execute();
    }
  }
};
