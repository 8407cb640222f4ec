import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { TPortalSession } from '../contracts/portal.ts';
import { api, isApiError, setCsrfToken, setUnauthenticatedHandler } from '../web/shared/lib/api.ts';

type State =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error' }
  | { status: 'in'; session: TPortalSession };

const SessionContext = createContext<{ state: State; reload: () => void }>({
  state: { status: 'loading' },
  reload: () => {},
});

/** The portal's start page, with the reason the person landed there. */
export const startPath = (reason?: 'verlopen') => (reason ? `/mijn/?reden=${reason}` : '/mijn/');

/** Where a change sends a basis login: DigiD again at the change level, then back to this page. */
export const stepUpUrl = (session: TPortalSession, here = window.location.pathname) =>
  `/mijn/auth/login?${new URLSearchParams({ niveau: session.changeLevel, terug: here }).toString()}`;

export const loginUrl = (here = window.location.pathname) =>
  `/mijn/auth/login?${new URLSearchParams({ terug: here.startsWith('/mijn/') ? here : '/mijn/' }).toString()}`;

/** The citizen's portal session: its CSRF token for changes, its DigiD level for the step up. */
export const PortalSessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    setUnauthenticatedHandler((code) =>
      window.location.assign(startPath(code === 'session_expired' ? 'verlopen' : undefined)),
    );
    api
      .get<TPortalSession>('/api/portal/session', { allowUnauthenticated: true })
      .then((session) => {
        setCsrfToken(session.csrfToken);
        setState({ status: 'in', session });
      })
      .catch((error: unknown) =>
        setState(isApiError(error) && error.status === 401 ? { status: 'anonymous' } : { status: 'error' }),
      );
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return <SessionContext.Provider value={{ state, reload }}>{children}</SessionContext.Provider>;
};

export const usePortalSession = () => useContext(SessionContext);
