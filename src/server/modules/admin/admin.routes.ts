import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  ZEmployee,
  ZEmployeeChangeList,
  ZEmployeeChangeQuery,
  ZEmployeeInput,
  ZEmployeeList,
  ZEmployeeUpdate,
  ZReferenceData,
} from '../../../contracts/identity.ts';
import { ZProcessingLogQuery, ZProcessingLogResponse } from '../../../contracts/processing-log.ts';
import type { Ctx } from '../../context.ts';
import {
  createEmployee,
  listEmployeeChanges,
  listEmployees,
  referenceData,
  searchProcessingLog,
  updateEmployee,
} from './admin.service.ts';

export const adminRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];
  r.get('/api/admin/employees', { schema: { tags, response: { 200: ZEmployeeList } } }, async (request) =>
    listEmployees(ctxOf(request)),
  );
  r.get(
    '/api/admin/reference-data',
    { schema: { tags, response: { 200: ZReferenceData } } },
    async (request) => referenceData(ctxOf(request)),
  );
  r.post(
    '/api/admin/employees',
    { schema: { tags, body: ZEmployeeInput, response: { 201: ZEmployee } } },
    async (request, reply) => reply.code(201).send(await createEmployee(ctxOf(request), request.body)),
  );
  r.put(
    '/api/admin/employees/:id',
    { schema: { tags, params: ZIdParams, body: ZEmployeeUpdate, response: { 200: ZEmployee } } },
    async (request) => updateEmployee(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/admin/employee-changes',
    {
      schema: {
        tags,
        summary: "Recent changes of employees' roles, Werkpleinen and accounts, before and after",
        querystring: ZEmployeeChangeQuery,
        response: { 200: ZEmployeeChangeList },
      },
    },
    async (request) => listEmployeeChanges(ctxOf(request), request.query),
  );
  r.get(
    '/api/admin/processing-log',
    {
      schema: {
        tags,
        summary: 'Search the processing log by person (BSN), employee and period',
        querystring: ZProcessingLogQuery,
        response: { 200: ZProcessingLogResponse },
      },
    },
    async (request) => searchProcessingLog(ctxOf(request), request.query),
  );
};
