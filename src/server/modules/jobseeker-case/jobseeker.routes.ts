import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZJobseeker,
  ZJobseekerSearchQuery,
  ZJobseekerSearchResponse,
  ZRegisterJobseekerRequest,
} from '../../../contracts/jobseeker.ts';
import type { Ctx } from '../../context.ts';
import type { FastifyRequest } from 'fastify';
import { ZUpdatePersonRequest } from '../../../contracts/intake.ts';
import { getJobseeker, registerJobseeker, searchJobseekers, updateJobseeker } from './jobseeker.service.ts';

export const jobseekerRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/jobseekers',
    {
      schema: {
        tags: ['jobseekers'],
        summary: 'Search jobseekers by name, BSN or dossier number',
        querystring: ZJobseekerSearchQuery,
        response: { 200: ZJobseekerSearchResponse },
      },
    },
    async (request) => searchJobseekers(ctxOf(request), request.query),
  );
  r.get(
    '/api/jobseekers/:id',
    {
      schema: {
        tags: ['jobseekers'],
        summary: 'Open a jobseeker',
        params: ZIdParams,
        response: { 200: ZJobseeker },
      },
    },
    async (request) => getJobseeker(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/jobseekers/:id',
    {
      schema: {
        tags: ['jobseekers'],
        summary: 'Save personal and contact data; a stale version answers 409 conflict with the current data',
        params: ZIdParams,
        body: ZUpdatePersonRequest,
        response: { 200: ZJobseeker },
      },
    },
    async (request) => updateJobseeker(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/jobseekers',
    {
      schema: {
        tags: ['jobseekers'],
        summary: 'Register a jobseeker (an existing BSN answers 409 jobseeker_exists with its id)',
        body: ZRegisterJobseekerRequest,
        response: { 201: ZJobseeker },
      },
    },
    async (request, reply) => reply.code(201).send(await registerJobseeker(ctxOf(request), request.body)),
  );
};
