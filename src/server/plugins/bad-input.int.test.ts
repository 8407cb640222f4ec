import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../testing/test-app.ts';
import { MAX_FIELD_PROBLEMS } from './errors.ts';

/**
 * Walks every operation of the OpenAPI document, as an outsider and as staff, with the bodies an
 * attacker or a broken client sends. The document is the list of what the API offers, so a new
 * route is covered the day it is added.
 */

type JsonSchema = {
  type?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema: JsonSchema;
}
interface Operation {
  method: InjectOptions['method'];
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}

/** An error answer stays this small whatever came in. */
const SMALL = 4096;

let t: TestApp;
let operations: Operation[];
let jobseekerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const intaker = await t.loginAs('iris.intake');
  jobseekerId = (
    await intaker.request({ method: 'POST', url: '/api/jobseekers', payload: registration() })
  ).json().id;
  const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Parameter[];
          requestBody?: { content?: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({
      method: method.toUpperCase() as InjectOptions['method'],
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
});
afterAll(async () => t.close());

/** A URL for an operation: ids that look right (the jobseeker's own where it is a jobseeker route). */
const urlOf = (op: Operation, query: Record<string, string> = {}): string => {
  const path = op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema;
    if (schema?.format === 'uuid')
      return name === 'id' && op.path.startsWith('/api/jobseekers/') ? jobseekerId : randomUUID();
    return name === 'werkpleinId' ? 'westland' : 'x';
  });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
};

const stringFields = (schema: JsonSchema | undefined): string[] =>
  Object.entries(schema?.properties ?? {})
    .filter(([, s]) => s.type === 'string' || (s.type === 'array' && s.items?.type === 'string'))
    .map(([name]) => name);

/** Every property of the body (or query) set to `value`; string arrays get it as their one item. */
const fill = (schema: JsonSchema | undefined, value: unknown): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(schema?.properties ?? {}).map(([name, s]) => [name, s.type === 'array' ? [value] : value]),
  );

const queryOf = (op: Operation): JsonSchema => ({
  properties: Object.fromEntries(
    op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema]),
  ),
});

const expectSmallAndPlain = (response: LightMyRequestResponse, what: string) => {
  expect(response.statusCode, what).not.toBe(500);
  expect(response.statusCode, what).toBeLessThan(500);
  expect(response.body, what).not.toMatch(/\n\s+at |"stack"|node_modules|\.ts:\d+/);
  if (response.statusCode >= 300) {
    expect(response.body.length, what).toBeLessThanOrEqual(SMALL);
    const fields = (response.json() as { error: { fields?: unknown[] } }).error.fields ?? [];
    expect(fields.length, what).toBeLessThanOrEqual(MAX_FIELD_PROBLEMS);
  }
};

describe('an anonymous caller', () => {
  const oversized = 'a=1&'.repeat(512 * 1024); // 2 MiB, over the JSON limit of 1 MiB
  const bodies: [string, Partial<InjectOptions>][] = [
    ['no body', {}],
    ['an empty JSON body', { headers: { 'content-type': 'application/json' }, payload: '' }],
    ['malformed JSON', { headers: { 'content-type': 'application/json' }, payload: '{"text": "a' }],
    ['unknown fields', { headers: { 'content-type': 'application/json' }, payload: '{"zzz": 1}' }],
    [
      'a form-encoded body',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&b=2' },
    ],
    [
      'an oversized form body',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: oversized },
    ],
    [
      'an oversized JSON body',
      { headers: { 'content-type': 'application/json' }, payload: `["${'x'.repeat(2 ** 21)}"]` },
    ],
    ['a file', { headers: { 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4 x') }],
  ];

  it('finds the whole API in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(90);
    expect(operations.every((op) => /^\/(api|auth)\//.test(op.path))).toBe(true);
  });

  it.each(bodies)(
    'gets 401 (or 413) and nothing else from every operation, sending %s',
    { timeout: 60_000 },
    async (_what, options) => {
      for (const op of operations) {
        const response = await t.app.inject({
          ...options,
          method: op.method,
          url: urlOf(op, { q: 'jan\u0000', limit: 'many' }),
        });
        const what = `${op.method} ${op.path}`;
        expect([401, 413], what).toContain(response.statusCode);
        expect(response.body.length, what).toBeLessThanOrEqual(256);
        const error = (response.json() as { error: { code: string; fields?: unknown } }).error;
        expect(error.fields, what).toBeUndefined();
        if (response.statusCode === 401) expect(error.code, what).toBe('unauthenticated');
        expect(response.headers['cache-control'], what).toBe('no-store');
      }
    },
  );

  it('gets the same answer from an unknown /api address as from a known one', async () => {
    const known = await t.app.inject({ method: 'POST', url: '/api/jobseekers', payload: {} });
    for (const [method, url] of [
      ['GET', '/api/no-such-thing'],
      ['POST', `/api/jobseekers/${randomUUID()}/no-such-thing`],
      ['DELETE', '/api/admin'],
      ['GET', '/%61pi/jobseekers'],
    ] as const) {
      const response = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : 'a=1' });
      expect(response.statusCode, url).toBe(401);
      expect(response.json(), url).toEqual(known.json());
    }
  });

  it('gets 401 with a forged or stale session cookie or bearer token, before any body is read', async () => {
    for (const headers of [
      { cookie: '__Host-werkplein=forged' },
      { authorization: 'Bearer forged' },
      { authorization: 'Bearer wpdev.e30.forged' },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/jobseekers/${jobseekerId}/notes`,
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: oversized,
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.fields).toBeUndefined();
    }
  });

  it('still reads the public OpenAPI document and the health checks', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});

describe('a logged-in caller sending bad input', () => {
  let sessions: Session[];
  beforeAll(async () => {
    sessions = await Promise.all(['kees.klant', 'bea.beheer'].map((l) => t.loginAs(l)));
  });

  const json = (payload: unknown): Partial<InjectOptions> => ({
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

  it('never gets a 500, a stack trace or a large answer, from any operation', async () => {
    const control = 'a\u0001\u0008\u001b[31m\u001f\u007f\u202e\ud800b';
    for (const op of operations) {
      const query = queryOf(op);
      const cases: [string, Partial<InjectOptions>, Record<string, string>][] = [
        ['malformed JSON', { headers: { 'content-type': 'application/json' }, payload: '{"a": [1, ' }, {}],
        [
          'a form-encoded body',
          { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' },
          {},
        ],
        [
          'unknown fields',
          json({
            ...fill(op.body, 'x'),
            zzz: 1,
            ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])),
          }),
          {},
        ],
        [
          'wrong types (numbers)',
          json(fill(op.body, 12345)),
          Object.fromEntries(Object.keys(query.properties ?? {}).map((k) => [k, '12345'])),
        ],
        ['wrong types (objects)', json(fill(op.body, { nested: [true, null] })), {}],
        ['a JSON array', json([1, 2, 3]), {}],
        ['a JSON string', json('text'), {}],
        [
          'deep nesting',
          { headers: { 'content-type': 'application/json' }, payload: '['.repeat(5000) + ']'.repeat(5000) },
          {},
        ],
        [
          'NUL bytes',
          json(fill(op.body, 'a\u0000b')),
          Object.fromEntries(Object.keys(query.properties ?? {}).map((k) => [k, 'a\u0000b'])),
        ],
        [
          'control characters',
          json(fill(op.body, control)),
          Object.fromEntries(Object.keys(query.properties ?? {}).map((k) => [k, control])),
        ],
      ];
      for (const session of sessions) {
        for (const [what, options, q] of cases) {
          const response = await session.request({ ...options, method: op.method, url: urlOf(op, q) });
          expectSmallAndPlain(response, `${session.login} ${op.method} ${op.path} with ${what}`);
        }
      }
    }
  }, 120_000);

  it('refuses a NUL byte in any text field as validation_failed naming the field', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    // The portal's routes answer only a citizen (who may change things at substantieel).
    const citizen = await t.loginAsCitizen(jobseekerId, 'substantieel');
    let checked = 0;
    for (const op of operations) {
      const caller = op.path.startsWith('/api/portal/') ? citizen : klantmanager;
      const query = queryOf(op);
      const target = stringFields(op.body)[0];
      const queryTarget = stringFields(query)[0];
      if (target) {
        const response = await caller.request({
          method: op.method,
          url: urlOf(op),
          payload: { ...fill(op.body, 'ok'), [target]: 'a\u0000b' },
        });
        const what = `${op.method} ${op.path} body.${target}`;
        expect(response.statusCode, what).toBe(400);
        expect(response.json().error.code, what).toBe('validation_failed');
        expect(response.json().error.fields, what).toContainEqual(
          expect.objectContaining({ path: target, code: 'nul_byte' }),
        );
        checked++;
      }
      if (queryTarget) {
        const response = await caller.request({
          method: op.method,
          url: urlOf(op, { [queryTarget]: 'a\u0000b' }),
          ...(op.body ? { payload: fill(op.body, 'ok') } : {}),
        });
        const what = `${op.method} ${op.path} query.${queryTarget}`;
        expect(response.statusCode, what).toBe(400);
        expect(response.json().error.fields, what).toContainEqual(
          expect.objectContaining({ path: queryTarget, code: 'nul_byte' }),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('keeps a note with a NUL byte out of the dossier, and takes the same note without it', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    const url = `/api/jobseekers/${jobseekerId}/notes`;
    const refused = await klantmanager.request({
      method: 'POST',
      url,
      payload: { text: 'Belt\u0000 terug' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: 'text', code: 'nul_byte', message: 'nul_byte' }]);
    const notes = (await klantmanager.request({ method: 'GET', url })).json().items as { text: string }[];
    expect(notes.map((n) => n.text)).not.toContain('Belt\u0000 terug');
  });

  it('gets a small answer for a body with thousands of unknown fields, none of them named', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    const payload = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`secret-${i}`, i]));
    const response = await klantmanager.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/notes`,
      payload: { text: 'x', ...payload },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(SMALL);
    expect(response.body).not.toContain('secret-');
  });

  it('is refused a form-encoded body on a JSON route, also a large one', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    const started = Date.now();
    const response = await klantmanager.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/notes`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'text=x&'.repeat(100_000),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(SMALL);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gets 404, not 401, from an unknown /api address', async () => {
    const klantmanager = await t.loginAs('kees.klant');
    const response = await klantmanager.request({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
