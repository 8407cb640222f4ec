import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { TCaseloadMatchList } from '../../../../contracts/caseload-matches.ts';
import { nl } from '../../../i18n/nl.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useResource } from '../../../shared/lib/use-resource.ts';
import { ApiErrorAlert, Loading } from '../../../shared/ui/feedback.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterLink } from '../../../shared/ui/router-link.tsx';
import { VacancyMatchTable } from '../components/vacancy-match-table.tsx';

const t = nl.matching.caseloadMatches;

/** For each activated jobseeker of the klantmanager's caseload, the best open vacancies; propose from here. */
export const CaseloadMatchesPage = () => {
  const { resource, reload } = useResource<TCaseloadMatchList>('/api/caseload/vacancy-matches', {
    perJobseeker: 3,
  });
  // While reloading after a proposal, keep the list (and the message in it) on screen.
  const data =
    resource.status === 'success'
      ? resource.data
      : resource.status === 'loading'
        ? resource.previous
        : undefined;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={reload} /> : null}
      {!data && resource.status !== 'error' ? <Loading /> : null}
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
              onChanged={reload}
            />
          )}
        </section>
      ))}
    </>
  );
};
