import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZReferral,
  ZReferralAnswer,
  ZReferralList,
  ZReferralRequest,
  ZWorklist,
  ZWorklistQuery,
} from '../../../contracts/referral.ts';
import type { Ctx } from '../../context.ts';
import {
  answerReferral,
  createReferral,
  getWorklist,
  listReferrals,
  markSignalSeen,
  withdrawReferral,
} from './referral.service.ts';

export const referralRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  r.get(
    '/api/jobseekers/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Referrals in the dossier with their answers (a back-office unit sees its own)',
        params: ZIdParams,
        response: { 200: ZReferralList },
      },
    },
    async (request) => listReferrals(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/jobseekers/:id/referrals',
    {
      schema: {
        tags,
        summary:
          'Refer to a back-office unit or an external provider (a second open one to a unit: 409 duplicate_referral)',
        params: ZIdParams,
        body: ZReferralRequest,
        response: { 201: ZReferral },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createReferral(ctxOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/referrals/:id/answer',
    {
      schema: {
        tags,
        summary: "Answer an open referral (the unit's signal to the klantmanager); not open: 409 conflict",
        params: ZIdParams,
        body: ZReferralAnswer,
        response: { 200: ZReferral },
      },
    },
    async (request) => answerReferral(ctxOf(request), request.params.id, request.body.answer),
  );
  r.post(
    '/api/referrals/:id/withdraw',
    {
      schema: { tags, summary: 'Withdraw an open referral', params: ZIdParams, response: { 200: ZReferral } },
    },
    async (request) => withdrawReferral(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/referrals/:id/seen',
    {
      schema: {
        tags,
        summary: "Mark the answer's signal seen (the referring or the jobseeker's klantmanager)",
        params: ZIdParams,
        response: { 200: ZReferral },
      },
    },
    async (request) => markSignalSeen(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/worklist',
    {
      schema: {
        tags,
        summary: "The back-office unit's worklist: open referrals oldest first, or answered ones",
        querystring: ZWorklistQuery,
        response: { 200: ZWorklist },
      },
    },
    async (request) => getWorklist(ctxOf(request), request.query),
  );
};
