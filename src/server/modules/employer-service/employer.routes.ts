import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZContactRequest,
  ZContactResponse,
  ZEmployer,
  ZEmployerInput,
  ZEmployerList,
  ZEmployerListQuery,
  ZEmployerUpdate,
} from '../../../contracts/employer.ts';
import type { Ctx } from '../../context.ts';
import {
  createEmployer,
  getEmployer,
  listEmployers,
  logContact,
  updateEmployer,
} from './employer.service.ts';

export const employerRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['employers'];
  r.get(
    '/api/employers',
    { schema: { tags, querystring: ZEmployerListQuery, response: { 200: ZEmployerList } } },
    async (request) => listEmployers(ctxOf(request), request.query),
  );
  r.get(
    '/api/employers/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZEmployer } } },
    async (request) => getEmployer(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/employers',
    {
      schema: {
        tags,
        summary: 'Register an employer; a known KvK number answers 409 employer_exists with its id',
        body: ZEmployerInput,
        response: { 201: ZEmployer },
      },
    },
    async (request, reply) => reply.code(201).send(await createEmployer(ctxOf(request), request.body)),
  );
  r.put(
    '/api/employers/:id',
    { schema: { tags, params: ZIdParams, body: ZEmployerUpdate, response: { 200: ZEmployer } } },
    async (request) => updateEmployer(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/employers/:id/contacts',
    {
      schema: {
        tags,
        summary:
          "Record a contact with an employer; answers the matchmaker and other partners' recent contacts",
        params: ZIdParams,
        body: ZContactRequest,
        response: { 201: ZContactResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await logContact(ctxOf(request), request.params.id, request.body)),
  );
};
