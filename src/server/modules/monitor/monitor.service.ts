import { labourMarketRegions } from '../../../contracts/labour-market-regions.ts';
import {
  benefitGroupOf,
  type TDrilldown,
  type TDrilldownQuery,
  type TFigure,
  type TMonitorFigures,
  type TMonitorQuery,
} from '../../../contracts/monitor.ts';
import type { TBenefitType } from '../../../contracts/intake.ts';
import { werkpleinQuery, type Trx } from '../../command/command.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { amsterdamDate } from '../caseload/amsterdam-day.ts';
import { applyDisclosureControl } from './disclosure.ts';
import type { CaseFact } from './kpi/case-facts.ts';
import { computeKpis, KPI_VERSION } from './kpi/figures.ts';
import { measuresOf, type Measure } from './kpi/measures.ts';
import { lastYearOf, parsePeriod, type Period } from './kpi/periods.ts';
import { monitorRepository, storeSource } from './monitor.repository.ts';

interface Scope {
  key: string;
  kind: 'werkplein' | 'region' | 'national';
  name: string;
  /** Undefined: every Werkplein. */
  werkpleinIds: string[] | undefined;
}

const resolveScope = async (trx: Trx, key: string): Promise<Scope> => {
  const unknown = () => new DomainError('unknown_scope', 'Unknown scope', { scope: key });
  if (key === 'national') return { key, kind: 'national', name: 'Nederland', werkpleinIds: undefined };
  const [kind, id] = key.split(':') as [string, string | undefined];
  if (kind === 'werkplein' && id) {
    const werkplein = await monitorRepository.werkplein(trx, id);
    if (!werkplein) throw unknown();
    return { key, kind: 'werkplein', name: werkplein.name, werkpleinIds: [werkplein.id] };
  }
  if (kind === 'region' && id) {
    const region = labourMarketRegions.find((r) => r.code === id);
    if (!region) throw unknown();
    return {
      key,
      kind: 'region',
      name: region.name,
      werkpleinIds: await monitorRepository.werkpleinenInRegion(trx, region.code),
    };
  }
  throw unknown();
};

const periodInfo = (p: Period) => ({ key: p.key, kind: p.kind, from: p.from, to: p.to });

/**
 * The KPIs for a scope and period with the same period last year beside them. Aggregates only:
 * no person's data is processed (no log line). Only the MT reading its own Werkplein sees the
 * unsuppressed figures and the per-person rows; every other answer goes through disclosure control.
 */
export const getFigures = (ctx: Ctx, query: TMonitorQuery): Promise<TMonitorFigures> => {
  const period = parsePeriod(query.period, amsterdamDate(ctx.clock.now()));
  return werkpleinQuery(ctx, { action: 'monitor.read', activity: 'monitorDrilldown' }, async (trx) => {
    const scope = await resolveScope(trx, query.scope.trim());
    const own =
      scope.kind === 'werkplein' &&
      ctx.actor.roles.includes('management') &&
      ctx.actor.werkpleinIds.includes(scope.werkpleinIds?.[0] ?? '');
    const source = storeSource(trx, scope.werkpleinIds);
    const today = amsterdamDate(ctx.clock.now());
    const figuresOf = async (p: Period): Promise<TFigure[]> => {
      const table = await computeKpis(source, p, { today, perPerson: own });
      const cells = own
        ? table.cells.map((c) => ({ ...c, suppressed: false }))
        : applyDisclosureControl(table.cells, table.equations);
      const people = cells.flatMap((c) => (c.cell.includes(':') ? [c.cell.split(':')[1] as string] : []));
      const names = await monitorRepository.employeeNames(trx, people);
      return cells.map((c) => {
        const person = c.cell.includes(':') ? names.get(c.cell.split(':')[1] as string) : undefined;
        return {
          kpi: c.kpi,
          cell: c.cell,
          unit: c.unit,
          value: c.value === null ? null : Math.round(c.value * 10) / 10,
          suppressed: c.suppressed,
          ...(person ? { label: person } : {}),
        };
      });
    };
    const lastYear = lastYearOf(period);
    const updatedUntil = await monitorRepository.updatedUntil(trx);
    return {
      result: {
        scope: { key: scope.key, kind: scope.kind, name: scope.name },
        period: periodInfo(period),
        lastYear: periodInfo(lastYear),
        figures: await figuresOf(period),
        lastYearFigures: await figuresOf(lastYear),
        disclosureControlled: !own,
        updatedUntil: updatedUntil?.toISOString() ?? null,
        kpiVersion: KPI_VERSION,
      },
      log: false,
    };
  });
};

/** Which measure and breakdowns a drill-down cell counts (the same rows the figure sums). */
const drilldownRule = (
  kpi: TDrilldownQuery['kpi'],
  cell: string,
): { measure: Measure; keep: (breakdown: string) => boolean } => {
  const all = () => true;
  switch (kpi) {
    case 'outflowWork':
      return {
        measure: 'outflowWork',
        keep: (b) => {
          const [benefit, reason] = b.split(':') as [TBenefitType, string];
          return cell === 'total' || cell === reason || cell === benefitGroupOf(benefit);
        },
      };
    case 'followUp24h':
      return { measure: cell === 'registrations' ? 'registrations' : 'followUp24h', keep: all };
    case 'workFirst48h':
      return { measure: cell === 'intakes' ? 'workFirst' : 'workFirst48h', keep: all };
    case 'stock':
      return {
        measure: 'stock',
        keep: (b) => cell === 'total' || cell === b || cell === benefitGroupOf(b as TBenefitType),
      };
    default:
      return { measure: kpi, keep: all };
  }
};

const outflowKpis: ReadonlySet<string> = new Set(['outflowWork', 'preventionWw', 'friction']);

/**
 * The cases behind a figure of one Werkplein, for its MT only (the dossier's rules: the national
 * viewer is refused, another Werkplein is not found); the log line names every person shown.
 */
export const getDrilldown = (ctx: Ctx, query: TDrilldownQuery): Promise<TDrilldown> => {
  const period = parsePeriod(query.period, amsterdamDate(ctx.clock.now()));
  return werkpleinQuery(
    ctx,
    {
      action: 'monitor.drilldown',
      activity: 'monitorDrilldown',
      werkpleinId: query.werkpleinId,
      object: { type: 'monitor-figure', id: `${query.kpi}.${query.cell}` },
    },
    async (trx) => {
      const rule = drilldownRule(query.kpi, query.cell);
      const candidates = await monitorRepository.candidateFacts(
        trx,
        query.werkpleinId,
        period.from,
        period.to,
      );
      const rows = candidates.flatMap((row) => {
        const fact = row.fact as CaseFact;
        const measures = measuresOf(fact).filter(
          (m) => m.measure === rule.measure && m.werkpleinId === query.werkpleinId && rule.keep(m.breakdown),
        );
        const counts =
          rule.measure === 'stock'
            ? measures.filter((m) => m.month <= period.lastMonth).reduce((s, m) => s + m.value, 0) > 0
            : measures.some((m) => m.month >= period.firstMonth && m.month <= period.lastMonth);
        if (!counts) return [];
        return [
          {
            bsn: row.bsn,
            item: {
              jobseekerId: row.id,
              dossierNumber: row.dossier_number,
              name: [row.given_names, row.surname_prefix, row.surname].filter(Boolean).join(' '),
              date: outflowKpis.has(query.kpi) ? (fact.outflow?.on ?? fact.registeredOn) : fact.registeredOn,
              benefit: fact.outflow?.benefit ?? fact.segments.at(-1)?.benefit ?? 'geen',
            },
          },
        ];
      });
      rows.sort(
        (a, b) =>
          a.item.date.localeCompare(b.item.date) || a.item.dossierNumber.localeCompare(b.item.dossierNumber),
      );
      const shown = rows.slice(0, 500);
      return {
        result: { items: shown.map((r) => r.item), total: rows.length },
        log: { subjectBsns: shown.map((r) => r.bsn) },
      };
    },
  );
};
