import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let kees: Session;
let ursula: Session;
let jobseekerId: string;

let next = 291000000;
const freshBsn = (): string => {
  for (;;) {
    const candidate = String(next++);
    if (isValidBsn(candidate)) return candidate;
  }
};

const url = (query = '') => `/api/jobseekers/${jobseekerId}/timeline${query}`;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  kees = await t.loginAs('kees.klant');
  ursula = await t.loginAs('ursula.werkcoach');
  const created = await kees.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({ bsn: freshBsn() }),
  });
  jobseekerId = created.json().id;
  // Three more events by two partners: gemeente (Kees) and UWV (Ursula); two at the same instant.
  t.clock.advance(60_000);
  let version = created.json().version as number;
  for (const [who, step] of [
    [ursula, 2],
    [kees, 3],
  ] as const) {
    version = (
      await who.request({
        method: 'PUT',
        url: `/api/jobseekers/${jobseekerId}/participation-step`,
        payload: { step, version },
      })
    ).json().version;
  }
  t.clock.advance(60_000);
  await ursula.request({
    method: 'PUT',
    url: `/api/jobseekers/${jobseekerId}/activation`,
    payload: { availableForWork: true, version },
  });
});
afterAll(async () => t.close());

describe('the timeline of a dossier', () => {
  it('shows every event from every partner, newest first, with who did what', async () => {
    const response = await kees.request({ method: 'GET', url: url() });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((i: { type: string }) => i.type)).toEqual([
      'activation.changed',
      'participationStep.set',
      'participationStep.set',
      'jobseeker.registered',
    ]);
    expect(body.items[0]).toMatchObject({
      employee: { name: expect.stringContaining('Ursula') },
      partner: { id: 'uwv', name: expect.any(String) },
      data: { availableForWork: true },
      summary: '',
    });
    // Same instant: the later event (higher id) first.
    expect(body.items[1].data.step).toBe(3);
    expect(body.items[1].partner.id).toBe('gemeente-westland');
    expect(body.nextCursor).toBeNull();
    expect(body.partners.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['uwv', 'gemeente-westland']),
    );
  });

  it('filters by event type (repeated or comma-separated) and by partner', async () => {
    const byType = (
      await kees.request({ method: 'GET', url: url('?type=participationStep.set,activation.changed') })
    ).json();
    expect(byType.items).toHaveLength(3);
    const repeated = (
      await kees.request({ method: 'GET', url: url('?type=jobseeker.registered&type=activation.changed') })
    ).json();
    expect(repeated.items.map((i: { type: string }) => i.type)).toEqual([
      'activation.changed',
      'jobseeker.registered',
    ]);
    const byPartner = (await kees.request({ method: 'GET', url: url('?partnerId=uwv') })).json();
    expect(byPartner.items.map((i: { data: Record<string, unknown> }) => i.data)).toEqual([
      { availableForWork: true },
      { step: 2, previousStep: null },
    ]);
  });

  it('pages with a cursor without skipping or repeating events', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=1${cursor ? `&before=${cursor}` : ''}`;
      const page = (await kees.request({ method: 'GET', url: url(query) })).json();
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    const all = (await kees.request({ method: 'GET', url: url() })).json();
    expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
  });

  it('names the agreement an event refers to, so the timeline can say which one changed', async () => {
    const added = await kees.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/agreements`,
      payload: { description: 'Cv bijwerken', responsible: 'jobseeker', dueDate: '2026-12-31' },
    });
    expect(added.statusCode).toBe(201);
    const agreement = added.json();
    const updated = await kees.request({
      method: 'PUT',
      url: `/api/jobseekers/${jobseekerId}/agreements/${agreement.id}`,
      payload: {
        description: 'Cv bijwerken',
        responsible: 'jobseeker',
        dueDate: '2026-12-31',
        status: 'done',
        version: 1,
      },
    });
    expect(updated.statusCode).toBe(200);
    const page = (await kees.request({ method: 'GET', url: url('?type=agreement.updated') })).json();
    expect(page.items[0]).toMatchObject({
      data: { agreementId: agreement.id, status: 'done', previousStatus: 'open' },
      names: { agreementId: 'Cv bijwerken' },
    });
  });

  it.each([
    ['an unknown event type', '?type=nonsense', 'validation_failed', 400],
    ['a forged cursor', `?before=${Buffer.from('x|1').toString('base64url')}`, 'validation_failed', 400],
    [
      'a cursor with a day that does not exist',
      `?before=${Buffer.from('2026-02-30 10:00:00+00|5').toString('base64url')}`,
      'validation_failed',
      400,
    ],
    ['a limit too high', '?limit=1000', 'validation_failed', 400],
  ])('refuses %s', async (_what, query, code, status) => {
    const response = await kees.request({ method: 'GET', url: url(query) });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('is not found for another Werkplein, an unknown id, or a back office without a referral; and is logged', async () => {
    const dirk = await t.loginAs('dirk.delft');
    expect((await dirk.request({ method: 'GET', url: url() })).statusCode).toBe(404);
    const sanne = await t.loginAs('sanne.schuld');
    expect((await sanne.request({ method: 'GET', url: url() })).statusCode).toBe(404);
    const unknown = await kees.request({
      method: 'GET',
      url: '/api/jobseekers/00000000-0000-4000-8000-000000000000/timeline',
    });
    expect(unknown.statusCode).toBe(404);
    const log = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .select(['a.result', 'o.activity_id'])
      .where('a.object_type', '=', 'jobseeker-timeline')
      .where('a.object_id', '=', jobseekerId)
      .execute();
    expect(log.length).toBeGreaterThan(0);
    expect(log[0]).toEqual({ result: 'allowed', activity_id: 'dossier-tijdlijn' });
  });
});
