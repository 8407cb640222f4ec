import { Paragraph } from '@utrecht/component-library-react';
import { nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import type { DossierSectionProps } from '../../jobseeker-case/dossier-section.ts';
import { VacancyMatchTable } from './vacancy-match-table.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.matching.dossierSection;

/** "Passende vacatures" in the dossier: the best open vacancies for this jobseeker, to propose him. */
export const VacancyMatchesSection = ({ jobseeker }: DossierSectionProps) => {
  const session = useSession();
  const allowed = can(session, 'matching.read');
  const query = useQuery({ ...queries.vacancyMatches(jobseeker.id), enabled: allowed });
  if (!allowed) return <Paragraph>{t.notAllowed}</Paragraph>;
  if (query.isError) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Loading />;
  const items = query.data.items;
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
        />
      )}
    </>
  );
};
