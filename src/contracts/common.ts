import { z } from 'zod';

/** A calendar date as YYYY-MM-DD that really exists (no 2026-02-30). */
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format' })
  .refine(
    (value) => {
      const d = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
    },
    { message: 'date_invalid' },
  );

export const ZUuid = z.uuid();
export const ZIdParams = z.object({ id: ZUuid });
