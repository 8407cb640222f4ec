import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { seedDemoActivities } from './demo-activities.ts';
import { amsterdamDate, startOfAmsterdamDay } from '../../modules/caseload/amsterdam-day.ts';

/**
 * Demo cases on top of the demo data, so every screen has something to show: klantmanagers with a
 * caseload, benefits, ladder steps, activated jobseekers with a profile, tasks and an appointment
 * today, employers with vacancies, labour-market activities and a trajectenboek. Only `werkplein
 * serve --demo` seeds these (the tests build their own data). Idempotent: does nothing when the
 * demo employers exist.
 */
export const seedDemoCases = async (db: Db, now = new Date()) => {
  const exists = await db
    .selectFrom('employer')
    .select('id')
    .where('kvk_number', '=', '27123456')
    .executeTakeFirst();
  if (exists) return;
  const id = async (login: string) =>
    (await db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
  const kees = await id('kees.klant');
  const ursula = await id('ursula.werkcoach');
  const mark = await id('mark.match');
  const iris = await id('iris.intake');
  await db
    .updateTable('employee')
    .set({ expertise: ['debt', 'youth'] })
    .where('id', '=', kees)
    .execute();
  await db
    .updateTable('employee')
    .set({ expertise: ['older_workers', 'work_disability'] })
    .where('id', '=', ursula)
    .execute();

  const jobseekers = await db
    .selectFrom('jobseeker')
    .select(['id', 'created_at'])
    .where('werkplein_id', '=', 'westland')
    .orderBy('dossier_number')
    .limit(60)
    .execute();
  const occupations = [
    'Medewerker glastuinbouw',
    'Orderpicker',
    'Schoonmaker',
    'Verzorgende',
    'Chauffeur',
    'Kassamedewerker',
  ];
  const skills = [
    ['Oogsten', 'Sorteren'],
    ['Heftruck', 'Scanner'],
    ['Schoonmaken'],
    ['Zorg', 'Tillen'],
    ['Rijbewijs C'],
    ['Kassa'],
  ];
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  for (const [i, j] of jobseekers.entries()) {
    const km = i % 2 === 0 ? kees : ursula;
    const benefit = km === ursula ? 'WW' : 'WWB';
    const activated = i % 3 !== 2;
    await db
      .updateTable('jobseeker')
      .set({
        case_manager_id: km,
        participation_step: 3 + (i % 3),
        available_for_work: activated,
        activated_at: activated ? now : null,
        last_contact_at: new Date(now.getTime() - (i % 20) * 86_400_000),
      })
      .where('id', '=', j.id)
      .execute();
    await db
      .insertInto('benefit_period')
      .values({
        werkplein_id: 'westland',
        jobseeker_id: j.id,
        benefit_type: benefit,
        start_date: day(-60 - i),
        end_date: null,
        created_at: now,
      })
      .execute();
    if (activated) {
      const k = i % occupations.length;
      await db
        .insertInto('jobseeker_profile')
        .values({
          jobseeker_id: j.id,
          werkplein_id: 'westland',
          education_level: ['vmbo', 'mbo1', 'mbo2', 'mbo3'][i % 4] ?? null,
          wanted_occupations: [occupations[k] as string],
          skills: skills[k] ?? [],
          languages: ['Nederlands'],
          driving_licences: i % 2 === 0 ? ['B'] : [],
          hours_per_week: 24 + (i % 3) * 8,
          travel_radius_km: 15,
          available_from: day(0),
          education: '[]',
          work_history: '[]',
          updated_at: now,
          version: 1,
          updated_by: km,
        })
        .onConflict((oc) => oc.column('jobseeker_id').doNothing())
        .execute();
    }
    await db
      .insertInto('case_event')
      .values([
        {
          werkplein_id: 'westland',
          jobseeker_id: j.id,
          type: 'intake.completed',
          data: JSON.stringify({ distanceToWork: 'medium' }),
          occurred_at: j.created_at,
          recorded_at: now,
          actor_employee_id: iris,
          actor_partner_id: 'gemeente-westland',
        },
        {
          werkplein_id: 'westland',
          jobseeker_id: j.id,
          type: 'caseManager.assigned',
          data: JSON.stringify({ reason: 'intake' }),
          occurred_at: j.created_at,
          recorded_at: now,
          actor_employee_id: iris,
          actor_partner_id: 'gemeente-westland',
        },
        {
          werkplein_id: 'westland',
          jobseeker_id: j.id,
          type: 'benefit.added',
          data: JSON.stringify({ benefitType: benefit }),
          occurred_at: j.created_at,
          recorded_at: now,
          actor_employee_id: km,
          actor_partner_id: km === ursula ? 'uwv' : 'gemeente-westland',
        },
      ])
      .execute();
  }
  // Due work for Kees: one task overdue, one due within the hour, and an appointment today.
  const [first, second] = jobseekers;
  if (first && second) {
    await db
      .insertInto('task')
      .values([
        {
          werkplein_id: 'westland',
          jobseeker_id: first.id,
          assignee_id: kees,
          kind: 'work_first_contact',
          title: 'Contact met Work First opnemen',
          due_at: new Date(now.getTime() - 2 * 86_400_000),
          created_at: now,
        },
        {
          werkplein_id: 'westland',
          jobseeker_id: second.id,
          assignee_id: kees,
          kind: 'follow_up',
          title: 'Terugbellen over sollicitatie',
          due_at: new Date(now.getTime() + 3_600_000),
          created_at: now,
        },
      ])
      .execute();
    // At two in the afternoon, or, when the demo starts later than one, at the next full hour.
    const afternoon = new Date(startOfAmsterdamDay(amsterdamDate(now)).getTime() + 14 * 3_600_000);
    const nextHour = new Date(Math.ceil((now.getTime() + 1) / 3_600_000) * 3_600_000);
    const start = now.getTime() < afternoon.getTime() - 3_600_000 ? afternoon : nextHour;
    await db
      .insertInto('appointment')
      .values({
        werkplein_id: 'westland',
        jobseeker_id: first.id,
        employee_id: kees,
        starts_at: start,
        ends_at: new Date(start.getTime() + 45 * 60_000),
        channel: 'desk',
        location: 'Werkplein Westland, spreekkamer 2',
        subject: 'Voortgangsgesprek',
        created_by: kees,
        created_at: now,
      })
      .execute();
    // Mijn Werkplein: the first jobseeker (the BSN the demo prints) finds agreements in his plan,
    // one waiting for his akkoord, one he already agreed to that his klantmanager carries out.
    const agreements = await db
      .insertInto('agreement')
      .values([
        {
          werkplein_id: 'westland',
          jobseeker_id: first.id,
          description: 'Solliciteer elke week op twee vacatures in de glastuinbouw',
          responsible: 'jobseeker',
          due_date: day(14),
          created_by: kees,
          created_at: now,
          updated_by: kees,
          updated_at: now,
        },
        {
          werkplein_id: 'westland',
          jobseeker_id: first.id,
          description: 'Klantmanager zoekt een cursus heftruckrijden voor u uit',
          responsible: 'case_manager',
          due_date: day(21),
          created_by: kees,
          created_at: now,
          updated_by: kees,
          updated_at: now,
          accepted_at: now,
        },
      ])
      .returning(['id', 'description', 'responsible', 'due_date'])
      .execute();
    await db
      .insertInto('case_event')
      .values(
        agreements.map((a) => ({
          werkplein_id: 'westland',
          jobseeker_id: first.id,
          type: 'agreement.added',
          data: JSON.stringify({
            agreementId: a.id,
            description: a.description,
            responsible: a.responsible,
            dueDate: a.due_date,
          }),
          occurred_at: now,
          recorded_at: now,
          actor_employee_id: kees,
          actor_partner_id: 'gemeente-westland',
        })),
      )
      .execute();
  }

  // The Werkgeversservicepunt: employers with Mark as matchmaker, and their vacancies.
  const employers = [
    {
      kvk: '27123456',
      name: 'Kwekerij De Kas',
      sector: 'horticulture',
      size: '50-249',
      postcode: '2671KK',
      city: 'Naaldwijk',
      occupation: 'Medewerker glastuinbouw',
      title: 'Oogstmedewerker tomaten',
      skills: ['Oogsten'],
    },
    {
      kvk: '27654321',
      name: 'Zorggroep Westland',
      sector: 'care',
      size: '250+',
      postcode: '2691AB',
      city: "'s-Gravenzande",
      occupation: 'Verzorgende',
      title: 'Helpende zorg en welzijn',
      skills: ['Zorg'],
    },
    {
      kvk: '28111222',
      name: 'Transportbedrijf Van Vliet',
      sector: 'logistics',
      size: '10-49',
      postcode: '2291AA',
      city: 'Wateringen',
      occupation: 'Orderpicker',
      title: 'Orderpicker distributiecentrum',
      skills: ['Heftruck'],
    },
  ];
  for (const e of employers) {
    const { id: employerId } = await db
      .insertInto('employer')
      .values({
        werkplein_id: 'westland',
        kvk_number: e.kvk,
        name: e.name,
        sector: e.sector,
        size_class: e.size,
        account_manager_id: mark,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('employer_location')
      .values({
        employer_id: employerId,
        street: 'Industrieweg',
        house_number: '1',
        postcode: e.postcode,
        city: e.city,
      })
      .execute();
    await db
      .insertInto('vacancy')
      .values({
        werkplein_id: 'westland',
        employer_id: employerId,
        kind: 'regular',
        title: e.title,
        occupation: e.occupation,
        required_skills: e.skills,
        wished_skills: [],
        hours_per_week: 32,
        postcode: e.postcode,
        city: e.city,
        contract: 'temporary',
        start_date: day(14),
        positions: 2,
        created_by: mark,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await db
    .insertInto('instrument')
    .values([
      {
        werkplein_id: 'westland',
        name: 'Sollicitatietraining',
        provider: 'Werkwijs BV',
        funding_rule: 'by_benefit',
        price_cents: 95_000,
        duration_weeks: 6,
        capacity: 20,
        created_at: now,
      },
      {
        werkplein_id: 'westland',
        name: 'Taaltraject Nederlands op de werkvloer',
        provider: 'ROC Westland',
        funding_rule: 'municipality',
        price_cents: 180_000,
        duration_weeks: 12,
        capacity: null,
        created_at: now,
      },
      {
        werkplein_id: 'westland',
        name: 'Werkfit-traject glastuinbouw',
        provider: 'Patijnenburg Re-integratie',
        funding_rule: 'by_benefit',
        price_cents: 245_000,
        duration_weeks: 8,
        capacity: 10,
        created_at: now,
      },
    ])
    .execute();
  await seedDemoActivities(db, now);
  await sql`analyze`.execute(db);
};
