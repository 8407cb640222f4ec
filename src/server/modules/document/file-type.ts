import type { allowedDocumentTypes } from '../../../contracts/document.ts';

type AllowedType = (typeof allowedDocumentTypes)[number];

const startsWith = (content: Buffer, bytes: readonly number[]) => bytes.every((b, i) => content[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Whether the file's own first bytes fit the declared type (a renamed .exe is not a PDF). Office
 * documents are zip files whose first entry is the `mimetype` (ODF) or `[Content_Types].xml` (OOXML).
 */
export const contentMatchesType = (content: Buffer, type: AllowedType): boolean => {
  switch (type) {
    case 'application/pdf':
      return startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/png':
      return startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(content, [0xff, 0xd8, 0xff]);
    case 'application/vnd.oasis.opendocument.text':
      return startsWith(content, ZIP) && content.subarray(30, 38).toString('latin1') === 'mimetype';
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return startsWith(content, ZIP) && content.includes('word/document.xml');
  }
};
