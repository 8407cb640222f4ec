import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import { ZCandidateList, ZMatchQuery, ZVacancyMatchList } from '../../../contracts/matching.ts';
import type { Ctx } from '../../context.ts';
import { candidatesForVacancy, vacanciesForJobseeker } from './matching.service.ts';

export const matchingRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['matching'];
  r.get(
    '/api/vacancies/:id/candidates',
    {
      schema: {
        tags,
        summary: 'The best activated jobseekers for a vacancy, each with why (criteria and bridges)',
        params: ZIdParams,
        querystring: ZMatchQuery,
        response: { 200: ZCandidateList },
      },
    },
    async (request) => candidatesForVacancy(ctxOf(request), request.params.id, request.query),
  );
  r.get(
    '/api/jobseekers/:id/vacancies',
    {
      schema: {
        tags,
        summary: 'The best open vacancies for a jobseeker, each with why',
        params: ZIdParams,
        querystring: ZMatchQuery,
        response: { 200: ZVacancyMatchList },
      },
    },
    async (request) => vacanciesForJobseeker(ctxOf(request), request.params.id, request.query),
  );
};
