import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams } from '../../../contracts/common.ts';
import {
  MAX_DOCUMENT_BYTES,
  ZDocument,
  ZDocumentList,
  ZNote,
  ZNoteList,
  ZNoteRequest,
  ZUploadDocumentQuery,
} from '../../../contracts/document.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { addNote, downloadDocument, listDocuments, listNotes, uploadDocument } from './document.service.ts';

const tags = ['dossier'];

/** RFC 6266 filename for a download, safe for any name. */
const contentDisposition = (filename: string): string => {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
};

export const documentRoutes = async (app: FastifyInstance, ctxOf: (request: FastifyRequest) => Ctx) => {
  // Uploads arrive as the raw file with its own content type (the service checks the type). Only the
  // upload route gets the catch-all parser, so any other route refuses a body that is not JSON.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES },
      (_request, body, done) => done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/jobseekers/:id/documents',
      {
        schema: {
          tags,
          summary: 'Upload a document: the file is the body, with its own Content-Type',
          params: ZIdParams,
          querystring: ZUploadDocumentQuery,
          response: { 201: ZDocument },
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body))
          throw new DomainError('unsupported_file_type', 'Send the file itself as the body');
        const document = await uploadDocument(ctxOf(request), {
          jobseekerId: request.params.id,
          kind: request.query.kind,
          filename: request.query.filename,
          replaces: request.query.replaces,
          contentType: (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
          content: request.body,
        });
        return reply.code(201).send(document);
      },
    );
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/jobseekers/:id/documents',
    {
      schema: {
        tags,
        summary: "A jobseeker's documents, every version",
        params: ZIdParams,
        response: { 200: ZDocumentList },
      },
    },
    async (request) => listDocuments(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/jobseekers/:id/documents/:documentId/content',
    {
      schema: {
        tags,
        summary: 'Download one version of a document',
        params: ZIdParams.extend({ documentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const document = await downloadDocument(ctxOf(request), request.params.id, request.params.documentId);
      return reply
        .type(document.content_type)
        .header('content-disposition', contentDisposition(document.filename))
        .header('cache-control', 'private, no-store')
        .send(document.content);
    },
  );
  r.get(
    '/api/jobseekers/:id/notes',
    { schema: { tags, params: ZIdParams, response: { 200: ZNoteList } } },
    async (request) => listNotes(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/jobseekers/:id/notes',
    { schema: { tags, params: ZIdParams, body: ZNoteRequest, response: { 201: ZNote } } },
    async (request, reply) =>
      reply.code(201).send(await addNote(ctxOf(request), request.params.id, request.body.text)),
  );
};
