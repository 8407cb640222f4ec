/**
 * The sections of a jobseeker's dossier page, in order. Each module adds its own section here
 * (one import and one entry); the dossier page renders them below the personal data, with an
 * in-page table of contents. A section decides itself what to show for the session's capabilities.
 * Only the dossier page imports this list; a section imports its props from dossier-section.ts.
 */
import type { ComponentType } from 'react';
import { nl } from '../../i18n/nl.ts';
import type { DossierSectionProps } from './dossier-section.ts';
import { CaseFlowSection } from '../case-flow/components/case-flow-section.tsx';
import { CaseSection } from '../intake/components/case-section.tsx';
import { PersonalDataSection } from '../intake/components/personal-data-section.tsx';
import { TimelineSection } from '../timeline/components/timeline-section.tsx';
import { DocumentsSection } from '../document/components/documents-section.tsx';
import { NotesSection } from '../document/components/notes-section.tsx';
import { ProfileSection } from '../profile/components/profile-section.tsx';
import { ActionPlanSection } from '../action-plan/components/action-plan-section.tsx';
import { SummonsesSection } from '../action-plan/components/summonses-section.tsx';
import { AppointmentsSection } from '../appointment/components/appointments-section.tsx';
import { ReferralsSection } from '../referral/components/referrals-section.tsx';
import { PurchasesSection } from '../trajectory/components/purchases-section.tsx';
import { VacancyMatchesSection } from '../matching/components/vacancy-matches-section.tsx';

export interface DossierSection {
  /** Anchor id, Dutch, e.g. "actieplan". */
  id: string;
  /** Dutch heading, also the table-of-contents entry (from the message catalogue). */
  title: string;
  Component: ComponentType<DossierSectionProps>;
}

export const dossierSections: DossierSection[] = [
  { id: 'klantmanager-en-uitkering', title: nl.intake.caseSection.title, Component: CaseSection },
  { id: 'gegevens-wijzigen', title: nl.intake.personal.title, Component: PersonalDataSection },
  { id: 'profiel', title: nl.profile.title, Component: ProfileSection },
  { id: 'actieplan', title: nl.plan.actionPlan.title, Component: ActionPlanSection },
  { id: 'afspraken', title: nl.plan.appointments.title, Component: AppointmentsSection },
  { id: 'doorverwijzingen', title: nl.plan.referrals.title, Component: ReferralsSection },
  { id: 'oproepen', title: nl.plan.summonses.title, Component: SummonsesSection },
  { id: 'trajecten', title: nl.trajectory.sectionTitle, Component: PurchasesSection },
  { id: 'traject-en-uitstroom', title: nl.caseflow.flow.title, Component: CaseFlowSection },
  {
    id: 'passende-vacatures',
    title: nl.matching.dossierSection.title,
    Component: VacancyMatchesSection,
  },
  { id: 'tijdlijn', title: nl.caseflow.timeline.title, Component: TimelineSection },
  // Documents and notes stay last.
  { id: 'documenten', title: nl.document.documentsTitle, Component: DocumentsSection },
  { id: 'notities', title: nl.document.notesTitle, Component: NotesSection },
];
