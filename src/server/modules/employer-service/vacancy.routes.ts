import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZAgreementRequest,
  ZMyOpenVacancyList,
  ZVacancy,
  ZVacancyInput,
  ZVacancyList,
  ZVacancyListQuery,
  ZVacancyUpdate,
} from '../../../contracts/vacancy.ts';
import type { Ctx } from '../../context.ts';
import {
  createVacancy,
  getVacancy,
  listMyOpenVacancies,
  listVacancies,
  recordAgreement,
  updateVacancy,
} from './vacancy.service.ts';

export const vacancyRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vacancies'];
  r.get(
    '/api/vacancies',
    { schema: { tags, querystring: ZVacancyListQuery, response: { 200: ZVacancyList } } },
    async (request) => listVacancies(ctxOf(request), request.query),
  );
  r.get(
    '/api/my-open-vacancies',
    {
      schema: {
        tags,
        summary: "The matchmaker's open vacancies with positions left and their nominations per status",
        response: { 200: ZMyOpenVacancyList },
      },
    },
    async (request) => listMyOpenVacancies(ctxOf(request)),
  );
  r.get(
    '/api/vacancies/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZVacancy } } },
    async (request) => getVacancy(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/employers/:id/vacancies',
    {
      schema: {
        tags,
        summary: 'A vacancy of any kind for this employer',
        params: ZIdParams,
        body: ZVacancyInput,
        response: { 201: ZVacancy },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createVacancy(ctxOf(request), request.params.id, request.body)),
  );
  r.put(
    '/api/vacancies/:id',
    { schema: { tags, params: ZIdParams, body: ZVacancyUpdate, response: { 200: ZVacancy } } },
    async (request) => updateVacancy(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/vacancies/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Record an agreement made with the employer as agreed',
        params: ZIdParams,
        body: ZAgreementRequest,
        response: { 200: ZVacancy },
      },
    },
    async (request) => recordAgreement(ctxOf(request), request.params.id, request.body),
  );
};
