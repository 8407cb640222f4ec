import { sql } from 'kysely';
import type { TBenefitType } from '../../../contracts/intake.ts';
import type { Db } from '../database.ts';
import type { OutflowReason } from '../schema.ts';
import { jobseekerRow } from './seed.ts';
import { delftPlaces, seededRandom, syntheticPerson, westlandPlaces, type Random } from './synthetic.ts';

/**
 * Two years of case history for Westland and Delft, so the monitor has trends and a last-year
 * comparison to show: every month new registrations, intakes, benefits, agreements, ladder moves,
 * placements and outflow (some re-register later). Only `werkplein serve --demo` seeds it.
 * Idempotent: does nothing when the history exists.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Staff {
  caseManagers: string[];
  intake: string;
  matchmaker: string | null;
  partnerId: string;
}

interface PlannedEvent {
  type: string;
  at: Date;
  data: Record<string, unknown>;
  actor: string | null;
}

const pickOne = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const dateOf = (at: Date) => at.toISOString().slice(0, 10);

/** One person's episode(s) from a registration time: a pure plan, cut off at `now`. */
export const plannedHistory = (
  random: Random,
  registeredAt: Date,
  staff: Staff,
  now: Date,
): PlannedEvent[] => {
  const events: PlannedEvent[] = [];
  const add = (type: string, at: Date, data: Record<string, unknown>, actor: string | null) => {
    if (at.getTime() <= now.getTime()) events.push({ type, at, data, actor });
  };
  const caseManager = pickOne(random, staff.caseManagers);
  const benefit: TBenefitType = pickOne(random, [
    'WW',
    'WW',
    'WWB',
    'WWB',
    'geen',
    'WGA',
    'IVA',
    'Wajong',
  ] as const);
  const workFirst = random() < 0.35;
  add('jobseeker.registered', registeredAt, { source: 'demo-history' }, staff.intake);
  add(
    'registration.recorded',
    registeredAt,
    { channel: 'desk', routing: 'intake', existingDossier: false },
    staff.intake,
  );
  const intakeAt = new Date(registeredAt.getTime() + (2 + random() * 70) * HOUR);
  add('caseManager.assigned', intakeAt, { caseManagerId: caseManager, reason: 'intake' }, staff.intake);
  add(
    'intake.completed',
    intakeAt,
    { eligibleBenefit: benefit === 'geen' ? null : benefit, workFirst },
    staff.intake,
  );
  const benefitStart = dateOf(
    new Date(intakeAt.getTime() + (benefit === 'WW' ? 7 + random() * 20 : 0) * DAY),
  );
  if (benefit !== 'geen')
    add(
      'benefit.added',
      intakeAt,
      {
        benefitPeriodId: `p-${registeredAt.getTime()}-${random()}`,
        benefitType: benefit,
        startDate: benefitStart,
      },
      caseManager,
    );
  add(
    'agreement.added',
    new Date(intakeAt.getTime() + random() * 96 * HOUR),
    { responsible: 'jobseeker' },
    caseManager,
  );
  if (workFirst && random() < 0.7)
    add(
      'task.completed',
      new Date(intakeAt.getTime() + (6 + random() * 60) * HOUR),
      { kind: 'work_first_placement' },
      caseManager,
    );
  let step = 2 + Math.floor(random() * 3);
  let at = intakeAt.getTime();
  for (let i = 0; i < 3; i++) {
    at += (20 + random() * 60) * DAY;
    const next = Math.max(1, Math.min(6, step + (random() < 0.7 ? 1 : -1)));
    add('participationStep.set', new Date(at), { step: next, previousStep: step }, caseManager);
    step = next;
  }
  if (random() < 0.7) {
    const outflowAt = new Date(registeredAt.getTime() + (20 + random() * 400) * DAY);
    const reason: OutflowReason = pickOne(random, [
      'regular_work',
      'regular_work',
      'regular_work',
      'partial_work',
      'subsidised_work',
      'education',
      'moved',
    ] as const);
    const placed =
      staff.matchmaker !== null && reason !== 'education' && reason !== 'moved' && random() < 0.4;
    add(
      'outflow.registered',
      outflowAt,
      {
        reason,
        date: dateOf(outflowAt),
        ...(placed
          ? { placement: { vacancyId: `demo-vacancy-${outflowAt.getTime()}`, outcome: 'hired' } }
          : {}),
      },
      placed ? staff.matchmaker : caseManager,
    );
    // Some come back: a new registration months later.
    if (random() < 0.15) {
      const back = new Date(outflowAt.getTime() + (60 + random() * 200) * DAY);
      add(
        'registration.recorded',
        back,
        { channel: 'phone', routing: 'intake', existingDossier: true },
        staff.intake,
      );
      if (benefit !== 'geen')
        add(
          'benefit.added',
          back,
          { benefitPeriodId: `q-${back.getTime()}`, benefitType: 'WWB', startDate: dateOf(back) },
          caseManager,
        );
    }
  }
  return events;
};

export const seedDemoMonitorHistory = async (db: Db, now = new Date()): Promise<number> => {
  const exists = await db
    .selectFrom('case_event')
    .select('id')
    .where('type', '=', 'jobseeker.registered')
    .where(sql<boolean>`data->>'source' = 'demo-history'`)
    .executeTakeFirst();
  if (exists) return 0;
  const idOf = async (login: string) =>
    (await db.selectFrom('employee').select('id').where('login', '=', login).executeTakeFirst())?.id ?? null;
  const werkpleinen = [
    {
      id: 'westland',
      perMonth: 14,
      places: westlandPlaces,
      staff: {
        caseManagers: [await idOf('kees.klant'), await idOf('ursula.werkcoach')].filter(
          (x): x is string => !!x,
        ),
        intake: (await idOf('iris.intake')) as string,
        matchmaker: await idOf('mark.match'),
        partnerId: 'gemeente-westland',
      },
    },
    {
      id: 'delft',
      perMonth: 9,
      places: delftPlaces,
      staff: {
        caseManagers: [await idOf('dirk.delft')].filter((x): x is string => !!x),
        intake: (await idOf('daan.intake')) as string,
        matchmaker: null,
        partnerId: 'gemeente-delft',
      },
    },
  ];
  const random = seededRandom(1124);
  let count = 0;
  for (const w of werkpleinen) {
    if (w.staff.caseManagers.length === 0 || !w.staff.intake) continue;
    for (let monthsAgo = 24; monthsAgo >= 1; monthsAgo--) {
      const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1, 8);
      for (let i = 0; i < w.perMonth; i++) {
        const registeredAt = new Date(
          monthStart + Math.floor(random() * 27) * DAY + Math.floor(random() * 8) * HOUR,
        );
        const person = syntheticPerson(random, w.places, registeredAt);
        const events = plannedHistory(random, registeredAt, w.staff, now);
        const outflow = [...events].reverse().find((e) => e.type === 'outflow.registered');
        const reopened =
          outflow && events.some((e) => e.type === 'registration.recorded' && e.at > outflow.at);
        const row = await db
          .insertInto('jobseeker')
          .values({
            ...jobseekerRow({ ...person, werkpleinId: w.id }, registeredAt),
            dossier_number: sql<string>`'WP' || lpad(nextval('dossier_number_seq')::text, 8, '0')`,
            case_manager_id:
              (events.find((e) => e.type === 'caseManager.assigned')?.data.caseManagerId as string) ?? null,
            ...(outflow && !reopened
              ? {
                  outflow_date: outflow.data.date as string,
                  outflow_reason: outflow.data.reason as OutflowReason,
                }
              : {}),
          })
          .onConflict((oc) => oc.columns(['werkplein_id', 'bsn']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!row) continue;
        await db
          .insertInto('case_event')
          .values(
            events.map((e) => ({
              werkplein_id: w.id,
              jobseeker_id: row.id,
              type: e.type,
              data: JSON.stringify(e.data),
              occurred_at: e.at,
              recorded_at: e.at,
              actor_employee_id: e.actor,
              actor_partner_id: w.staff.partnerId,
            })),
          )
          .execute();
        count++;
      }
    }
  }
  return count;
};
