import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router';
import { api } from '../web/shared/lib/api.ts';
import { createQueryClient } from '../web/shared/lib/queries.ts';
import { nl } from './i18n/nl.ts';
import { ContactPage } from './pages/contact-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { LogPage } from './pages/log-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { PortalSessionProvider, usePortalSession } from './session.tsx';

const logout = async () => {
  const { redirectTo } = await api.post<{ redirectTo: string }>('/mijn/auth/logout');
  window.location.assign(redirectTo);
};

const Layout = ({ children, loggedIn }: { children: ReactNode; loggedIn: boolean }) => (
  <div className="portal">
    <a className="portal-skip" href="#inhoud">
      {nl.skipLink}
    </a>
    <header className="portal-header">
      <div className="portal-header__content">
        <span className="portal-brand">{nl.appName}</span>
        {loggedIn ? (
          <Button appearance="secondary-action-button" onClick={() => void logout()}>
            {nl.nav.logout}
          </Button>
        ) : null}
      </div>
      {loggedIn ? (
        <nav aria-label={nl.nav.label} className="portal-nav">
          <NavLink to="/" end>
            {nl.nav.home}
          </NavLink>
          <NavLink to="/contactgegevens">{nl.nav.contact}</NavLink>
          <NavLink to="/wie-bekeek-mijn-gegevens">{nl.nav.log}</NavLink>
        </nav>
      ) : null}
    </header>
    <main id="inhoud" className="portal-main">
      {children}
    </main>
  </div>
);

const Pages = () => {
  const { state, reload } = usePortalSession();
  if (state.status === 'loading')
    return (
      <Layout loggedIn={false}>
        <Paragraph role="status">{nl.loading}</Paragraph>
      </Layout>
    );
  if (state.status === 'error')
    return (
      <Layout loggedIn={false}>
        <Heading1>{nl.appName}</Heading1>
        <Alert type="error">
          <Paragraph>{nl.errors.network}</Paragraph>
          <Button appearance="secondary-action-button" onClick={reload}>
            {nl.retry}
          </Button>
        </Alert>
      </Layout>
    );
  if (state.status === 'anonymous')
    return (
      <Layout loggedIn={false}>
        <StartPage />
      </Layout>
    );
  const { session } = state;
  return (
    <Layout loggedIn>
      <Routes>
        <Route path="/contactgegevens" element={<ContactPage session={session} />} />
        <Route path="/wie-bekeek-mijn-gegevens" element={<LogPage />} />
        <Route path="*" element={<HomePage session={session} />} />
      </Routes>
    </Layout>
  );
};

const queryClient = createQueryClient();

export const PortalApp = () => (
  <QueryClientProvider client={queryClient}>
    <BrowserRouter basename="/mijn">
      <PortalSessionProvider>
        <Pages />
      </PortalSessionProvider>
    </BrowserRouter>
  </QueryClientProvider>
);
