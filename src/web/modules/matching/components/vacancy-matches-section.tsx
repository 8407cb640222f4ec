import { Paragraph } from '@utrecht/component-library-react';
import type { TVacancyMatch } from '../../../../contracts/matching.ts';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { VacancyMatchTable } from './vacancy-match-table.tsx';

const t = nl.matching.dossierSection;

/** "Passende vacatures" in the dossier: the best open vacancies for this jobseeker, to propose him. */
export const VacancyMatchesSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const allowed = can(session, 'matching.read');
  const { resource, reload } = useResource<{ items: TVacancyMatch[] }>(
    allowed ? `/api/jobseekers/${encodeURIComponent(jobseeker.id)}/vacancies` : null,
    { limit: 5 },
  );
  if (!allowed) return <Paragraph>{t.notAllowed}</Paragraph>;
  if (resource.status === 'error') return <ApiErrorAlert error={resource.error} onRetry={reload} />;
  const items =
    resource.status === 'success'
      ? resource.data.items
      : resource.status === 'loading'
        ? resource.previous?.items
        : undefined;
  if (!items) return <Loading />;
  return (
    <>
      <Paragraph>{t.intro}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <VacancyMatchTable
          jobseeker={{ id: jobseeker.id, name: jobseeker.fullName }}
          matches={items}
          caption={t.caption}
          onChanged={reload}
        />
      )}
    </>
  );
};
