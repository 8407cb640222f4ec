import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registration, type Session, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let klantmanager: Session;
let jobseekerId: string;

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

beforeAll(async () => {
  t = await createTestApp();
  klantmanager = await t.loginAs('kees.klant');
  jobseekerId = (
    await klantmanager.request({ method: 'POST', url: '/api/jobseekers', payload: registration() })
  ).json().id;
});
afterAll(async () => t.close());

const upload = (who: Session, body: Buffer, contentType: string, query = 'kind=cv&filename=cv.pdf') =>
  who.request({
    method: 'POST',
    url: `/api/jobseekers/${jobseekerId}/documents?${query}`,
    headers: { 'content-type': contentType },
    payload: body,
  });

describe('documents in the dossier', () => {
  it('stores an upload, lists it and gives back exactly the same bytes', async () => {
    const response = await upload(
      klantmanager,
      pdf('cv van Fatima'),
      'application/pdf',
      'kind=cv&filename=CV%20Fatima%20%C3%A9.pdf',
    );
    expect(response.statusCode).toBe(201);
    const document = response.json();
    expect(document).toMatchObject({
      kind: 'cv',
      filename: 'CV Fatima é.pdf',
      version: 1,
      superseded: false,
      sizeBytes: pdf('cv van Fatima').length,
    });
    const list = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })
    ).json();
    expect(list.items.map((d: { id: string }) => d.id)).toContain(document.id);
    const download = await klantmanager.request({
      method: 'GET',
      url: `/api/jobseekers/${jobseekerId}/documents/${document.id}/content`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''CV%20Fatima%20%C3%A9.pdf");
    expect(download.rawPayload.equals(pdf('cv van Fatima'))).toBe(true);
  });

  it('keeps the old version when a new one replaces it, and refuses replacing it twice', async () => {
    const first = (
      await upload(klantmanager, pdf('v1'), 'application/pdf', 'kind=diploma&filename=diploma.pdf')
    ).json();
    const second = await upload(
      klantmanager,
      pdf('v2'),
      'application/pdf',
      `kind=diploma&filename=diploma.pdf&replaces=${first.id}`,
    );
    expect(second.json()).toMatchObject({ version: 2, supersedesId: first.id });
    const again = await upload(
      klantmanager,
      pdf('v2b'),
      'application/pdf',
      `kind=diploma&filename=diploma.pdf&replaces=${first.id}`,
    );
    expect(again.statusCode).toBe(409);
    const old = await klantmanager.request({
      method: 'GET',
      url: `/api/jobseekers/${jobseekerId}/documents/${first.id}/content`,
    });
    expect(old.rawPayload.equals(pdf('v1'))).toBe(true);
    const list = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })
    ).json().items;
    expect(list.find((d: { id: string }) => d.id === first.id).superseded).toBe(true);
  });

  it.each([
    ['a forbidden type', Buffer.from('MZ\x90\x00 executable'), 'application/x-msdownload'],
    ['a file whose bytes are not what it claims', Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf'],
    ['a text file', Buffer.from('hello'), 'text/plain'],
  ])('refuses %s with unsupported_file_type and stores nothing', async (_what, body, type) => {
    const before = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })
    ).json().items.length;
    const response = await upload(klantmanager, body, type);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_file_type');
    const after = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.concat([pdf('big'), Buffer.alloc(10 * 1024 * 1024)]);
    const response = await upload(klantmanager, big, 'application/pdf');
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('refuses a bad filename or kind', async () => {
    expect(
      (await upload(klantmanager, pdf('x'), 'application/pdf', 'kind=cv&filename=..%2Fetc%2Fpasswd'))
        .statusCode,
    ).toBe(400);
    expect(
      (await upload(klantmanager, pdf('x'), 'application/pdf', 'kind=medical&filename=a.pdf')).statusCode,
    ).toBe(400);
  });

  it("answers not found to another Werkplein's klantmanager, for the list and the file", async () => {
    const delft = await t.loginAs('dirk.delft');
    const list = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })
    ).json();
    expect(
      (await delft.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })).statusCode,
    ).toBe(404);
    const file = await delft.request({
      method: 'GET',
      url: `/api/jobseekers/${jobseekerId}/documents/${list.items[0].id}/content`,
    });
    expect(file.statusCode).toBe(404);
    expect((await upload(delft, pdf('x'), 'application/pdf')).statusCode).toBe(404);
  });

  it('logs each download in the processing log with the document as object', async () => {
    const list = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/documents` })
    ).json();
    const id = list.items[0].id;
    await klantmanager.request({
      method: 'GET',
      url: `/api/jobseekers/${jobseekerId}/documents/${id}/content`,
    });
    const logged = await t.db
      .selectFrom('audit_record as a')
      .innerJoin('processing_operation as o', 'o.audit_record_id', 'a.id')
      .select(['a.action', 'o.activity_id'])
      .where('a.object_type', '=', 'document')
      .where('a.object_id', '=', id)
      .execute();
    expect(logged).toContainEqual({ action: 'jobseeker.read', activity_id: 'dossier-documenten' });
  });
});

describe('notes in the dossier', () => {
  it('adds a note with its author and shows the newest first', async () => {
    const first = await klantmanager.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/notes`,
      payload: { text: 'Belt terug na de vakantie.' },
    });
    expect(first.statusCode).toBe(201);
    t.clock.advance(60_000);
    await klantmanager.request({
      method: 'POST',
      url: `/api/jobseekers/${jobseekerId}/notes`,
      payload: { text: 'Teruggebeld.' },
    });
    const notes = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${jobseekerId}/notes` })
    ).json().items;
    expect(notes.map((n: { text: string }) => n.text).slice(0, 2)).toEqual([
      'Teruggebeld.',
      'Belt terug na de vakantie.',
    ]);
    expect(notes[0].createdBy.name).toBe('Kees van der Klant');
  });

  it('refuses an empty note and a beheerder', async () => {
    expect(
      (
        await klantmanager.request({
          method: 'POST',
          url: `/api/jobseekers/${jobseekerId}/notes`,
          payload: { text: '  ' },
        })
      ).statusCode,
    ).toBe(400);
    const beheerder = await t.loginAs('bea.beheer');
    expect(
      (
        await beheerder.request({
          method: 'POST',
          url: `/api/jobseekers/${jobseekerId}/notes`,
          payload: { text: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
