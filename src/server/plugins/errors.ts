import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody } from '../../contracts/errors.ts';
import { DomainError, httpStatusOf, isConcurrencyFailure, isConnectionFailure } from '../errors.ts';

/** Field code: our own refinements carry a snake_case code as message; zod's own issues give their kind. */
const fieldCode = (keyword: string, message: string): string => {
  if (/^[a-z][a-z_]*$/.test(message)) return message;
  if (keyword === 'invalid_type' && /received undefined/.test(message)) return 'required';
  return keyword;
};

/**
 * Error answers stay small whatever came in: at most this many field problems, each path and
 * message cut to a bounded length, and nothing of the input echoed (an unknown key is not named).
 */
export const MAX_FIELD_PROBLEMS = 20;
const MAX_TEXT = 200;
const bounded = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

const boundedFields = (
  validation: readonly { instancePath: string; keyword: string; message?: string }[],
): { path: string; code: string; message: string }[] =>
  validation.slice(0, MAX_FIELD_PROBLEMS).map((v) => {
    const path = bounded(v.instancePath.replace(/^\//, '').replace(/\//g, '.'));
    if (v.keyword === 'unrecognized_keys') return { path, code: v.keyword, message: 'Unknown field' };
    const code = fieldCode(v.keyword, v.message ?? '');
    return { path, code: bounded(code), message: bounded(v.message ?? code) };
  });

const body = (error: DomainError): ApiErrorBody => ({
  error: {
    code: error.code,
    message: error.message,
    ...(error.fields ? { fields: error.fields } : {}),
    ...(error.details ? { details: error.details } : {}),
  },
});

export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let domain: DomainError;
    if (error instanceof DomainError) {
      domain = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      domain = new DomainError(
        'validation_failed',
        'The request is not valid',
        undefined,
        boundedFields(error.validation),
      );
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      domain = new DomainError('payload_too_large', 'The request is too large');
    } else if (
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error.statusCode === 400 && error instanceof SyntaxError)
    ) {
      domain = new DomainError('validation_failed', 'The request body is not valid JSON');
    } else if (isConcurrencyFailure(error)) {
      request.log.warn({ err: error }, 'transaction rolled back: concurrent change');
      domain = new DomainError(
        'concurrent_change',
        'Someone changed the same data at the same moment; nothing was saved',
      );
    } else if (isConnectionFailure(error)) {
      request.log.error({ err: error }, 'database unavailable');
      domain = new DomainError(
        'database_unavailable',
        'The database cannot be reached at the moment; nothing was saved, try again',
      );
    } else {
      request.log.error({ err: error }, 'unhandled error');
      domain = new DomainError('internal', 'Something went wrong on our side');
    }
    return reply.code(httpStatusOf(domain.code)).send(body(domain));
  });
};

export const notFoundBody = (method: string, path: string): ApiErrorBody =>
  body(new DomainError('not_found', `No route ${method} ${path}`));
