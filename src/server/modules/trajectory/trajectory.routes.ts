import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZInstrument,
  ZInstrumentInput,
  ZInstrumentList,
  ZInstrumentQuery,
  ZInstrumentUpdate,
  ZPurchase,
  ZPurchaseList,
  ZPurchaseRequest,
  ZPurchaseStatusUpdate,
} from '../../../contracts/trajectory.ts';
import type { Ctx } from '../../context.ts';
import {
  createInstrument,
  listInstruments,
  listPurchases,
  purchaseTrajectory,
  updateInstrument,
  updatePurchaseStatus,
} from './trajectory.service.ts';

export const trajectoryRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trajectories'];
  r.get(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'The trajectenboek',
        querystring: ZInstrumentQuery,
        response: { 200: ZInstrumentList },
      },
    },
    async (request) => listInstruments(ctxOf(request), request.query),
  );
  r.post(
    '/api/instruments',
    { schema: { tags, body: ZInstrumentInput, response: { 201: ZInstrument } } },
    async (request, reply) => reply.code(201).send(await createInstrument(ctxOf(request), request.body)),
  );
  r.put(
    '/api/instruments/:id',
    { schema: { tags, params: ZIdParams, body: ZInstrumentUpdate, response: { 200: ZInstrument } } },
    async (request) => updateInstrument(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/jobseekers/:id/purchases',
    { schema: { tags, params: ZIdParams, response: { 200: ZPurchaseList } } },
    async (request) => listPurchases(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/jobseekers/:id/purchases',
    {
      schema: {
        tags,
        summary: 'Buy a trajectory; the funding partner follows the benefit on the start date',
        params: ZIdParams,
        body: ZPurchaseRequest,
        response: { 201: ZPurchase },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await purchaseTrajectory(ctxOf(request), request.params.id, request.body)),
  );
  r.put(
    '/api/jobseekers/:id/purchases/:purchaseId',
    {
      schema: {
        tags,
        params: ZIdParams.extend({ purchaseId: z.uuid() }),
        body: ZPurchaseStatusUpdate,
        response: { 200: ZPurchase },
      },
    },
    async (request) =>
      updatePurchaseStatus(ctxOf(request), request.params.id, request.params.purchaseId, request.body),
  );
};
