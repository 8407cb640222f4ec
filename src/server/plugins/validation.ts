import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { ZNoNulBytes } from '../../contracts/common.ts';

/**
 * Every route's zod validation, preceded by the contracts' one check that applies to every string
 * that comes in (no NUL byte: PostgreSQL refuses it). It runs on the body, query string and path
 * parameters of every route with a schema, and names the field in a `validation_failed` answer.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const guard = zodValidatorCompiler({ ...route, schema: ZNoNulBytes });
  const validate = zodValidatorCompiler(route);
  return (data) => {
    const guarded = guard(data);
    if (typeof guarded === 'object' && guarded !== null && 'error' in guarded && guarded.error)
      return guarded;
    return validate(data);
  };
};
