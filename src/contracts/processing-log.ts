import { z } from 'zod';
import { ZBsn } from './jobseeker.ts';
import { ZDate } from './common.ts';

export const ZProcessingLogQuery = z
  .object({
    bsn: ZBsn.optional(),
    employeeId: z.uuid().optional(),
    from: ZDate.optional(),
    to: ZDate.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'period_order', path: ['to'] });

export const ZProcessingLogEntry = z.object({
  auditId: z.string(),
  occurredAt: z.string(),
  employee: z.object({ id: z.string(), name: z.string(), login: z.string() }).nullable(),
  role: z.string().nullable(),
  partnerId: z.string().nullable(),
  werkpleinId: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['allowed', 'denied', 'failed']),
  origin: z.string().nullable(),
  traceId: z.string(),
  operations: z.array(
    z.object({
      spanId: z.string(),
      /** The caller's own trace and span (W3C traceparent it sent), to match with its log. */
      foreignTraceId: z.string().nullable(),
      foreignSpanId: z.string().nullable(),
      name: z.string(),
      status: z.enum(['ok', 'error']),
      activity: z.object({
        id: z.string(),
        version: z.number(),
        name: z.string(),
        purpose: z.string(),
        legalBasis: z.string(),
      }),
      startedAt: z.string(),
      endedAt: z.string(),
      subjectCount: z.number(),
    }),
  ),
});
export const ZProcessingLogResponse = z.object({ items: z.array(ZProcessingLogEntry) });
export type TProcessingLogEntry = z.infer<typeof ZProcessingLogEntry>;
