import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZDrilldown, ZDrilldownQuery, ZMonitorFigures, ZMonitorQuery } from '../../../contracts/monitor.ts';
import type { Ctx } from '../../context.ts';
import { getDrilldown, getFigures } from './monitor.service.ts';

export const monitorRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitor'];
  r.get(
    '/api/monitor/figures',
    {
      schema: {
        tags,
        summary:
          'Every KPI for a scope (werkplein:<id>, region:AMnn, national) and period (2026, 2026-T1, 2026-03), ' +
          'with the same period last year; suppressed unless the MT reads its own Werkplein (monitor.read)',
        querystring: ZMonitorQuery,
        response: { 200: ZMonitorFigures },
      },
    },
    async (request) => getFigures(ctxOf(request), request.query),
  );
  r.get(
    '/api/monitor/drilldown',
    {
      schema: {
        tags,
        summary: 'The cases behind a figure of one Werkplein, for its MT (monitor.drilldown; logged)',
        querystring: ZDrilldownQuery,
        response: { 200: ZDrilldown },
      },
    },
    async (request) => getDrilldown(ctxOf(request), request.query),
  );
};
