/**
 * The sections of a jobseeker's dossier page, in order. Each module adds its own section here
 * (one import and one entry); the dossier page renders them below the personal data, with an
 * in-page table of contents. A section decides itself what to show for the session's capabilities.
 */
import type { ComponentType } from 'react';
import type { TJobseeker } from '../../../contracts/jobseeker.ts';
import { nl } from '../../i18n/nl.ts';
import { DocumentsSection } from '../document/components/documents-section.tsx';
import { NotesSection } from '../document/components/notes-section.tsx';
import { ProfileSection } from '../profile/components/profile-section.tsx';
import { PurchasesSection } from '../trajectory/components/purchases-section.tsx';

export interface DossierSectionProps {
  jobseeker: TJobseeker;
  /** Reloads the jobseeker (e.g. after a change that alters its version). */
  reload: () => void;
}

export interface DossierSection {
  /** Anchor id, Dutch, e.g. "actieplan". */
  id: string;
  /** Dutch heading, also the table-of-contents entry (from the message catalogue). */
  title: string;
  Component: ComponentType<DossierSectionProps>;
}

export const dossierSections: DossierSection[] = [
  { id: 'profiel', title: nl.profile.title, Component: ProfileSection },
  { id: 'trajecten', title: nl.trajectory.sectionTitle, Component: PurchasesSection },
  // Documents and notes stay last.
  { id: 'documenten', title: nl.document.documentsTitle, Component: DocumentsSection },
  { id: 'notities', title: nl.document.notesTitle, Component: NotesSection },
];
