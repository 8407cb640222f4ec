import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZCaseloadQuery,
  ZCaseloadResponse,
  ZMyDayResponse,
  ZTaskCompleted,
  ZTeamQuery,
  ZTeamResponse,
} from '../../../contracts/caseload.ts';
import { ZIdParams } from '../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { completeTask, getCaseload, getMyDay, getTeam } from './caseload.service.ts';

export const caseloadRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['caseload'];
  r.get(
    '/api/caseload',
    {
      schema: {
        tags,
        summary:
          "The klantmanager's active cases, most urgent first (caseload.read); the MT may name a klantmanager (team.read)",
        querystring: ZCaseloadQuery,
        response: { 200: ZCaseloadResponse },
      },
    },
    async (request) => getCaseload(ctxOf(request), request.query.caseManagerId),
  );
  r.get(
    '/api/my-day',
    {
      schema: {
        tags,
        summary: "Mijn dag: today's appointments, due and overdue tasks, new signals (task.manage)",
        response: { 200: ZMyDayResponse },
      },
    },
    async (request) => getMyDay(ctxOf(request)),
  );
  r.get(
    '/api/team',
    {
      schema: {
        tags,
        summary: 'Team view per klantmanager of a Werkplein (team.read)',
        querystring: ZTeamQuery,
        response: { 200: ZTeamResponse },
      },
    },
    async (request) => getTeam(ctxOf(request), request.query.werkpleinId),
  );
  r.post(
    '/api/tasks/:id/complete',
    {
      schema: {
        tags,
        summary: 'Mark one of your own tasks done (task.manage; only the assignee)',
        params: ZIdParams,
        response: { 200: ZTaskCompleted },
      },
    },
    async (request) => completeTask(ctxOf(request), request.params.id),
  );
};
