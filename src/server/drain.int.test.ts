import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { issueDevToken } from './modules/identity/session.service.ts';
import { spawnServer, type ServerProcess } from './testing/server-process.ts';
import { createTestDatabase, registration } from './testing/test-app.ts';

// The real server process (PGlite in a directory of its own, or a fresh PostgreSQL database)
// asked to stop with SIGTERM while a request is in flight.
describe('SIGTERM', () => {
  const secret = randomBytes(32).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplein-drain-'));
  let postgres: (DatabaseHandle & { url?: string }) | undefined;
  let server: ServerProcess;

  beforeAll(async () => {
    if (process.env.WERKPLEIN_TEST_ENGINE === 'postgres') postgres = await createTestDatabase();
    server = await spawnServer(
      { WERKPLEIN_SECRET: secret, WERKPLEIN_DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '' },
      ['--demo'],
    );
  }, 180_000);
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await postgres?.close();
  });

  it('refuses new requests, lets the one in flight finish and commit, then exits 0', async () => {
    const token = issueDevToken(secret, 'iris.intake', new Date());
    const body = JSON.stringify(registration({ bsn: '123456782', surname: 'Doorloper' }));
    // A registration whose body is still arriving when the signal comes.
    const inFlight = httpRequest(`${server.url}/api/jobseekers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      inFlight.on('response', resolve);
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 40));
    await new Promise((resolve) => setTimeout(resolve, 300));

    server.child.kill('SIGTERM');
    // Still listening, but not ready and refusing new work.
    let ready: Response | undefined;
    for (let i = 0; i < 40 && ready?.status !== 503; i++) {
      ready = await fetch(`${server.url}/ready`);
      if (ready.status !== 503) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(ready?.status).toBe(503);
    const refused = await fetch(`${server.url}/api/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('connection')).toBe('close');
    expect((await refused.json()).error.code).toBe('not_ready');
    expect(server.child.exitCode).toBeNull();

    inFlight.end(body.slice(40));
    const answer = await answered;
    expect(answer.statusCode).toBe(201);
    const created = JSON.parse(await text(answer)) as { id: string };
    expect(await server.exited).toBe(0);

    // The write the caller was told about is there.
    const database = postgres ?? (await openDatabase({ dataDir: join(dataDir, 'pglite') }));
    try {
      const row = await database.db
        .selectFrom('jobseeker')
        .select('surname')
        .where('id', '=', created.id)
        .executeTakeFirst();
      expect(row?.surname).toBe('Doorloper');
    } finally {
      if (!postgres) await database.close();
    }
  }, 60_000);
});

const text = (message: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = '';
    message.on('data', (chunk: Buffer) => (data += chunk.toString()));
    message.on('end', () => resolve(data));
    message.on('error', reject);
  });
