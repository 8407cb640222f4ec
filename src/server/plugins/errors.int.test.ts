import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDatabase } from '../testing/test-app.ts';
import { registerErrorHandling } from './errors.ts';

let database: DatabaseHandle;
let app: FastifyInstance;

// The database's own errors, raised by the engine under test, so the driver's error shape is real.
beforeAll(async () => {
  database = await createTestDatabase();
  app = Fastify();
  registerErrorHandling(app);
  app.post<{ Params: { sqlstate: string } }>('/fail/:sqlstate', async (request) => {
    await database.db.transaction().execute(async (trx) => {
      await sql
        .raw(`do $$ begin raise exception 'simulated' using errcode = '${request.params.sqlstate}'; end $$`)
        .execute(trx);
    });
    return { ok: true };
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('database failures the user can act on', () => {
  it.each([
    ['40P01', 'deadlock'],
    ['40001', 'serialization failure'],
  ])('answers a %s (%s) with 409 concurrent_change: nothing saved, try again', async (sqlstate) => {
    const response = await app.inject({ method: 'POST', url: `/fail/${sqlstate}` });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('concurrent_change');
  });

  it('keeps any other database error an internal error, without its details', async () => {
    const response = await app.inject({ method: 'POST', url: '/fail/XX000' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error).toEqual({ code: 'internal', message: 'Something went wrong on our side' });
  });
});
