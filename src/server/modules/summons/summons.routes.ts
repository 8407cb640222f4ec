import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZSanctionDecisionRequest,
  ZSummons,
  ZSummonsList,
  ZSummonsRequest,
} from '../../../contracts/summons.ts';
import type { Ctx } from '../../context.ts';
import { decideSanction, issueSummons, listSummonses } from './summons.service.ts';

export const summonsRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['summonses'];
  r.get(
    '/api/jobseekers/:id/summonses',
    {
      schema: {
        tags,
        summary: 'Summonses of the jobseeker with their sanction decisions, newest first',
        params: ZIdParams,
        response: { 200: ZSummonsList },
      },
    },
    async (request) => listSummonses(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/jobseekers/:id/summonses',
    {
      schema: {
        tags,
        summary: 'Issue a summons after broken agreements (the first carries no sanction)',
        params: ZIdParams,
        body: ZSummonsRequest,
        response: { 201: ZSummons },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await issueSummons(ctxOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/summonses/:id/decision',
    {
      schema: {
        tags,
        summary:
          'Record the sanction decision (handhaving or inkomen, referred; a first summons: 409 sanction_not_possible)',
        params: ZIdParams,
        body: ZSanctionDecisionRequest,
        response: { 201: ZSummons },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await decideSanction(ctxOf(request), request.params.id, request.body)),
  );
};
