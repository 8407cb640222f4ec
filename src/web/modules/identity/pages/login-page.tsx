import { Alert, ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { nl } from '../../../i18n/nl.ts';
import { clearLoggedOutFlag, peekLoggedOutFlag, useSessionContext } from '../../../shared/lib/session.tsx';
import { PageHeading } from '../../../shared/ui/page-heading.tsx';
import { loginUrl, safeReturnTo } from '../return-to.ts';

/** The page anyone without a session sees. Logging in is a full page visit to the server. */
export const LoginPage = () => {
  const [params] = useSearchParams();
  const { state } = useSessionContext();
  const [loggedOut] = useState(() => peekLoggedOutFlag() || params.get('reden') === 'uitgelogd');
  useEffect(() => clearLoggedOutFlag(), []);

  const returnTo = safeReturnTo(params.get('terug'));
  if (state.status === 'authenticated') return <Navigate to={returnTo} replace />;

  const expired =
    !loggedOut &&
    (params.get('reden') === 'verlopen' ||
      (state.status === 'unauthenticated' && state.reason === 'session_expired'));

  return (
    <div className="werkplein-login">
      <PageHeading>{nl.login.title}</PageHeading>
      {expired ? (
        <Alert type="warning">
          <Paragraph>{nl.login.expired}</Paragraph>
        </Alert>
      ) : null}
      {loggedOut ? (
        <Alert type="ok">
          <Paragraph>{nl.login.loggedOut}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph appearance="lead">{nl.login.intro}</Paragraph>
      <Paragraph>{nl.login.how}</Paragraph>
      <Paragraph>
        <ButtonLink appearance="primary-action-button" href={loginUrl(returnTo)}>
          {nl.login.button}
        </ButtonLink>
      </Paragraph>
    </div>
  );
};
