import { describe, expect, it } from 'vitest';
import { foldCases, type MonitorEvent } from './case-facts.ts';
import { computeKpis } from './figures.ts';
import { memorySource } from './memory-source.ts';
import { parsePeriod, periodOf, type Period } from './periods.ts';

const TODAY = '2027-06-30';

/** An event at a Dutch local time (winter: +01:00, summer: +02:00 — given in the string). */
const ev = (
  jobseekerId: string,
  type: string,
  at: string,
  data: Record<string, unknown> = {},
  werkpleinId = 'westland',
  actorEmployeeId: string | null = 'km-1',
): MonitorEvent => ({ jobseekerId, werkpleinId, type, data, occurredAt: new Date(at), actorEmployeeId });

const registered = (js: string, at: string, werkplein = 'westland') =>
  ev(js, 'jobseeker.registered', at, { dossierNumber: js }, werkplein);

const figures = async (events: MonitorEvent[], periodKey: string, werkpleinen?: string[]) => {
  const facts = foldCases(events);
  const table = await computeKpis(memorySource(facts, werkpleinen), periodOf(periodKey) as Period, {
    today: TODAY,
    perPerson: true,
  });
  return (id: string) => table.cells.find((c) => c.id === id)?.value;
};

describe('uitstroom naar werk', () => {
  it('a benefit change mid-case counts once, under the benefit on the outflow date', async () => {
    const events = [
      registered('a', '2026-01-05T09:00:00+01:00'),
      ev('a', 'benefit.added', '2026-01-05T10:00:00+01:00', {
        benefitPeriodId: 'p1',
        benefitType: 'WW',
        startDate: '2026-01-05',
      }),
      ev('a', 'benefit.ended', '2026-02-27T10:00:00+01:00', {
        benefitPeriodId: 'p1',
        benefitType: 'WW',
        endDate: '2026-02-28',
      }),
      ev('a', 'benefit.added', '2026-02-27T10:00:00+01:00', {
        benefitPeriodId: 'p2',
        benefitType: 'WWB',
        startDate: '2026-03-01',
      }),
      ev('a', 'outflow.registered', '2026-04-10T10:00:00+02:00', {
        reason: 'regular_work',
        date: '2026-04-10',
      }),
    ];
    const t1 = await figures(events, '2026-T1');
    expect(t1('outflowWork.total')).toBe(1);
    expect(t1('outflowWork.WWB')).toBe(1);
    expect(t1('outflowWork.WW')).toBe(0);
    expect(t1('outflowWork.regular_work')).toBe(1);
    // In stock in January with WW, in March with bijstand, gone at the end of April.
    expect((await figures(events, '2026-01'))('stock.WW')).toBe(1);
    const march = await figures(events, '2026-03');
    expect(march('stock.WW')).toBe(0);
    expect(march('stock.WWB')).toBe(1);
    expect(march('stock.total')).toBe(1);
    expect(t1('stock.total')).toBe(0);
    expect(t1('stock.base.total')).toBe(0);
  });

  it('outflow, re-registration and outflow again: two outflows, each once, and the first was not durable', async () => {
    const events = [
      registered('b', '2026-01-10T09:00:00+01:00'),
      ev('b', 'outflow.registered', '2026-02-15T10:00:00+01:00', {
        reason: 'regular_work',
        date: '2026-02-15',
      }),
      ev('b', 'registration.recorded', '2026-03-01T09:00:00+01:00', { existingDossier: true }),
      ev('b', 'outflow.registered', '2026-09-20T10:00:00+02:00', {
        reason: 'partial_work',
        date: '2026-09-20',
      }),
    ];
    const t1 = await figures(events, '2026-T1');
    expect(t1('outflowWork.total')).toBe(1);
    expect(t1('outflowWork.NUG')).toBe(1);
    // Six months after the February outflow he was registered again: not durable.
    expect(t1('durability6.count')).toBe(0);
    expect(t1('durability6.share')).toBe(0);
    const year = await figures(events, '2026');
    expect(year('outflowWork.total')).toBe(2);
    expect(year('outflowWork.partial_work')).toBe(1);
    expect(year('followUp24h.registrations')).toBe(2);
    expect(year('friction.total')).toBe(1);
    expect(year('durability6.count')).toBe(1);
    expect(year('durability6.outflows')).toBe(2);
    expect(year('durability6.share')).toBe(50);
    // Not yet known for a period that ended less than 12 months ago.
    expect(year('durability12.share')).toBeNull();
    expect((await figures(events, '2026-03'))('stock.total')).toBe(1);
    expect((await figures(events, '2026-02'))('stock.total')).toBe(0);
  });

  it('a case moving between Werkpleinen counts where it is: stock moves, outflow counts in the new one', async () => {
    const events = [
      registered('c', '2026-01-05T09:00:00+01:00', 'westland'),
      ev('c', 'note.added', '2026-02-01T09:00:00+01:00', {}, 'delft'),
      ev(
        'c',
        'outflow.registered',
        '2026-03-15T10:00:00+01:00',
        { reason: 'regular_work', date: '2026-03-15' },
        'delft',
      ),
    ];
    expect((await figures(events, '2026-01', ['westland']))('stock.total')).toBe(1);
    expect((await figures(events, '2026-02', ['westland']))('stock.total')).toBe(0);
    expect((await figures(events, '2026-02', ['delft']))('stock.total')).toBe(1);
    expect((await figures(events, '2026-T1', ['westland']))('outflowWork.total')).toBe(0);
    expect((await figures(events, '2026-T1', ['delft']))('outflowWork.total')).toBe(1);
    // Nationally: one registration, one outflow.
    const national = await figures(events, '2026-T1');
    expect(national('outflowWork.total')).toBe(1);
    expect(national('followUp24h.registrations')).toBe(1);
  });

  it('an outflow on the last day of a tertaal counts in that tertaal, even when registered the day after', async () => {
    const events = [
      registered('d', '2026-02-02T09:00:00+01:00'),
      // 30 April 23:30 in Amsterdam is 21:30 UTC: still the 30th.
      ev('d', 'outflow.registered', '2026-04-30T23:30:00+02:00', {
        reason: 'regular_work',
        date: '2026-04-30',
      }),
      registered('e', '2026-02-02T09:00:00+01:00'),
      ev('e', 'outflow.registered', '2026-05-01T08:00:00+02:00', {
        reason: 'subsidised_work',
        date: '2026-04-30',
      }),
    ];
    const t1 = await figures(events, '2026-T1');
    expect(t1('outflowWork.total')).toBe(2);
    expect(t1('outflowWork.subsidised_work')).toBe(1);
    expect((await figures(events, '2026-T2'))('outflowWork.total')).toBe(0);
    // On the last day of April they were still in stock; at its end (ultimo) no longer.
    expect(t1('stock.total')).toBe(0);
    expect((await figures(events, '2026-03'))('stock.total')).toBe(2);
  });
});

describe('preventie WW and frictie', () => {
  it('back at work before the first WW day is prevention; within three months is friction', async () => {
    const events = [
      registered('f', '2026-01-05T09:00:00+01:00'),
      ev('f', 'intake.completed', '2026-01-06T09:00:00+01:00', { eligibleBenefit: 'WW', workFirst: false }),
      ev('f', 'benefit.added', '2026-01-06T10:00:00+01:00', {
        benefitPeriodId: 'w',
        benefitType: 'WW',
        startDate: '2026-02-01',
      }),
      ev('f', 'outflow.registered', '2026-01-20T10:00:00+01:00', {
        reason: 'regular_work',
        date: '2026-01-25',
      }),
      // WW started before the outflow: no prevention; more than three months: no friction.
      registered('g', '2026-01-05T09:00:00+01:00'),
      ev('g', 'intake.completed', '2026-01-06T09:00:00+01:00', { eligibleBenefit: 'WW', workFirst: false }),
      ev('g', 'benefit.added', '2026-01-06T10:00:00+01:00', {
        benefitPeriodId: 'w2',
        benefitType: 'WW',
        startDate: '2026-01-06',
      }),
      ev('g', 'outflow.registered', '2026-04-20T10:00:00+02:00', {
        reason: 'regular_work',
        date: '2026-04-20',
      }),
    ];
    const t1 = await figures(events, '2026-T1');
    expect(t1('outflowWork.total')).toBe(2);
    expect(t1('preventionWw.total')).toBe(1);
    expect(t1('friction.total')).toBe(1);
    expect(t1('outflowWork.WW')).toBe(1);
    expect(t1('outflowWork.NUG')).toBe(1);
  });
});

describe('process figures', () => {
  const events = [
    registered('h', '2026-03-02T09:00:00+01:00'),
    ev('h', 'caseManager.assigned', '2026-03-02T12:00:00+01:00', { caseManagerId: 'km-1' }),
    ev('h', 'intake.completed', '2026-03-02T12:00:00+01:00', { eligibleBenefit: 'WWB', workFirst: true }),
    ev('h', 'task.completed', '2026-03-03T12:00:00+01:00', { kind: 'work_first_placement' }),
    ev('h', 'agreement.added', '2026-03-05T09:00:00+01:00', {}),
    ev('h', 'participationStep.set', '2026-03-10T09:00:00+01:00', { step: 4, previousStep: 3 }),
    ev('h', 'participationStep.set', '2026-03-20T09:00:00+01:00', { step: 2, previousStep: 4 }),
    registered('i', '2026-03-02T09:00:00+01:00'),
    ev('i', 'caseManager.assigned', '2026-03-04T09:00:00+01:00', { caseManagerId: 'km-2' }),
    ev('i', 'intake.completed', '2026-03-04T09:00:00+01:00', { eligibleBenefit: null, workFirst: true }),
    ev('i', 'agreement.added', '2026-03-04T10:00:00+01:00', {}),
    ev(
      'i',
      'nomination.feedback',
      '2026-03-25T10:00:00+01:00',
      { outcome: 'hired', vacancyId: 'v1' },
      'westland',
      'mm-1',
    ),
  ];

  it('lead times, follow-up within 24 hours and Work First within 48 hours', async () => {
    const march = await figures(events, '2026-03');
    expect(march('leadTimeIntake.n')).toBe(2);
    expect(march('leadTimeIntake.median')).toBe(25.5); // 3 and 48 hours
    expect(march('leadTimeAgreement.median')).toBe(60.5); // 72 and 49 hours
    expect(march('followUp24h.count')).toBe(1);
    expect(march('followUp24h.share')).toBe(50);
    expect(march('workFirst48h.intakes')).toBe(2);
    expect(march('workFirst48h.count')).toBe(1);
  });

  it('ladder moves, caseload per klantmanager and placements per matchmaker', async () => {
    const march = await figures(events, '2026-03');
    expect(march('ladderUp.total')).toBe(1);
    expect(march('ladderDown.total')).toBe(1);
    expect(march('caseload.total')).toBe(2);
    expect(march('caseload.caseManagers')).toBe(2);
    expect(march('caseload.caseManager:km-1')).toBe(1);
    expect(march('placements.total')).toBe(1);
    expect(march('placements.matchmaker:mm-1')).toBe(1);
  });
});

describe('periods', () => {
  it('knows months, tertalen and years', () => {
    expect(periodOf('2026-T2')).toMatchObject({ from: '2026-05-01', to: '2026-08-31', kind: 'tertaal' });
    expect(periodOf('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('2026')).toMatchObject({ firstMonth: '2026-01', lastMonth: '2026-12' });
  });

  it('refuses unknown and future periods with stable codes', () => {
    expect(() => parsePeriod('2026-T4', '2026-12-05')).toThrow(
      expect.objectContaining({ code: 'unknown_period' }),
    );
    expect(() => parsePeriod('2026-13', '2026-12-05')).toThrow(
      expect.objectContaining({ code: 'unknown_period' }),
    );
    expect(() => parsePeriod('2027-T1', '2026-12-05')).toThrow(
      expect.objectContaining({ code: 'period_in_future' }),
    );
    expect(parsePeriod('2026-T3', '2026-12-05').key).toBe('2026-T3');
  });
});
