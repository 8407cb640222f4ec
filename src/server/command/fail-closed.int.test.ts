import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../testing/test-app.ts';

// Fail closed: when the processing log cannot be written, the read or change it belongs to fails
// as a whole. A trigger that refuses every new processing-log line stands in for a full disk, a
// lost grant or a broken log table.
let t: TestApp;
let intaker: Session;
let jobseekerId: string;

const breakTheLog = async () => {
  await sql`
    create function refuse_log_line() returns trigger language plpgsql as $$
    begin raise exception 'processing log unavailable'; end $$
  `.execute(t.db);
  await sql`
    create trigger refuse_log_line before insert on processing_operation
      for each row execute function refuse_log_line()
  `.execute(t.db);
};
const repairTheLog = async () => {
  await sql`drop trigger refuse_log_line on processing_operation`.execute(t.db);
  await sql`drop function refuse_log_line()`.execute(t.db);
};

beforeAll(async () => {
  t = await createTestApp();
  intaker = await t.loginAs('iris.intake');
  const created = await intaker.request({ method: 'POST', url: '/api/jobseekers', payload: registration() });
  expect(created.statusCode).toBe(201);
  jobseekerId = created.json().id;
});
afterAll(async () => t.close());

describe('a processing-log write that fails', () => {
  it('makes a read of personal data fail without showing anything', async () => {
    await breakTheLog();
    try {
      const dossier = await intaker.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` });
      expect(dossier.statusCode).toBe(500);
      expect(dossier.json().error.code).toBe('internal');
      expect(dossier.body).not.toContain('Amrani');
      expect(dossier.body).not.toContain('111222333');
      const search = await intaker.request({ method: 'GET', url: '/api/jobseekers?q=Amrani' });
      expect(search.statusCode).toBe(500);
      expect(search.body).not.toContain('Amrani');
    } finally {
      await repairTheLog();
    }
    // The same read works again once the log can be written.
    const dossier = await intaker.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}` });
    expect(dossier.statusCode).toBe(200);
    expect(dossier.json().surname).toBe('Amrani');
  });

  it('makes a change fail with nothing of it stored: no record, no case event, no audit line', async () => {
    const count = async () => ({
      jobseekers: Number(
        (
          await t.db
            .selectFrom('jobseeker')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      events: Number(
        (
          await t.db
            .selectFrom('case_event')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      audit: Number(
        (
          await t.db
            .selectFrom('audit_record')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const before = await count();
    await breakTheLog();
    try {
      const created = await intaker.request({
        method: 'POST',
        url: '/api/jobseekers',
        payload: registration({ bsn: '123456782', surname: 'Jansen' }),
      });
      expect(created.statusCode).toBe(500);
      expect(created.json().error.code).toBe('internal');
    } finally {
      await repairTheLog();
    }
    expect(await count()).toEqual(before);
    const found = await t.db.selectFrom('jobseeker').select('id').where('surname', '=', 'Jansen').execute();
    expect(found).toEqual([]);
  });
});
