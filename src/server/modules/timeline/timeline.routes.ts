import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import { ZTimelineQuery, ZTimelineResponse } from '../../../contracts/timeline.ts';
import type { Ctx } from '../../context.ts';
import { getTimeline } from './timeline.service.ts';

export const timelineRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/jobseekers/:id/timeline',
    {
      schema: {
        tags: ['dossier'],
        summary:
          'Every event of a case from every partner, newest first (filter by type and partner; keyset pages)',
        params: ZIdParams,
        querystring: ZTimelineQuery,
        response: { 200: ZTimelineResponse },
      },
    },
    async (request) => getTimeline(ctxOf(request), request.params.id, request.query),
  );
};
