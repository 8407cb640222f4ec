import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import { ZProfile, ZProfileUpdate } from '../../../contracts/profile.ts';
import type { Ctx } from '../../context.ts';
import { getProfile, updateProfile } from './profile.service.ts';

export const profileRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dossier'];
  r.get(
    '/api/jobseekers/:id/profile',
    {
      schema: {
        tags,
        summary: 'Work, education and availability of a jobseeker',
        params: ZIdParams,
        response: { 200: ZProfile },
      },
    },
    async (request) => getProfile(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/jobseekers/:id/profile',
    {
      schema: {
        tags,
        summary: 'Save the whole profile; a stale version answers 409 conflict with the current profile',
        params: ZIdParams,
        body: ZProfileUpdate,
        response: { 200: ZProfile },
      },
    },
    async (request) => updateProfile(ctxOf(request), request.params.id, request.body),
  );
};
