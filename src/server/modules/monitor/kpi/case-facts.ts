import { workOutflowReasons } from '../../../../contracts/case-flow.ts';
import type { TBenefitType } from '../../../../contracts/intake.ts';
import type { OutflowReason } from '../../../db/schema.ts';
import { addDays, amsterdamDate } from '../../caseload/amsterdam-day.ts';

/**
 * A jobseeker's case events folded into facts the KPIs count (docs/kpi.md). Pure: the same events
 * give the same facts, so the derived store can refold one jobseeker whenever an event of his
 * arrives, and the unit tests can fold hand-made event sets.
 */

/** One case event as the monitor reads it. */
export interface MonitorEvent {
  jobseekerId: string;
  werkpleinId: string;
  type: string;
  data: Record<string, unknown>;
  occurredAt: Date;
  actorEmployeeId: string | null;
}

/** A stretch of an episode in which Werkplein, benefit and klantmanager stay the same. */
export interface Segment {
  werkpleinId: string;
  /** The benefit in force (the code, `geen` for none). */
  benefit: TBenefitType;
  caseManagerId: string | null;
  /** First day (Amsterdam) in this state. */
  from: string;
  /** First day no longer in it; null while it lasts. */
  to: string | null;
}

export interface Outflow {
  on: string;
  /** Where the case was when the outflow was registered: it counts there. */
  werkpleinId: string;
  reason: OutflowReason;
  /** The benefit in force on the outflow date (or ended the day before: the work ended it). */
  benefit: TBenefitType;
  /** Outflow to work before the first WW day of someone who came for WW. */
  preventionWw: boolean;
  /** Outflow to work within three months of registration. */
  friction: boolean;
  /** For outflow to work: still out of benefit (no benefit, no new registration) 6 and 12 months on. */
  outAfter6Months: boolean;
  outAfter12Months: boolean;
}

export interface CaseFact {
  jobseekerId: string;
  /** 1 for the first registration, 2 after outflow and re-registration, … */
  episode: number;
  /** The Werkplein of the registration. */
  werkpleinId: string;
  registeredAt: string;
  registeredOn: string;
  intakeAt: string | null;
  firstAgreementAt: string | null;
  /** The first follow-up agreement after registration: an appointment, an agreement or the intake. */
  followUpAt: string | null;
  /** A Work First intake, and when it was met: at work, or the benefit intake planned (task done). */
  workFirst: { intakeAt: string; werkpleinId: string; metAt: string | null } | null;
  /** The day the episode ended (outflow date, handover day); null while active. */
  endedOn: string | null;
  outflow: Outflow | null;
  ladderMoves: { on: string; werkpleinId: string; direction: 'up' | 'down' }[];
  placements: { on: string; werkpleinId: string; matchmakerId: string | null; vacancyId: string }[];
  segments: Segment[];
}

export const isOutflowToWork = (reason: string): boolean =>
  (workOutflowReasons as readonly string[]).includes(reason);

/** A calendar day plus whole months (the last day of a shorter month when the day does not exist). */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

interface BenefitPeriod {
  type: TBenefitType;
  start: string;
  end: string | null;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The benefit in force on a day: the latest started period covering it, else `geen`. */
const benefitOn = (periods: Iterable<BenefitPeriod>, day: string): TBenefitType => {
  let found: BenefitPeriod | undefined;
  for (const p of periods) {
    if (p.type === 'geen' || p.start > day || (p.end !== null && p.end < day)) continue;
    if (!found || p.start > found.start) found = p;
  }
  return found?.type ?? 'geen';
};

const HOUR = 3_600_000;
const EPISODE_OPENERS: ReadonlySet<string> = new Set([
  'jobseeker.registered',
  'registration.recorded',
  'intake.completed',
]);

interface Open {
  fact: CaseFact;
  /** Werkplein and klantmanager changes within the episode, by day. */
  moves: { on: string; werkpleinId: string }[];
  managers: { on: string; caseManagerId: string | null }[];
  eligibleWw: boolean;
}

/**
 * Folds one jobseeker's events (any order; sorted here by time) into his episodes. An episode
 * opens with a registration (or an intake) while none is open and closes with the outflow or the
 * handover to the income consultants; a later registration opens the next one.
 */
export const foldCase = (events: readonly MonitorEvent[]): CaseFact[] => {
  const sorted = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const periods = new Map<string, BenefitPeriod>();
  const facts: Open[] = [];
  let open: Open | undefined;
  let caseManagerId: string | null = null;

  for (const event of sorted) {
    const at = event.occurredAt.toISOString();
    const day = amsterdamDate(event.occurredAt);
    const d = event.data;
    // Benefit periods belong to the person, whichever episode is open.
    if (event.type === 'benefit.added') {
      const id = str(d.benefitPeriodId) ?? `${periods.size}`;
      const type = str(d.benefitType) as TBenefitType | undefined;
      const start = str(d.startDate);
      if (type && start) periods.set(id, { type, start, end: str(d.endDate) ?? null });
      continue;
    }
    if (event.type === 'benefit.ended') {
      const period = periods.get(str(d.benefitPeriodId) ?? '');
      const end = str(d.endDate);
      if (period && end) period.end = end;
      continue;
    }
    if (event.type === 'caseManager.assigned') {
      caseManagerId = str(d.caseManagerId) ?? null;
      open?.managers.push({ on: day, caseManagerId });
      continue;
    }
    if (!open && EPISODE_OPENERS.has(event.type)) {
      open = {
        fact: {
          jobseekerId: event.jobseekerId,
          episode: facts.length + 1,
          werkpleinId: event.werkpleinId,
          registeredAt: at,
          registeredOn: day,
          intakeAt: null,
          firstAgreementAt: null,
          followUpAt: null,
          workFirst: null,
          endedOn: null,
          outflow: null,
          ladderMoves: [],
          placements: [],
          segments: [],
        },
        moves: [{ on: day, werkpleinId: event.werkpleinId }],
        managers: [{ on: day, caseManagerId }],
        eligibleWw: false,
      };
      facts.push(open);
    }
    if (!open) continue;
    const fact = open.fact;
    const lastMove = open.moves[open.moves.length - 1];
    if (lastMove && lastMove.werkpleinId !== event.werkpleinId)
      open.moves.push({ on: day, werkpleinId: event.werkpleinId });
    const followUp = () => {
      if (fact.followUpAt === null && at > fact.registeredAt) fact.followUpAt = at;
    };

    switch (event.type) {
      case 'intake.completed':
        if (fact.intakeAt === null) {
          fact.intakeAt = at;
          followUp();
          open.eligibleWw = d.eligibleBenefit === 'WW';
          if (d.workFirst === true)
            fact.workFirst = { intakeAt: at, werkpleinId: event.werkpleinId, metAt: null };
        }
        break;
      case 'agreement.added':
        fact.firstAgreementAt ??= at;
        followUp();
        break;
      case 'appointment.planned':
        followUp();
        break;
      case 'task.completed':
        if (d.kind === 'work_first_placement' && fact.workFirst && fact.workFirst.metAt === null)
          fact.workFirst.metAt = at;
        break;
      case 'participationStep.set': {
        const step = Number(d.step);
        const previous =
          d.previousStep === null || d.previousStep === undefined ? NaN : Number(d.previousStep);
        if (Number.isFinite(step) && Number.isFinite(previous) && step !== previous)
          fact.ladderMoves.push({
            on: day,
            werkpleinId: event.werkpleinId,
            direction: step > previous ? 'up' : 'down',
          });
        break;
      }
      case 'nomination.feedback':
        if (d.outcome === 'hired') addPlacement(fact, event, day, d);
        break;
      case 'outflow.registered': {
        const on = str(d.date) ?? day;
        const reason = (str(d.reason) ?? 'other') as OutflowReason;
        if (d.placement && typeof d.placement === 'object')
          addPlacement(fact, event, day, d.placement as Record<string, unknown>);
        const toWork = isOutflowToWork(reason);
        const benefit =
          benefitOn(periods.values(), on) !== 'geen'
            ? benefitOn(periods.values(), on)
            : benefitOn(periods.values(), addDays(on, -1));
        const wwStarted = [...periods.values()].some((p) => p.type === 'WW' && p.start <= on);
        fact.outflow = {
          on,
          werkpleinId: event.werkpleinId,
          reason,
          benefit,
          preventionWw: toWork && open.eligibleWw && !wwStarted,
          friction: toWork && on <= addMonths(fact.registeredOn, 3),
          outAfter6Months: false,
          outAfter12Months: false,
        };
        fact.endedOn = on;
        open = undefined;
        break;
      }
      case 'handover.registered':
        fact.endedOn = day;
        open = undefined;
        break;
      default:
        break;
    }
  }

  for (const { fact, moves, managers } of facts) {
    fact.segments = segmentsOf(fact, moves, managers, periods);
    if (fact.outflow && isOutflowToWork(fact.outflow.reason)) {
      const later = facts.filter((f) => f.fact.episode > fact.episode).map((f) => f.fact);
      const outOn = (day: string) =>
        benefitOn(
          [...periods.values()].filter((p) => p.start > (fact.outflow as Outflow).on),
          day,
        ) === 'geen' && !later.some((f) => f.registeredOn <= day && (f.endedOn === null || f.endedOn > day));
      fact.outflow.outAfter6Months = outOn(addMonths(fact.outflow.on, 6));
      fact.outflow.outAfter12Months = outOn(addMonths(fact.outflow.on, 12));
    }
  }
  return facts.map((f) => f.fact);
};

const addPlacement = (fact: CaseFact, event: MonitorEvent, day: string, d: Record<string, unknown>) => {
  const vacancyId = str(d.vacancyId);
  if (vacancyId && !fact.placements.some((p) => p.vacancyId === vacancyId))
    fact.placements.push({
      on: day,
      werkpleinId: event.werkpleinId,
      matchmakerId: event.actorEmployeeId,
      vacancyId,
    });
};

/** The episode's active days split where the Werkplein, the benefit or the klantmanager changes. */
const segmentsOf = (
  fact: CaseFact,
  moves: readonly { on: string; werkpleinId: string }[],
  managers: readonly { on: string; caseManagerId: string | null }[],
  periods: ReadonlyMap<string, BenefitPeriod>,
): Segment[] => {
  const start = fact.registeredOn;
  const end = fact.endedOn;
  if (end !== null && end <= start) return [];
  const inside = (day: string) => day > start && (end === null || day < end);
  const cuts = new Set<string>([start]);
  for (const m of moves) if (inside(m.on)) cuts.add(m.on);
  for (const m of managers) if (inside(m.on)) cuts.add(m.on);
  for (const p of periods.values()) {
    if (inside(p.start)) cuts.add(p.start);
    if (p.end !== null && inside(addDays(p.end, 1))) cuts.add(addDays(p.end, 1));
  }
  const days = [...cuts].sort();
  const stateOn = <T extends { on: string }>(list: readonly T[], day: string): T | undefined =>
    list.filter((x) => x.on <= day).at(-1);
  const segments: Segment[] = [];
  for (const [i, from] of days.entries()) {
    const state = {
      werkpleinId: stateOn(moves, from)?.werkpleinId ?? fact.werkpleinId,
      benefit: benefitOn(periods.values(), from),
      caseManagerId: stateOn(managers, from)?.caseManagerId ?? null,
    };
    const to = days[i + 1] ?? end;
    const last = segments.at(-1);
    if (
      last &&
      last.werkpleinId === state.werkpleinId &&
      last.benefit === state.benefit &&
      last.caseManagerId === state.caseManagerId
    ) {
      last.to = to;
    } else {
      segments.push({ ...state, from, to });
    }
  }
  return segments;
};

/** Hours between two ISO instants. */
export const hoursBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / HOUR;

/** Every jobseeker's events folded (Node.js 20 has no Map.groupBy). */
export const foldCases = (events: readonly MonitorEvent[]): CaseFact[] => {
  const byJobseeker = new Map<string, MonitorEvent[]>();
  for (const event of events) {
    const list = byJobseeker.get(event.jobseekerId);
    if (list) list.push(event);
    else byJobseeker.set(event.jobseekerId, [event]);
  }
  return [...byJobseeker.values()].flatMap((list) => foldCase(list));
};
