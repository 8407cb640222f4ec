import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZCaseloadMatchesQuery, ZCaseloadMatchList } from '../../../contracts/caseload-matches.ts';
import type { Ctx } from '../../context.ts';
import { vacancyMatchesForCaseload } from './caseload-matches.service.ts';

export const caseloadMatchesRoutes = (
  app: FastifyInstance,
  ctxOf: (request: FastifyRequest) => Ctx,
): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/caseload/vacancy-matches',
    {
      schema: {
        tags: ['matching'],
        summary:
          "For each activated jobseeker of the klantmanager's caseload, the best open vacancies, each with why",
        querystring: ZCaseloadMatchesQuery,
        response: { 200: ZCaseloadMatchList },
      },
    },
    async (request) => vacancyMatchesForCaseload(ctxOf(request), request.query),
  );
};
