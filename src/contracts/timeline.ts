import { z } from 'zod';
import { caseEventTypes } from './case-events.ts';

const ZEventType = z.enum(caseEventTypes);

/** `type` may be repeated or comma-separated: ?type=outflow.registered,note.added */
export const ZTimelineQuery = z
  .object({
    type: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) =>
        (Array.isArray(v) ? v : v === undefined ? [] : [v])
          .flatMap((s) => s.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(ZEventType).max(caseEventTypes.length)),
    partnerId: z.string().min(1).max(64).optional(),
    /** The `nextCursor` of the previous page. */
    before: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9_-]+$/, { message: 'cursor_format' })
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type TTimelineQuery = z.output<typeof ZTimelineQuery>;

export const ZTimelineItem = z.object({
  id: z.string(),
  type: ZEventType.or(z.string()),
  occurredAt: z.string(),
  recordedAt: z.string(),
  employee: z.object({ id: z.string(), name: z.string() }).nullable(),
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The event's data as recorded (the web renders it per type, in Dutch). */
  data: z.record(z.string(), z.unknown()),
  /** Names behind the ids in `data`, by data key: the klantmanager, the agreement, the partner. */
  names: z.record(z.string(), z.string()),
  /** A short, language-neutral summary of the data: its main values joined by " · ". */
  summary: z.string(),
});
export type TTimelineItem = z.infer<typeof ZTimelineItem>;

export const ZTimelineResponse = z.object({
  items: z.array(ZTimelineItem),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The partners of the jobseeker's Werkplein, for the partner filter. */
  partners: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TTimelineResponse = z.infer<typeof ZTimelineResponse>;
