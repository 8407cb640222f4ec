/** Loading, error and "nothing here" states shared by the pages. */
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
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
