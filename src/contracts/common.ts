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

/** At most this many NUL-byte problems are reported for one request part. */
const MAX_NUL_PROBLEMS = 20;

/**
 * Paths (as zod paths) of every string — value or object key — that holds a NUL character
 * (U+0000), which PostgreSQL cannot store in text or jsonb. Walks any JSON-like value without
 * recursion, so a deeply nested body cannot exhaust the stack.
 */
export const nulBytePaths = (value: unknown): (string | number)[][] => {
  const found: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && found.length < MAX_NUL_PROBLEMS) {
    const { value: current, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(path);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
    } else if (current !== null && typeof current === 'object' && !(current instanceof Uint8Array)) {
      for (const [key, child] of Object.entries(current).reverse()) {
        if (key.includes('\u0000')) found.push(path);
        else stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return found.slice(0, MAX_NUL_PROBLEMS);
};

/**
 * The one refinement every incoming string passes: no NUL byte (code `nul_byte`, at the field's
 * path). The server applies it to every body, query and path of every route before the route's own
 * schema (src/server/plugins/validation.ts), so no schema has to repeat it.
 */
export const ZNoNulBytes = z.unknown().superRefine((value, ctx) => {
  for (const path of nulBytePaths(value)) ctx.addIssue({ code: 'custom', path, message: 'nul_byte' });
});
