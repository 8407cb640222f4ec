import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZFeedbackRequest,
  ZNomination,
  ZNominationList,
  ZNominationRequest,
  ZVacancyOffer,
  ZVacancyOfferList,
  ZVacancyOfferRequest,
} from '../../../contracts/nomination.ts';
import type { Ctx } from '../../context.ts';
import {
  listNominations,
  presentToEmployer,
  proposeNomination,
  recordFeedback,
  withdrawNomination,
} from './nomination.service.ts';
import { listVacancyOffers, markVacancyOfferSeen, offerVacancy } from './vacancy-offer.service.ts';

export const nominationRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['nominations'];
  r.get(
    '/api/vacancies/:id/nominations',
    { schema: { tags, params: ZIdParams, response: { 200: ZNominationList } } },
    async (request) => listNominations(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/vacancies/:id/nominations',
    {
      schema: {
        tags,
        summary: 'A klantmanager proposes an activated jobseeker for the vacancy',
        params: ZIdParams,
        body: ZNominationRequest,
        response: { 201: ZNomination },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeNomination(ctxOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/nominations/:id/presentation',
    {
      schema: {
        tags,
        summary: 'The matchmaker presents the candidate to the employer',
        params: ZIdParams,
        response: { 200: ZNomination },
      },
    },
    async (request) => presentToEmployer(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/nominations/:id/feedback',
    {
      schema: {
        tags,
        summary: "The employer's feedback: invited, rejected (with reason) or hired (the placement)",
        params: ZIdParams,
        body: ZFeedbackRequest,
        response: { 200: ZNomination },
      },
    },
    async (request) => recordFeedback(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/nominations/:id/withdrawal',
    {
      schema: {
        tags,
        summary: 'The klantmanager withdraws the candidate',
        params: ZIdParams,
        response: { 200: ZNomination },
      },
    },
    async (request) => withdrawNomination(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/vacancies/:id/offers',
    { schema: { tags, params: ZIdParams, response: { 200: ZVacancyOfferList } } },
    async (request) => listVacancyOffers(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/vacancies/:id/offers',
    {
      schema: {
        tags,
        summary: 'The matchmaker offers the vacancy to klantmanagers (shown on their Mijn dag)',
        params: ZIdParams,
        body: ZVacancyOfferRequest,
        response: { 200: ZVacancyOfferList },
      },
    },
    async (request) => offerVacancy(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/vacancy-offers/:id/seen',
    {
      schema: {
        tags,
        summary: 'The klantmanager has looked at an offered vacancy',
        params: ZIdParams,
        response: { 200: ZVacancyOffer },
      },
    },
    async (request) => markVacancyOfferSeen(ctxOf(request), request.params.id),
  );
};
