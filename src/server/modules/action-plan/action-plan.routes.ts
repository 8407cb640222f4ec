import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZActionPlan,
  ZAgreement,
  ZAgreementInput,
  ZAgreementParams,
  ZAgreementUpdate,
  ZDiagnosis,
  ZDiagnosisUpdate,
} from '../../../contracts/action-plan.ts';
import { ZIdParams } from '../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import { addAgreement, getActionPlan, saveDiagnosis, updateAgreement } from './action-plan.service.ts';

export const actionPlanRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['action plan'];
  r.get(
    '/api/jobseekers/:id/action-plan',
    {
      schema: {
        tags,
        summary: 'The diagnosis and the agreements of the action plan',
        params: ZIdParams,
        response: { 200: ZActionPlan },
      },
    },
    async (request) => getActionPlan(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/jobseekers/:id/diagnosis',
    {
      schema: {
        tags,
        summary: 'Record the diagnosis (version 0 creates it); a stale version answers 409 conflict',
        params: ZIdParams,
        body: ZDiagnosisUpdate,
        response: { 200: ZDiagnosis },
      },
    },
    async (request) => saveDiagnosis(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/jobseekers/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Add an agreement to the action plan',
        params: ZIdParams,
        body: ZAgreementInput,
        response: { 201: ZAgreement },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addAgreement(ctxOf(request), request.params.id, request.body)),
  );
  r.put(
    '/api/jobseekers/:id/agreements/:agreementId',
    {
      schema: {
        tags,
        summary:
          'Change an agreement or its status; a stale version answers 409 conflict with the current one',
        params: ZAgreementParams,
        body: ZAgreementUpdate,
        response: { 200: ZAgreement },
      },
    },
    async (request) =>
      updateAgreement(ctxOf(request), request.params.id, request.params.agreementId, request.body),
  );
};
