import { createHash } from 'node:crypto';
import type { TDocument, TNote } from '../../../contracts/document.ts';
import { allowedDocumentTypes, MAX_DOCUMENT_BYTES } from '../../../contracts/document.ts';
import type { Ctx } from '../../context.ts';
import type { DocumentKind } from '../../db/schema.ts';
import { DomainError } from '../../errors.ts';
import { jobseekerCommand, jobseekerQuery } from '../../command/command.ts';
import { documentRepository } from './document.repository.ts';
import { contentMatchesType } from './file-type.ts';

type AllowedType = (typeof allowedDocumentTypes)[number];
const isAllowedType = (type: string): type is AllowedType =>
  (allowedDocumentTypes as readonly string[]).includes(type);

type DocumentRow = Awaited<ReturnType<typeof documentRepository.list>>[number];
const presentDocument = (d: DocumentRow): TDocument => ({
  id: d.id,
  kind: d.kind,
  filename: d.filename,
  contentType: d.content_type,
  sizeBytes: d.size_bytes,
  version: d.version,
  supersedesId: d.supersedes_id,
  superseded: d.superseded,
  uploadedBy: { id: d.uploaded_by, name: d.uploaded_by_name },
  uploadedAt: d.uploaded_at.toISOString(),
});

export const listDocuments = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'dossierDocuments',
      object: { type: 'document-list', id: jobseekerId },
    },
    async (trx) => ({
      result: { items: (await documentRepository.list(trx, jobseekerId)).map(presentDocument) },
    }),
  );

/**
 * Stores an uploaded file in the dossier. Its declared type must be allowed and match its first
 * bytes; a new version never overwrites the old one, which stays available as history.
 */
export const uploadDocument = (
  ctx: Ctx,
  input: {
    jobseekerId: string;
    kind: DocumentKind;
    filename: string;
    contentType: string;
    content: Buffer;
    replaces?: string;
  },
) => {
  if (!isAllowedType(input.contentType) || !contentMatchesType(input.content, input.contentType)) {
    throw new DomainError(
      'unsupported_file_type',
      'This kind of file is not accepted, or its content is not of the declared type',
    );
  }
  if (input.content.length === 0)
    throw new DomainError('validation_failed', 'The file is empty', undefined, [
      { path: 'file', code: 'too_small', message: 'empty file' },
    ]);
  if (input.content.length > MAX_DOCUMENT_BYTES)
    throw new DomainError('payload_too_large', 'The file is too large');
  return jobseekerCommand(
    ctx,
    { jobseekerId: input.jobseekerId, action: 'document.manage', activity: 'dossierDocuments' },
    async (trx, jobseeker) => {
      let version = 1;
      if (input.replaces) {
        const previous = await documentRepository.getMeta(trx, input.replaces);
        if (!previous || previous.jobseeker_id !== jobseeker.id)
          throw new DomainError('not_found', 'Document not found');
        // Only the newest version can be replaced; a second replacement of the same version is a conflict.
        if (!(await documentRepository.supersede(trx, previous.id))) {
          throw new DomainError('conflict', 'This version was replaced already');
        }
        version = previous.version + 1;
      }
      const id = await documentRepository.insert(trx, {
        werkpleinId: jobseeker.werkplein_id,
        jobseekerId: jobseeker.id,
        kind: input.kind,
        filename: input.filename,
        contentType: input.contentType,
        content: input.content,
        sha256: createHash('sha256').update(input.content).digest('hex'),
        version,
        supersedesId: input.replaces ?? null,
        uploadedBy: ctx.actor.employeeId,
        uploadedAt: ctx.clock.now(),
      });
      const stored = (await documentRepository.list(trx, jobseeker.id)).find((d) => d.id === id);
      return {
        result: presentDocument(stored as DocumentRow),
        event: {
          type: 'document.uploaded',
          data: { documentId: id, kind: input.kind, filename: input.filename, version },
        },
        log: { object: { type: 'document', id } },
      };
    },
  );
};

export const downloadDocument = (ctx: Ctx, jobseekerId: string, documentId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'dossierDocuments',
      object: { type: 'document', id: documentId },
    },
    async (trx, jobseeker) => {
      const document = await documentRepository.getContent(trx, documentId);
      if (!document || document.jobseeker_id !== jobseeker.id)
        throw new DomainError('not_found', 'Document not found');
      return { result: document };
    },
  );

type NoteRow = Awaited<ReturnType<typeof documentRepository.listNotes>>[number];
const presentNote = (n: NoteRow): TNote => ({
  id: n.id,
  text: n.text,
  createdBy: { id: n.created_by, name: n.created_by_name },
  createdAt: n.created_at.toISOString(),
});

export const listNotes = (ctx: Ctx, jobseekerId: string) =>
  jobseekerQuery(
    ctx,
    {
      jobseekerId,
      action: 'jobseeker.read',
      activity: 'dossierDocuments',
      object: { type: 'note-list', id: jobseekerId },
    },
    async (trx) => ({
      result: { items: (await documentRepository.listNotes(trx, jobseekerId)).map(presentNote) },
    }),
  );

export const addNote = (ctx: Ctx, jobseekerId: string, text: string) =>
  jobseekerCommand(
    ctx,
    { jobseekerId, action: 'document.manage', activity: 'dossierDocuments' },
    async (trx, jobseeker) => {
      const id = await documentRepository.insertNote(trx, {
        werkpleinId: jobseeker.werkplein_id,
        jobseekerId,
        text,
        createdBy: ctx.actor.employeeId,
        createdAt: ctx.clock.now(),
      });
      const notes = await documentRepository.listNotes(trx, jobseekerId);
      return {
        result: presentNote(notes.find((n) => n.id === id) as NoteRow),
        event: { type: 'note.added', data: { noteId: id } },
        log: { object: { type: 'note', id } },
      };
    },
  );
