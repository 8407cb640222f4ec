import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZRegionalPool,
  ZRegionalPoolList,
  ZRegionalPoolUpdate,
  ZWerkpleinParams,
} from '../../../contracts/regional-pool.ts';
import type { Ctx } from '../../context.ts';
import { listRegionalPools, updateRegionalPool } from './regional-pool.service.ts';

export const regionalPoolRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin', 'matching'];
  r.get(
    '/api/admin/regional-pool',
    {
      schema: {
        tags,
        summary: "The beheerder's Werkpleinen: arbeidsmarktregio and whether each shares its pool there",
        response: { 200: ZRegionalPoolList },
      },
    },
    async (request) => listRegionalPools(ctxOf(request)),
  );
  r.put(
    '/api/admin/regional-pool/:werkpleinId',
    {
      schema: {
        tags,
        summary: 'Set the arbeidsmarktregio of one of your Werkpleinen and whether it shares its pool there',
        params: ZWerkpleinParams,
        body: ZRegionalPoolUpdate,
        response: { 200: ZRegionalPool },
      },
    },
    async (request) => updateRegionalPool(ctxOf(request), request.params.werkpleinId, request.body),
  );
};
