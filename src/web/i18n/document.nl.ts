/** Dutch texts of the documents and notes in the dossier. */
import type { documentKinds } from '../../contracts/document-kinds.ts';

const kinds: Record<(typeof documentKinds)[number], string> = {
  identity_document: 'Identiteitsbewijs',
  cv: 'Cv',
  diploma: 'Diploma of certificaat',
  benefit_decision: 'Uitkeringsbeschikking',
  payslip: 'Loonstrook',
  bank_statement: 'Bankafschrift',
  letter: 'Brief',
  other: 'Overig',
};

export const documentNl = {
  documentsTitle: 'Documenten',
  notesTitle: 'Notities',
  kinds,
  none: 'Er zijn nog geen documenten in dit dossier.',
  caption: 'Documenten in het dossier, nieuwste eerst',
  columns: {
    kind: 'Soort',
    file: 'Bestand',
    version: 'Versie',
    size: 'Grootte',
    by: 'Toegevoegd door',
    at: 'Datum',
  },
  download: (filename: string) => `${filename} downloaden`,
  replacedBy: 'vervangen door een nieuwere versie',
  newVersion: (filename: string) => `Nieuwe versie van ${filename}`,
  uploadHeading: 'Document toevoegen',
  replaceHeading: (filename: string) => `Nieuwe versie van ${filename} toevoegen`,
  kindLabel: 'Soort document',
  fileLabel: 'Bestand',
  fileDescription: 'PDF, JPG, PNG, Word (.docx) of OpenDocument (.odt), hoogstens 10 MB.',
  fileRequired: 'Kies een bestand.',
  fileTooLarge: 'Dit bestand is groter dan 10 MB.',
  upload: 'Document toevoegen',
  uploading: 'Bezig met toevoegen…',
  cancelReplace: 'Annuleren',
  uploaded: (filename: string) => `${filename} is toegevoegd aan het dossier.`,
  sizeKb: (kb: string) => `${kb} kB`,
  notesNone: 'Er zijn nog geen notities.',
  noteLabel: 'Nieuwe notitie',
  noteRequired: 'Schrijf eerst een notitie.',
  addNote: 'Notitie opslaan',
  noteBy: (name: string, at: string) => `${name}, ${at}`,
};
