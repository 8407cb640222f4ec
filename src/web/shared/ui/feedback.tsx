/** Loading, error and "nothing here" states shared by the pages. */
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { errorMessage, nl } from '../../i18n/nl.ts';
import type { ApiError } from '../lib/api.ts';
import type { Resource } from '../lib/use-resource.ts';
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
 * The lines above a list read with useResource: "loading", the error with a retry and, once
 * loaded, `none` when the list is empty or, given `count`, how many there are.
 */
export const ListStatus = ({
  resource,
  onRetry,
  size,
  none,
  count,
}: {
  resource: Resource<unknown>;
  onRetry: () => void;
  /** How many items the list has. */
  size: number;
  none: ReactNode;
  count?: (size: number) => ReactNode;
}) => (
  <>
    {resource.status === 'loading' ? <Loading /> : null}
    {resource.status === 'error' ? <ApiErrorAlert error={resource.error} onRetry={onRetry} /> : null}
    {resource.status === 'success' && (size === 0 || count) ? (
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
