import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { bsnInSearch, isValidBsn } from '../../../../contracts/bsn.ts';
import { fieldErrorMessage, nl } from '../../../i18n/nl.ts';
import { can } from '../../../shared/lib/access.ts';
import { formatDate, formatPostcode } from '../../../shared/lib/format.ts';
import { paths } from '../../../shared/lib/navigation.ts';
import { useSession } from '../../../shared/lib/session.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ApiErrorAlert } from '../../../shared/ui/feedback.tsx';
import { SelectField, TextField } from '../../../shared/ui/form.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { RouterButtonLink, RouterLink } from '../../../shared/ui/router-link.tsx';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../../shared/lib/queries.ts';

const MIN_QUERY = 2;

/** 9 digits are a BSN: one that fails the elfproef is said to be invalid, not searched for. */
const failsElfproef = (q: string): boolean => {
  const bsn = bsnInSearch(q);
  return bsn !== null && !isValidBsn(bsn);
};

/** Search by name, BSN or dossier number; the query lives in the URL so back and forward work. */
export const SearchPage = () => {
  const session = useSession();
  const { werkpleinen } = session;
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const werkpleinId = params.get('werkplein') ?? '';

  const [draftQuery, setDraftQuery] = useState(q);
  const [draftWerkplein, setDraftWerkplein] = useState(werkpleinId);
  const [queryError, setQueryError] = useState<string | undefined>();

  // Back and forward change the URL: show what is searched for.
  useEffect(() => {
    setDraftQuery(q);
    setDraftWerkplein(werkpleinId);
  }, [q, werkpleinId]);

  const searching = q.length >= MIN_QUERY && !failsElfproef(q);
  // A link or back button can bring a query the form would not send: say what is wrong with it.
  useEffect(() => {
    if (failsElfproef(q)) setQueryError(fieldErrorMessage('q', 'invalid_bsn'));
  }, [q]);
  const resource = useQuery({ ...queries.jobseekerSearch({ q, werkpleinId }), enabled: searching });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = draftQuery.trim();
    if (query.length < MIN_QUERY) {
      setQueryError(fieldErrorMessage('q', query ? 'search_too_short' : 'required'));
      document.getElementById('q')?.focus();
      return;
    }
    if (failsElfproef(query)) {
      setQueryError(fieldErrorMessage('q', 'invalid_bsn'));
      document.getElementById('q')?.focus();
      return;
    }
    setQueryError(undefined);
    const next = new URLSearchParams({ q: query });
    if (draftWerkplein) next.set('werkplein', draftWerkplein);
    if (next.toString() === params.toString()) void resource.refetch();
    else setParams(next);
  };

  const werkpleinName = (id: string) => werkpleinen.find((w) => w.id === id)?.name ?? id;
  const showWerkplein = werkpleinen.length > 1;
  const items = resource.status === 'success' ? resource.data.items : [];

  let status = '';
  if (resource.isFetching) status = nl.loading;
  else if (resource.status === 'success') {
    status =
      items.length === 0
        ? nl.search.none(nl.search.searchedAs[resource.data.kind])
        : nl.search.found(items.length, nl.search.searchedAs[resource.data.kind]);
  }

  return (
    <>
      <PageHeading>{nl.search.title}</PageHeading>
      <form role="search" noValidate onSubmit={onSubmit} className="werkplein-form werkplein-search-form">
        <TextField
          id="q"
          type="search"
          label={nl.search.queryLabel}
          description={nl.search.queryDescription}
          value={draftQuery}
          onChange={setDraftQuery}
          autoComplete="off"
          spellCheck={false}
          error={queryError}
        />
        {showWerkplein ? (
          <SelectField
            id="werkplein"
            label={nl.search.werkpleinLabel}
            value={draftWerkplein}
            onChange={setDraftWerkplein}
            placeholder={nl.search.allWerkpleinen}
            options={werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
            optional
          />
        ) : null}
        <Button type="submit" appearance="primary-action-button">
          {nl.search.submit}
        </Button>
      </form>

      {can(session, 'jobseeker.register') ? (
        <Paragraph>
          <RouterButtonLink to={paths.registerJobseeker} appearance="secondary-action-button">
            {nl.search.registerLink}
          </RouterButtonLink>
        </Paragraph>
      ) : null}

      {/* A live region that exists before any search, so each result count is announced. */}
      <div role="status" className="werkplein-visually-hidden">
        {status}
      </div>

      {searching ? (
        <section aria-labelledby="results-heading" className="werkplein-results">
          <Heading2 id="results-heading">{nl.search.resultsHeading}</Heading2>
          <Paragraph>{status}</Paragraph>
          {resource.isError ? (
            <ApiErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
          ) : null}
          {items.length > 0 ? (
            <DataTable
              caption={nl.search.caption}
              rows={items}
              rowKey={(item) => item.id}
              columns={[
                {
                  key: 'dossierNumber',
                  header: nl.search.columns.dossierNumber,
                  cell: (item) => item.dossierNumber,
                },
                {
                  key: 'name',
                  header: nl.search.columns.name,
                  cell: (item) => <RouterLink to={paths.dossier(item.id)}>{item.fullName}</RouterLink>,
                },
                {
                  key: 'birthDate',
                  header: nl.search.columns.birthDate,
                  cell: (item) => formatDate(item.birthDate),
                },
                {
                  key: 'address',
                  header: nl.search.columns.address,
                  cell: (item) => (
                    <>
                      {formatPostcode(item.postcode)} {item.city}
                    </>
                  ),
                },
                { key: 'bsn', header: nl.search.columns.bsn, cell: (item) => item.bsnMasked },
                ...(showWerkplein
                  ? [
                      {
                        key: 'werkplein',
                        header: nl.search.columns.werkplein,
                        cell: (item: (typeof items)[number]) => werkpleinName(item.werkpleinId),
                      },
                    ]
                  : []),
              ]}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
};
