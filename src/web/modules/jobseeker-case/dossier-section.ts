/**
 * What a section of the jobseeker's dossier page receives. Sections import this module; only the
 * page imports the list of sections (dossier-sections.tsx), so no section imports the page's list.
 */
import type { TJobseeker } from '../../../contracts/jobseeker.ts';

export interface DossierSectionProps {
  jobseeker: TJobseeker;
  /** Reloads the jobseeker (e.g. after a change that alters its version). */
  reload: () => void;
}
