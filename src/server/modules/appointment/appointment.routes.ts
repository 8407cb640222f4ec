import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAppointment,
  ZAppointmentList,
  ZAppointmentUpdate,
  ZCalendarQuery,
  ZPlanAppointment,
} from '../../../contracts/appointment.ts';
import { ZIdParams } from '../../../contracts/common.ts';
import type { Ctx } from '../../context.ts';
import {
  listCalendar,
  listJobseekerAppointments,
  planAppointment,
  updateAppointmentStatus,
} from './appointment.service.ts';

export const appointmentRoutes = (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['appointments'];
  r.get(
    '/api/appointments',
    {
      schema: {
        tags,
        summary: "One day (Europe/Amsterdam) of an employee's calendar; without employeeId one's own",
        querystring: ZCalendarQuery,
        response: { 200: ZAppointmentList },
      },
    },
    async (request) => listCalendar(ctxOf(request), request.query),
  );
  r.post(
    '/api/appointments',
    {
      schema: {
        tags,
        summary:
          'Plan an appointment (refused in the past, end before start, or double-booked: 409 double_booked)',
        body: ZPlanAppointment,
        response: { 201: ZAppointment },
      },
    },
    async (request, reply) => reply.code(201).send(await planAppointment(ctxOf(request), request.body)),
  );
  r.put(
    '/api/appointments/:id',
    {
      schema: {
        tags,
        summary:
          'Mark a planned appointment done, no-show or cancelled; a stale version answers 409 conflict',
        params: ZIdParams,
        body: ZAppointmentUpdate,
        response: { 200: ZAppointment },
      },
    },
    async (request) => updateAppointmentStatus(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/jobseekers/:id/appointments',
    {
      schema: {
        tags,
        summary: "The jobseeker's appointments, newest first",
        params: ZIdParams,
        response: { 200: ZAppointmentList },
      },
    },
    async (request) => listJobseekerAppointments(ctxOf(request), request.params.id),
  );
};
