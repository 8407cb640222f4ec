import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { nl } from '../../../i18n/nl.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { VacancyMatchTable } from '../components/vacancy-match-table.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const t = nl.matching.caseloadMatches;

/** For each activated jobseeker of the klantmanager's caseload, the best open vacancies; propose from here. */
export const CaseloadMatchesPage = () => {
  // While it loads again after a proposal, the list (and the message in it) stays on screen.
  const resource = useQuery(queries.caseloadMatches());
  const data = resource.data;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {resource.isError ? (
        <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
      ) : null}
      {resource.isPending ? <Loading /> : null}
      {data ? <Paragraph>{data.items.length === 0 ? t.none : t.count(data.items.length)}</Paragraph> : null}
      {data?.items.map(({ jobseeker: j, matches }) => (
        <section key={j.id} aria-labelledby={`matches-${j.id}`}>
          <Heading2 id={`matches-${j.id}`}>{j.name}</Heading2>
          <Paragraph>
            <RouterLink to={paths.dossier(j.id)}>{t.dossierLink(j.dossierNumber)}</RouterLink>
            {` · ${j.city}`}
          </Paragraph>
          {j.hasProfile ? null : <Paragraph>{t.noProfile}</Paragraph>}
          {matches.length === 0 ? (
            <Paragraph>{t.noMatches}</Paragraph>
          ) : (
            <VacancyMatchTable
              jobseeker={{ id: j.id, name: j.name }}
              matches={matches}
              caption={t.caption(j.name)}
            />
          )}
        </section>
      ))}
    </>
  );
};
