/**
 * The frame of every page: skip link, header with the product and the logged-in employee, the
 * navigation the role allows, the main landmark and the footer.
 */
import {
  Alert,
  Button,
  NavBar,
  NavList,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { useState, type MouseEvent } from 'react';
import { Outlet } from 'react-router';
import { errorMessage, nl } from '../../i18n/nl.ts';
import { isApiError } from '../lib/api.ts';
import { destinationsFor, paths } from '../lib/navigation.ts';
import { useSessionContext } from '../lib/session.tsx';
import { RouterLink, RouterNavListLink } from './router-link.tsx';

const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
};

export const AppLayout = () => {
  const { state, logout } = useSessionContext();
  const session = state.status === 'authenticated' ? state.session : null;
  const [loggingOut, setLoggingOut] = useState(false);
  const [logoutError, setLogoutError] = useState<string | null>(null);

  const onLogout = async () => {
    setLoggingOut(true);
    setLogoutError(null);
    try {
      await logout();
    } catch (error) {
      setLogoutError(errorMessage(isApiError(error) ? error.code : 'network'));
      setLoggingOut(false);
    }
  };

  return (
    <div className="werkplein-app">
      <SkipLink href="#main" onClick={skipToMain}>
        {nl.layout.skipLink}
      </SkipLink>
      <PageHeader className="werkplein-header">
        <div className="werkplein-header__content">
          <RouterLink to={paths.start} className="werkplein-header__brand" aria-label={nl.layout.homeLink}>
            {nl.productName}
          </RouterLink>
          {session ? (
            <div className="werkplein-header__user">
              <p className="werkplein-header__employee">
                <span className="werkplein-visually-hidden">{nl.layout.loggedInAs} </span>
                {nl.layout.employeeOf(session.employee.name, session.employee.partner.name)}
              </p>
              <Button
                appearance="secondary-action-button"
                className="werkplein-header__logout"
                onClick={() => void onLogout()}
                busy={loggingOut}
                disabled={loggingOut}
              >
                {loggingOut ? nl.layout.loggingOut : nl.layout.logout}
              </Button>
            </div>
          ) : null}
        </div>
      </PageHeader>
      {session ? (
        <NavBar aria-label={nl.layout.navLabel} className="werkplein-nav">
          <NavList>
            <RouterNavListLink to={paths.start} isCurrent={(p) => p === paths.start}>
              {nl.nav.start}
            </RouterNavListLink>
            {destinationsFor(session).map((d) => (
              <RouterNavListLink key={d.to} to={d.to} isCurrent={d.isCurrent}>
                {d.label}
              </RouterNavListLink>
            ))}
          </NavList>
        </NavBar>
      ) : null}
      <PageContent className="werkplein-content">
        <main id="main" tabIndex={-1} className="werkplein-main">
          {logoutError ? (
            <Alert type="error">
              <Paragraph>{logoutError}</Paragraph>
            </Alert>
          ) : null}
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="werkplein-footer">
        <div className="werkplein-footer__content">
          <Paragraph>{nl.layout.footer}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
};
