import { Alert, ButtonLink, Heading1, Paragraph } from '@utrecht/component-library-react';
import { nl } from '../i18n/nl.ts';
import { loginUrl } from '../session.tsx';

/** What someone who is not logged in sees: why he is here, and the DigiD button. */
export const StartPage = () => {
  const params = new URLSearchParams(window.location.search);
  const problem = params.get('fout');
  const message = problem ? (nl.start.problems[problem] ?? nl.start.problems.mislukt) : undefined;
  return (
    <>
      <Heading1 className="portal-title">{nl.start.title}</Heading1>
      {message ? (
        <Alert type={problem === 'geannuleerd' ? 'info' : 'error'}>
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      {params.get('reden') === 'verlopen' ? (
        <Alert type="warning">
          <Paragraph>{nl.start.expired}</Paragraph>
        </Alert>
      ) : null}
      {params.has('uitgelogd') ? (
        <Alert type="ok">
          <Paragraph>{nl.start.loggedOut}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph appearance="lead">{nl.start.intro}</Paragraph>
      <Paragraph>{nl.start.how}</Paragraph>
      <Paragraph>
        <ButtonLink appearance="primary-action-button" href={loginUrl()}>
          {nl.start.button}
        </ButtonLink>
      </Paragraph>
    </>
  );
};
