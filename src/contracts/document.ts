import { z } from 'zod';
import { allowedDocumentTypes, documentKinds, MAX_DOCUMENT_BYTES } from './document-kinds.ts';

export { allowedDocumentTypes, documentKinds, MAX_DOCUMENT_BYTES };
export const ZDocumentKind = z.enum(documentKinds);

export const ZUploadDocumentQuery = z.object({
  kind: ZDocumentKind,
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((name) => ![...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20), {
      message: 'filename_invalid',
    }),
  /** Id of the document this upload is a new version of. */
  replaces: z.uuid().optional(),
});

export const ZDocument = z.object({
  id: z.string(),
  kind: ZDocumentKind,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  version: z.number(),
  supersedesId: z.string().nullable(),
  superseded: z.boolean(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }),
  uploadedAt: z.string(),
});
export type TDocument = z.infer<typeof ZDocument>;
export const ZDocumentList = z.object({ items: z.array(ZDocument) });

export const ZNoteRequest = z.object({ text: z.string().trim().min(1).max(4000) }).strict();
export const ZNote = z.object({
  id: z.string(),
  text: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
});
export type TNote = z.infer<typeof ZNote>;
export const ZNoteList = z.object({ items: z.array(ZNote) });
