import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZAddBenefitRequest,
  ZAssignRequest,
  ZBenefitList,
  ZBenefitParams,
  ZBenefitPeriod,
  ZBulkAssignRequest,
  ZBulkAssignResponse,
  ZCaseAssignment,
  ZCaseManagerSuggestionQuery,
  ZCaseManagerSuggestions,
  ZCaseOverview,
  ZChangeBenefitRequest,
  ZEndBenefitRequest,
  ZIntake,
  ZIntakeRequest,
  ZRegistration,
  ZRegistrationRequest,
} from '../../../contracts/intake.ts';
import type { Ctx } from '../../context.ts';
import { addBenefit, caseOverview, changeBenefit, endBenefit, listBenefits } from './benefit.service.ts';
import { reassignCase, reassignCases, suggestCaseManagers } from './case-assignment.service.ts';
import { performIntake } from './intake.service.ts';
import { recordRegistration } from './registration.service.ts';

/** Registration, intake, klantmanager assignment and benefits. */
export const intakeRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/registrations',
    {
      schema: {
        tags: ['intake'],
        summary:
          'Record a registration (desk, phone, e-mail, web) and route it: intake, debt assistance, Bbz, third party',
        body: ZRegistrationRequest,
        response: { 201: ZRegistration },
      },
    },
    async (request, reply) => reply.code(201).send(await recordRegistration(ctxOf(request), request.body)),
  );
  r.post(
    '/api/jobseekers/:id/intake',
    {
      schema: {
        tags: ['intake'],
        summary:
          'Record the intake (quickscan) and assign the one klantmanager; Work First creates due tasks',
        params: ZIdParams,
        body: ZIntakeRequest,
        response: { 201: ZIntake },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await performIntake(ctxOf(request), request.params.id, request.body)),
  );
  r.get(
    '/api/jobseekers/:id/case-manager-suggestions',
    {
      schema: {
        tags: ['intake'],
        summary: 'Klantmanagers ranked by partner match (by benefit) and caseload',
        params: ZIdParams,
        querystring: ZCaseManagerSuggestionQuery,
        response: { 200: ZCaseManagerSuggestions },
      },
    },
    async (request) => suggestCaseManagers(ctxOf(request), request.params.id, request.query),
  );
  r.put(
    '/api/jobseekers/:id/case-manager',
    {
      schema: {
        tags: ['intake'],
        summary: 'Reassign the case to another klantmanager of the same Werkplein',
        params: ZIdParams,
        body: ZAssignRequest,
        response: { 200: ZCaseAssignment },
      },
    },
    async (request) => reassignCase(ctxOf(request), request.params.id, request.body.caseManagerId),
  );
  r.post(
    '/api/case-assignments',
    {
      schema: {
        tags: ['intake'],
        summary: 'Reassign many cases to one klantmanager, all or nothing',
        body: ZBulkAssignRequest,
        response: { 200: ZBulkAssignResponse },
      },
    },
    async (request) => reassignCases(ctxOf(request), request.body),
  );
  r.get(
    '/api/jobseekers/:id/case-overview',
    {
      schema: {
        tags: ['intake'],
        summary: 'The klantmanager and the benefits of a jobseeker',
        params: ZIdParams,
        response: { 200: ZCaseOverview },
      },
    },
    async (request) => caseOverview(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/jobseekers/:id/benefits',
    {
      schema: {
        tags: ['intake'],
        summary: 'Benefit periods of a jobseeker',
        params: ZIdParams,
        response: { 200: ZBenefitList },
      },
    },
    async (request) => listBenefits(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/jobseekers/:id/benefits',
    {
      schema: {
        tags: ['intake'],
        summary: 'Add a benefit period (no overlap with the same benefit)',
        params: ZIdParams,
        body: ZAddBenefitRequest,
        response: { 201: ZBenefitPeriod },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addBenefit(ctxOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/jobseekers/:id/benefits/:benefitId/end',
    {
      schema: {
        tags: ['intake'],
        summary: 'End a benefit period',
        params: ZBenefitParams,
        body: ZEndBenefitRequest,
        response: { 200: ZBenefitPeriod },
      },
    },
    async (request) =>
      endBenefit(ctxOf(request), request.params.id, request.params.benefitId, request.body.endDate),
  );
  r.post(
    '/api/jobseekers/:id/benefits/change',
    {
      schema: {
        tags: ['intake'],
        summary: 'Change of benefit (WW → WWB) on the same case: the running one ends, the new one starts',
        params: ZIdParams,
        body: ZChangeBenefitRequest,
        response: { 200: ZBenefitList },
      },
    },
    async (request) => changeBenefit(ctxOf(request), request.params.id, request.body),
  );
};
