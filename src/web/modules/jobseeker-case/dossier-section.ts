/**
 * What a section of the jobseeker's dossier page receives. Sections import this module; only the
 * page imports the list of sections (dossier-sections.tsx), so no section imports the page's list.
 */
import type { TJobseeker } from '../../../contracts/jobseeker.ts';

export interface DossierSectionProps {
  /** The jobseeker as last loaded; a command on the dossier invalidates it (see useCommand). */
  jobseeker: TJobseeker;
}
