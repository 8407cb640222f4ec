/**
 * From a problem to the words on the form, free of React so it can be tested: the resolver that
 * checks a form with the contract's own zod schema, the code of each zod issue (the same code the
 * server reports for it), and the server's field problems of a 400 answer sorted onto the form.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldValues, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage, fieldProblemMessage } from '../../i18n/nl.ts';
import { isApiError } from './api.ts';

/**
 * The code of a zod issue, as the server's error handler makes it: our own refinements carry a
 * snake_case code as their message (they never reach this map); a value that is missing or empty
 * is `required`, a number that is none `number_format`; any other issue is its kind (too_small,
 * invalid_value, invalid_format …).
 */
export const issueCode = (issue: { code: string; input?: unknown }): string => {
  // Nothing filled in or chosen: whatever the check was, the user has to give an answer.
  if (issue.input === undefined || issue.input === null || issue.input === '') return 'required';
  if (issue.code !== 'invalid_type') return issue.code;
  // A number field where the text was no whole number (see wholeNumber).
  return typeof issue.input === 'number' && Number.isNaN(issue.input) ? 'number_format' : issue.code;
};

/** Nothing filled in: an empty text, no choice, no item of a list. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Each field error in `errors` (as react-hook-form nests them) with its field name. */
const eachError = (errors: object, prefix = ''): [string, { message?: string }][] =>
  Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    return 'type' in value && 'message' in value
      ? [[name, value as { message?: string }] as [string, { message?: string }]]
      : eachError(value as object, name);
  });

/**
 * Checks the form's values with a contract schema; each error's message is its code (see
 * issueCode), which the form's field turns into Dutch through the catalogue. A field left empty
 * is `required`, also where the contract's own check speaks of a format (a date, a BSN).
 */
export const contractResolver = <TValues extends FieldValues>(
  schema: z.ZodType<unknown, TValues>,
): Resolver<TValues> => {
  const resolve = zodResolver(
    schema,
    { error: (issue) => issueCode(issue) },
    { raw: true },
  ) as Resolver<TValues>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    for (const [name, error] of eachError(result.errors)) {
      if (isEmpty(get(values, name))) error.message = 'required';
    }
    return result;
  };
};

export interface ApiProblems {
  /** Problems on fields the form has: the field's name and the code. */
  fields: { name: string; code: string }[];
  /** Everything else, in Dutch, for the error summary. */
  general: string[];
}

/**
 * What a failed command means for the form: a 400 with field problems puts each on the form's own
 * field (`fieldOf` names it; "roles.0" lands on "roles"), a 409 conflict says the data changed
 * meanwhile (or what `conflict` says), anything else is one general message in Dutch.
 */
export const apiProblems = (
  error: unknown,
  fieldOf: (path: string) => string | undefined,
  conflict: string = errorMessage('conflict'),
): ApiProblems => {
  if (!isApiError(error)) return { fields: [], general: [errorMessage('network')] };
  if (error.code === 'validation_failed' && error.fields.length > 0) {
    const problems: ApiProblems = { fields: [], general: [] };
    for (const problem of error.fields) {
      const name = fieldOf(problem.path) ?? fieldOf(problem.path.split('.')[0] ?? '');
      if (name) problems.fields.push({ name, code: problem.code });
      else problems.general.push(fieldProblemMessage(problem.path, problem.code));
    }
    return problems;
  }
  return { fields: [], general: [error.code === 'conflict' ? conflict : errorMessage(error.code)] };
};

/** A form schema that takes any values as they are; the checks come from the body (see checkedAsBody). */
export const looseForm = <TValues extends FieldValues>(): z.ZodType<unknown, TValues> =>
  z.object({}).loose() as unknown as z.ZodType<unknown, TValues>;

/** A whole number typed in a text field; empty is null (the contract says whether that may be), else NaN. */
export const wholeNumber = (text: string): number | null => {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

type Issue = { code: string; message: string; path: PropertyKey[]; errors?: Issue[][] };

/** The issue a user can act on: of a union, the first of the branch that came closest. */
const leafOf = (issue: Issue): Issue => {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  const [first] = closest;
  return first ? { ...first, path: [...issue.path, ...first.path] } : issue;
};

/**
 * A form whose values are not the request body itself (a date and a time for one instant, an
 * address as the first of a list): `form` checks the values, and the contract's `body` schema
 * checks what `toBody` makes of them, each issue put back on the form field `fieldOf` names (an
 * issue on no field of the form goes to the summary). Both checks run on every submission.
 */
export const checkedAsBody = <TValues extends FieldValues>(
  form: z.ZodType<unknown, TValues>,
  toBody: (values: TValues) => unknown,
  body: z.ZodType,
  fieldOf: (path: string) => string = (path) => path,
): z.ZodType<unknown, TValues> =>
  form.superRefine(
    (values, ctx) => {
      const result = body.safeParse(toBody(values as TValues), { error: (issue) => issueCode(issue) });
      if (result.success) return;
      for (const issue of result.error.issues as unknown as Issue[]) {
        const leaf = leafOf(issue);
        const field = fieldOf(leaf.path.map(String).join('.'));
        ctx.addIssue({ code: 'custom', message: leaf.message, path: field ? field.split('.') : [] });
      }
    },
    { when: () => true },
  ) as z.ZodType<unknown, TValues>;
