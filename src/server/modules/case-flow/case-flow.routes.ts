import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZActivationRequest,
  ZCaseFlow,
  ZCaseFlowChange,
  ZHandoverRequest,
  ZOutflowRequest,
  ZParticipationStepRequest,
} from '../../../contracts/case-flow.ts';
import { ZIdParams } from '../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import {
  getCaseFlow,
  registerHandover,
  registerOutflow,
  setActivation,
  setParticipationStep,
} from './case-flow.service.ts';

export const caseFlowRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['case-flow'];
  const stale = 'a stale version answers 409 conflict with details.current';
  r.get(
    '/api/jobseekers/:id/case-flow',
    {
      schema: {
        tags,
        summary: 'Participatieladder, activation, outflow and handover of a case (jobseeker.read)',
        params: ZIdParams,
        response: { 200: ZCaseFlow },
      },
    },
    async (request) => getCaseFlow(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/jobseekers/:id/participation-step',
    {
      schema: {
        tags,
        summary: `Set the step on the participatieladder, 1–6 (case.manage); ${stale}`,
        params: ZIdParams,
        body: ZParticipationStepRequest,
        response: { 200: ZCaseFlowChange },
      },
    },
    async (request) => setParticipationStep(ctxOf(request), request.params.id, request.body),
  );
  r.put(
    '/api/jobseekers/:id/activation',
    {
      schema: {
        tags,
        summary: `Activate for matching, or not (case.manage); ${stale}`,
        params: ZIdParams,
        body: ZActivationRequest,
        response: { 200: ZCaseFlowChange },
      },
    },
    async (request) => setActivation(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/jobseekers/:id/outflow',
    {
      schema: {
        tags,
        summary: `Register outflow with reason and date; work reasons create an aftercare task (case.manage); ${stale}`,
        params: ZIdParams,
        body: ZOutflowRequest,
        response: { 200: ZCaseFlowChange },
      },
    },
    async (request) => registerOutflow(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/jobseekers/:id/handover',
    {
      schema: {
        tags,
        summary: `Hand over to the income consultants (a referral to unit income) (case.manage); ${stale}`,
        params: ZIdParams,
        body: ZHandoverRequest,
        response: { 200: ZCaseFlowChange },
      },
    },
    async (request) => registerHandover(ctxOf(request), request.params.id, request.body),
  );
};
