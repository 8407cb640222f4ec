import {
  benefitGroupOf,
  benefitGroups,
  disabilityBenefits,
  type TKpiKey,
} from '../../../../contracts/monitor.ts';
import type { TBenefitType } from '../../../../contracts/intake.ts';
import type { Cell } from '../disclosure.ts';
import { addMonths } from './case-facts.ts';
import type { Measure } from './measures.ts';
import { previousMonth, type Period } from './periods.ts';

/**
 * The KPI definitions as code: every figure of the monitor computed from the derived store's
 * measures (docs/kpi.md describes each in words). Bump the version when a rule changes: reports
 * name the version they were computed with.
 */
export const KPI_VERSION = '2026-12-05.1';

/** Where the measures come from: the derived store (SQL) or, in unit tests, folded events. */
export interface MeasureSource {
  /** Sum per breakdown of a flow measure over the months [first, last]. */
  flow(measure: Measure, firstMonth: string, lastMonth: string): Promise<Map<string, number>>;
  /** A stock measure per breakdown at the end of a month (the sum of its differences up to it). */
  stockAt(measure: Measure, month: string): Promise<Map<string, number>>;
  /** Hours from registration to intake or first agreement, for registrations in [from, to]. */
  leadTimes(kind: 'intake' | 'agreement', from: string, to: string): Promise<LeadTimes>;
}

export interface LeadTimes {
  n: number;
  median: number | null;
  p90: number | null;
}

/** One figure before disclosure control; `label` for a person's row (a klantmanager, a matchmaker). */
export interface KpiCell extends Cell {
  kpi: TKpiKey;
  cell: string;
  unit: 'count' | 'percent' | 'hours';
}

export interface KpiTable {
  cells: KpiCell[];
  equations: string[][];
}

const sum = (map: Map<string, number>, keep: (breakdown: string) => boolean = () => true): number => {
  let total = 0;
  for (const [key, value] of map) if (keep(key)) total += value;
  return total;
};

const percent = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

/**
 * Every KPI for a period, as one table of cells with the equations between them.
 * `perPerson` adds a row per klantmanager and per matchmaker (never for an aggregate-only reader).
 */
export const computeKpis = async (
  source: MeasureSource,
  period: Period,
  options: { today: string; perPerson: boolean },
): Promise<KpiTable> => {
  const cells: KpiCell[] = [];
  const equations: string[][] = [];
  const id = (kpi: TKpiKey, cell: string) => `${kpi}.${cell}`;
  const count = (kpi: TKpiKey, cell: string, value: number) =>
    cells.push({ id: id(kpi, cell), kpi, cell, unit: 'count', kind: 'count', value });
  const derived = (
    kpi: TKpiKey,
    cell: string,
    unit: KpiCell['unit'],
    value: number | null,
    of: { denominator?: string; numerator?: string } = {},
  ) =>
    cells.push({
      id: id(kpi, cell),
      kpi,
      cell,
      unit,
      kind: 'derived',
      value,
      ...(of.denominator ? { denominator: id(kpi, of.denominator) } : {}),
      ...(of.numerator ? { numerator: id(kpi, of.numerator) } : {}),
    });
  const flow = (measure: Measure) => source.flow(measure, period.firstMonth, period.lastMonth);
  const total = async (measure: Measure) => sum(await flow(measure));
  const share = (kpi: TKpiKey, part: number, whole: number, wholeCell: string, known = true) => {
    count(kpi, 'count', part);
    count(kpi, wholeCell, whole);
    derived(kpi, 'share', 'percent', known ? percent(part, whole) : null, {
      denominator: wholeCell,
      numerator: 'count',
    });
  };

  // Uitstroom naar werk: by the benefit on the outflow date, and by kind of work.
  const outflow = await flow('outflowWork');
  const benefitOf = (breakdown: string) => breakdown.split(':')[0] as TBenefitType;
  const reasonOf = (breakdown: string) => breakdown.split(':')[1] ?? '';
  for (const group of benefitGroups)
    count(
      'outflowWork',
      group,
      sum(outflow, (b) => benefitGroupOf(benefitOf(b)) === group),
    );
  for (const reason of ['regular_work', 'partial_work', 'subsidised_work'])
    count(
      'outflowWork',
      reason,
      sum(outflow, (b) => reasonOf(b) === reason),
    );
  const outflowTotal = sum(outflow);
  count('outflowWork', 'total', outflowTotal);
  equations.push(
    [...benefitGroups.map((g) => id('outflowWork', g)), id('outflowWork', 'total')],
    [
      ...['regular_work', 'partial_work', 'subsidised_work'].map((r) => id('outflowWork', r)),
      id('outflowWork', 'total'),
    ],
  );

  count('preventionWw', 'total', await total('preventionWw'));
  count('friction', 'total', await total('friction'));
  count('ladderUp', 'total', await total('ladderUp'));
  count('ladderDown', 'total', await total('ladderDown'));

  // Stand at the end of the period (or of this month for a period under way) and at the base date:
  // the end of the month before the period.
  const endMonth = period.lastMonth;
  const baseMonth = previousMonth(period.firstMonth);
  const [stockEnd, stockBase] = [
    await source.stockAt('stock', endMonth),
    await source.stockAt('stock', baseMonth),
  ];
  const stockCells = (prefix: string, stock: Map<string, number>) => {
    const name = (cell: string) => (prefix ? `${prefix}.${cell}` : cell);
    for (const group of benefitGroups)
      count(
        'stock',
        name(group),
        sum(stock, (b) => benefitGroupOf(b as TBenefitType) === group),
      );
    for (const code of disabilityBenefits) count('stock', name(code), stock.get(code) ?? 0);
    count('stock', name('total'), sum(stock));
    equations.push(
      [...benefitGroups.map((g) => id('stock', name(g))), id('stock', name('total'))],
      [...disabilityBenefits.map((c) => id('stock', name(c))), id('stock', name('AO'))],
    );
  };
  stockCells('', stockEnd);
  stockCells('base', stockBase);
  for (const cell of [...benefitGroups, 'total']) {
    const end = cells.find((c) => c.id === id('stock', cell))?.value ?? 0;
    const base = cells.find((c) => c.id === id('stock', `base.${cell}`))?.value ?? 0;
    derived('stock', `change.${cell}`, 'count', end - base);
    equations.push([id('stock', `change.${cell}`), id('stock', `base.${cell}`), id('stock', cell)]);
  }

  // Caseload per klantmanager at the end of the period.
  const caseload = await source.stockAt('caseload', endMonth);
  const managers = [...caseload].filter(([key, value]) => key !== 'none' && value > 0);
  const assigned = sum(new Map(managers));
  count('caseload', 'total', assigned);
  count('caseload', 'caseManagers', managers.length);
  count('caseload', 'unassigned', caseload.get('none') ?? 0);
  derived('caseload', 'average', 'count', managers.length > 0 ? assigned / managers.length : null, {
    denominator: 'caseManagers',
  });
  if (options.perPerson)
    for (const [manager, value] of managers) count('caseload', `caseManager:${manager}`, value);

  // Doorlooptijden, for registrations in the period.
  for (const [kpi, kind] of [
    ['leadTimeIntake', 'intake'],
    ['leadTimeAgreement', 'agreement'],
  ] as const) {
    const times = await source.leadTimes(kind, period.from, period.to);
    count(kpi, 'n', times.n);
    derived(kpi, 'median', 'hours', times.median, { denominator: 'n' });
    derived(kpi, 'p90', 'hours', times.p90, { denominator: 'n' });
  }

  share('followUp24h', await total('followUp24h'), await total('registrations'), 'registrations');
  share('workFirst48h', await total('workFirst48h'), await total('workFirst'), 'intakes');

  // Placements per matchmaker (vacancies filled).
  const placements = await flow('placements');
  const matchmakers = [...placements].filter(([key, value]) => key !== 'unknown' && value > 0);
  count('placements', 'total', sum(placements));
  count('placements', 'matchmakers', matchmakers.length);
  if (options.perPerson)
    for (const [matchmaker, value] of matchmakers) count('placements', `matchmaker:${matchmaker}`, value);

  // Duurzaamheid: of the outflow to work in the period, still out of benefit 6 and 12 months on —
  // known only once that time has passed for the whole period.
  for (const [kpi, measure, months] of [
    ['durability6', 'durable6', 6],
    ['durability12', 'durable12', 12],
  ] as const)
    share(kpi, await total(measure), outflowTotal, 'outflows', addMonths(period.to, months) <= options.today);

  return { cells, equations };
};
