import { z } from 'zod';
import type { TBenefitType } from './intake.ts';

/**
 * The monitor's figures (issue 11). The rules live in src/server/modules/monitor/kpi and
 * docs/kpi.md; the Dutch names in the web's catalogue.
 */

/** The benefit groups of the reports: WW, arbeidsongeschikt, bijstand, nuggers, and the rest. */
export const benefitGroups = ['WW', 'AO', 'WWB', 'NUG', 'other'] as const;
export type TBenefitGroup = (typeof benefitGroups)[number];
/** Arbeidsongeschikt, as the reports' stock tables split it. */
export const disabilityBenefits = ['IVA', 'WGA', 'WIA', 'WAO', 'WAZ', 'Wajong'] as const;

export const benefitGroupOf = (benefit: TBenefitType): TBenefitGroup => {
  switch (benefit) {
    case 'WW':
      return 'WW';
    case 'IVA':
    case 'WGA':
    case 'WIA':
    case 'WAO':
    case 'WAZ':
    case 'Wajong':
      return 'AO';
    case 'WWB':
    case 'IOAW':
    case 'Bbz':
      return 'WWB';
    case 'geen':
      return 'NUG';
    case 'ANW':
      return 'other';
  }
};

/** Every KPI the monitor computes, in the order of the dashboard. */
export const kpiKeys = [
  'outflowWork',
  'preventionWw',
  'friction',
  'ladderUp',
  'ladderDown',
  'stock',
  'caseload',
  'leadTimeIntake',
  'leadTimeAgreement',
  'followUp24h',
  'workFirst48h',
  'placements',
  'durability6',
  'durability12',
] as const;
export type TKpiKey = (typeof kpiKeys)[number];

/** Month `2026-03`, tertaal `2026-T1` (Jan–Apr), `2026-T2` (May–Aug), `2026-T3` (Sep–Dec), year `2026`. */
export const ZPeriod = z.string().max(16);
/** `national`, `region:AM23` (CBS arbeidsmarktregio) or `werkplein:westland`. */
export const ZScope = z.string().max(80);

export const ZMonitorQuery = z.object({ period: ZPeriod, scope: ZScope });
export type TMonitorQuery = z.infer<typeof ZMonitorQuery>;

/**
 * One number of a KPI. `cell` names it within the KPI (`total`, a benefit group or code, an
 * outflow reason, `share`, `median`, …). A suppressed number is null with `suppressed: true`.
 */
export const ZFigure = z.object({
  kpi: z.enum(kpiKeys),
  cell: z.string(),
  unit: z.enum(['count', 'percent', 'hours']),
  value: z.number().nullable(),
  suppressed: z.boolean(),
  /** For a per-person row (a klantmanager, a matchmaker): his name. */
  label: z.string().optional(),
});
export type TFigure = z.infer<typeof ZFigure>;

export const ZPeriodInfo = z.object({
  key: z.string(),
  kind: z.enum(['month', 'tertaal', 'year']),
  /** First and last day (inclusive). */
  from: z.string(),
  to: z.string(),
});

export const ZMonitorFigures = z.object({
  scope: z.object({ key: z.string(), kind: z.enum(['werkplein', 'region', 'national']), name: z.string() }),
  period: ZPeriodInfo,
  lastYear: ZPeriodInfo,
  figures: z.array(ZFigure),
  lastYearFigures: z.array(ZFigure),
  /** Whether small numbers were suppressed (the answer reaches an aggregate-only reader). */
  disclosureControlled: z.boolean(),
  /** Time of the last case event included in the figures; null before the first refresh. */
  updatedUntil: z.string().nullable(),
  kpiVersion: z.string(),
});
export type TMonitorFigures = z.infer<typeof ZMonitorFigures>;

/** The figure to open: a countable KPI cell (outflow, placements, stock …) of a Werkplein. */
export const ZDrilldownQuery = z.object({
  period: ZPeriod,
  werkpleinId: z.string().min(1).max(64),
  kpi: z.enum(['outflowWork', 'preventionWw', 'friction', 'stock', 'followUp24h', 'workFirst48h']),
  cell: z.string().max(40).default('total'),
});
export type TDrilldownQuery = z.infer<typeof ZDrilldownQuery>;

export const ZDrilldownCase = z.object({
  jobseekerId: z.string(),
  dossierNumber: z.string(),
  name: z.string(),
  /** The day that makes the case count (outflow date, registration day …). */
  date: z.string(),
  benefit: z.string(),
});
export const ZDrilldown = z.object({ items: z.array(ZDrilldownCase), total: z.number() });
export type TDrilldown = z.infer<typeof ZDrilldown>;
