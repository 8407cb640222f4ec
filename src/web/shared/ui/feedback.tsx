/** Loading, error and "nothing here" states shared by the pages. */
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { errorMessage, nl } from '../../i18n/nl.ts';
import type { ApiError } from '../lib/api.ts';
import { PageHeading } from './page-heading.tsx';
import { RouterLink } from './router-link.tsx';

export const Loading = () => (
  <Paragraph role="status" className="werkplein-loading">
    {nl.loading}
  </Paragraph>
);

export const ApiErrorAlert = ({ error, onRetry }: { error: ApiError; onRetry?: () => void }) => (
  <Alert type="error">
    <Paragraph>{errorMessage(error.code)}</Paragraph>
    {onRetry ? (
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {nl.loadFailed.retry}
        </Button>
      </Paragraph>
    ) : null}
  </Alert>
);

/**
 * The lines above a list read with a query: "loading" the first time, the error with a retry and,
 * once loaded, `none` when the list is empty or, given `count`, how many there are.
 */
export const ListStatus = ({
  query,
  size,
  none,
  count,
}: {
  query: UseQueryResult<unknown, ApiError>;
  /** How many items the list has. */
  size: number;
  none: ReactNode;
  count?: (size: number) => ReactNode;
}) => (
  <>
    {query.isLoading ? <Loading /> : null}
    {query.isError ? <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
    {query.isSuccess && (size === 0 || count) ? (
      <Paragraph>{size === 0 || !count ? none : count(size)}</Paragraph>
    ) : null}
  </>
);

export const NotFoundPage = () => (
  <>
    <PageHeading>{nl.notFound.title}</PageHeading>
    <Paragraph>{nl.notFound.text}</Paragraph>
    <Paragraph>
      <RouterLink to="/">{nl.notFound.home}</RouterLink>
    </Paragraph>
  </>
);

export const ForbiddenPage = () => (
  <>
    <PageHeading>{nl.forbidden.title}</PageHeading>
    <Paragraph>{nl.forbidden.text}</Paragraph>
    <Paragraph>
      <RouterLink to="/">{nl.forbidden.home}</RouterLink>
    </Paragraph>
  </>
);

/** A whole page that could not load: a heading, so the page still has its h1, and the reason. */
export const LoadFailedPage = ({ error, onRetry }: { error: ApiError; onRetry?: () => void }) => (
  <>
    <PageHeading>{nl.loadFailed.title}</PageHeading>
    <ApiErrorAlert error={error} onRetry={onRetry} />
  </>
);
