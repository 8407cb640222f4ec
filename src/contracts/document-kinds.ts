/** Document constants without zod, so the web bundle can use them. */
export const documentKinds = [
  'identity_document',
  'cv',
  'diploma',
  'benefit_decision',
  'payslip',
  'bank_statement',
  'letter',
  'other',
] as const;

/** What may be uploaded: the declared type must match the file's own first bytes. */
export const allowedDocumentTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
