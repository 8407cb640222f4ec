import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZActivity,
  ZActivityEmployerParams,
  ZActivityInput,
  ZActivityJobseekerParams,
  ZActivityList,
  ZActivityListQuery,
  ZActivityStatusRequest,
  ZActivityUpdate,
  ZAttendanceRequest,
  ZEmployerParticipation,
  ZEmployerParticipationRequest,
  ZEmployerParticipationUpdate,
  ZJobseekerParticipation,
  ZJobseekerParticipationRequest,
  ZOrganiserList,
  ZOrganiserQuery,
  ZParticipationStatusRequest,
} from '../../../contracts/labour-market-activity.ts';
import type { Ctx } from '../../context.ts';
import {
  addEmployer,
  addJobseeker,
  changeActivityStatus,
  changeEmployerVacancies,
  createActivity,
  getActivity,
  listActivities,
  listOrganisers,
  moveJobseeker,
  recordAttendance,
  removeEmployer,
  updateActivity,
} from './labour-market-activity.service.ts';

export const labourMarketActivityRoutes = (
  app: FastifyInstance,
  ctxOf: (request: FastifyRequest) => Ctx,
): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['labour-market activities'];
  const base = '/api/labour-market-activities';
  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'Upcoming activities soonest first, or past ones latest first',
        querystring: ZActivityListQuery,
        response: { 200: ZActivityList },
      },
    },
    async (request) => listActivities(ctxOf(request), request.query),
  );
  r.get(
    `${base}/organisers`,
    {
      schema: {
        tags,
        summary: 'The matchmakers who may organise an activity of the Werkplein',
        querystring: ZOrganiserQuery,
        response: { 200: ZOrganiserList },
      },
    },
    async (request) => listOrganisers(ctxOf(request), request.query.werkpleinId),
  );
  r.get(
    `${base}/:id`,
    { schema: { tags, params: ZIdParams, response: { 200: ZActivity } } },
    async (request) => getActivity(ctxOf(request), request.params.id),
  );
  r.post(
    base,
    { schema: { tags, body: ZActivityInput, response: { 201: ZActivity } } },
    async (request, reply) => reply.code(201).send(await createActivity(ctxOf(request), request.body)),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: ZIdParams, body: ZActivityUpdate, response: { 200: ZActivity } } },
    async (request) => updateActivity(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    `${base}/:id/status`,
    {
      schema: {
        tags,
        summary: 'Complete (from the day on) or cancel a planned activity',
        params: ZIdParams,
        body: ZActivityStatusRequest,
        response: { 200: ZActivity },
      },
    },
    async (request) => changeActivityStatus(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    `${base}/:id/employers`,
    {
      schema: {
        tags,
        summary: 'An employer of the Werkplein takes part, with which of its open vacancies',
        params: ZIdParams,
        body: ZEmployerParticipationRequest,
        response: { 201: ZEmployerParticipation },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addEmployer(ctxOf(request), request.params.id, request.body)),
  );
  r.put(
    `${base}/:id/employers/:employerId`,
    {
      schema: {
        tags,
        params: ZActivityEmployerParams,
        body: ZEmployerParticipationUpdate,
        response: { 200: ZEmployerParticipation },
      },
    },
    async (request) =>
      changeEmployerVacancies(ctxOf(request), request.params.id, request.params.employerId, request.body),
  );
  r.delete(
    `${base}/:id/employers/:employerId`,
    { schema: { tags, params: ZActivityEmployerParams } },
    async (request, reply) => {
      await removeEmployer(ctxOf(request), request.params.id, request.params.employerId);
      return reply.code(204).send();
    },
  );
  r.post(
    `${base}/:id/jobseekers`,
    {
      schema: {
        tags,
        summary: 'Invite or register a jobseeker of the Werkplein, by id or dossier number',
        params: ZIdParams,
        body: ZJobseekerParticipationRequest,
        response: { 201: ZJobseekerParticipation },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addJobseeker(ctxOf(request), request.params.id, request.body)),
  );
  r.post(
    `${base}/:id/jobseekers/:jobseekerId/status`,
    {
      schema: {
        tags,
        summary: 'Before the day: register an invited jobseeker, or withdraw one',
        params: ZActivityJobseekerParams,
        body: ZParticipationStatusRequest,
        response: { 200: ZJobseekerParticipation },
      },
    },
    async (request) =>
      moveJobseeker(ctxOf(request), request.params.id, request.params.jobseekerId, request.body),
  );
  r.put(
    `${base}/:id/jobseekers/:jobseekerId/attendance`,
    {
      schema: {
        tags,
        summary: 'From the day on: attended or not, and an optional follow-up at an employer',
        params: ZActivityJobseekerParams,
        body: ZAttendanceRequest,
        response: { 200: ZJobseekerParticipation },
      },
    },
    async (request) =>
      recordAttendance(ctxOf(request), request.params.id, request.params.jobseekerId, request.body),
  );
};
