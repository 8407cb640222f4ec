import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { portalQueries } from '../queries.ts';
import { PageTitle } from '../page-title.tsx';
import { formatMoment } from '../format.ts';
import { errorText, nl } from '../i18n/nl.ts';

/** "Wie bekeek mijn gegevens": the processing log of his own data, calm and without names. */
export const LogPage = () => {
  const [page, setPage] = useState(1);
  const { data: log, error, isFetching, refetch } = useQuery(portalQueries.log(page));
  const reload = () => void refetch();
  return (
    <>
      <PageTitle>{nl.log.title}</PageTitle>
      <Paragraph>{nl.log.intro}</Paragraph>
      <Paragraph>{nl.log.calm}</Paragraph>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorText(error.code)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={reload}>
            {nl.retry}
          </Button>
        </Alert>
      ) : null}
      {isFetching ? <Paragraph role="status">{nl.loading}</Paragraph> : null}
      {log && log.items.length === 0 && page === 1 ? <Paragraph>{nl.log.none}</Paragraph> : null}
      {log ? (
        <ol className="portal-log">
          {log.items.map((item, i) => (
            <li key={`${item.at}-${i}`} className="portal-card">
              <Heading2 className="portal-log__when">
                <time dateTime={item.at}>{formatMoment(item.at)}</time>
              </Heading2>
              <Paragraph>
                <strong>{nl.log.who}:</strong> {item.organisation ?? nl.log.unknownOrganisation}
                {item.role ? `, ${nl.log.role[item.role] ?? item.role}` : ''}
              </Paragraph>
              <Paragraph>
                <strong>{nl.log.what}:</strong> {item.activity}. {item.purpose}.
              </Paragraph>
              <Paragraph className="portal-hint">{nl.log.legalBasis(item.legalBasis)}</Paragraph>
            </li>
          ))}
        </ol>
      ) : null}
      {log && (page > 1 || log.hasMore) ? (
        <nav aria-label={nl.log.pagination} className="portal-actions">
          <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {nl.log.previous}
          </Button>
          <span aria-current="page">{nl.log.page(page)}</span>
          <Button
            appearance="secondary-action-button"
            disabled={!log.hasMore}
            onClick={() => setPage(page + 1)}
          >
            {nl.log.next}
          </Button>
        </nav>
      ) : null}
    </>
  );
};
