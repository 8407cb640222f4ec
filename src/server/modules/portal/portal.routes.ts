import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZAgreementAccept,
  ZAgreementDone,
  ZContactChange,
  ZPortalAgreement,
  ZPortalHome,
  ZPortalLog,
  ZPortalLogQuery,
} from '../../../contracts/portal.ts';
import type { CitizenCtx } from '../../context.ts';
import {
  acceptAgreement,
  appointmentIcs,
  changeContact,
  completeAgreement,
  getHome,
  getMyProcessingLog,
} from './portal.service.ts';

/** The portal's API: every route acts for the logged-in citizen on his own dossier only. */
export const portalRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => CitizenCtx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['portal'];

  r.get('/api/portal/home', { schema: { tags, response: { 200: ZPortalHome } } }, async (request) =>
    getHome(ctxOf(request)),
  );

  r.get('/api/portal/appointments/:id/ics', { schema: { tags, params: ZIdParams } }, async (request, reply) =>
    reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="afspraak.ics"')
      .send(await appointmentIcs(ctxOf(request), request.params.id)),
  );

  r.post(
    '/api/portal/agreements/:id/accept',
    { schema: { tags, params: ZIdParams, body: ZAgreementAccept, response: { 200: ZPortalAgreement } } },
    async (request) => acceptAgreement(ctxOf(request), request.params.id, request.body.version),
  );

  r.post(
    '/api/portal/agreements/:id/done',
    { schema: { tags, params: ZIdParams, body: ZAgreementDone, response: { 200: ZPortalAgreement } } },
    async (request) => completeAgreement(ctxOf(request), request.params.id, request.body),
  );

  r.put(
    '/api/portal/contact',
    {
      schema: {
        tags,
        body: ZContactChange,
        response: {
          200: z.object({ phone: z.string().nullable(), email: z.string().nullable(), version: z.number() }),
        },
      },
    },
    async (request) => changeContact(ctxOf(request), request.body),
  );

  r.get(
    '/api/portal/processing-log',
    { schema: { tags, querystring: ZPortalLogQuery, response: { 200: ZPortalLog } } },
    async (request) => getMyProcessingLog(ctxOf(request), request.query.page),
  );
};
