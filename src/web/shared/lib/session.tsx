import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TSessionResponse } from '../../../contracts/identity.ts';
import { api, ApiError, isApiError, setCsrfToken, setUnauthenticatedHandler } from './api.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'authenticated'; session: TSessionResponse }
  | { status: 'unauthenticated'; reason: 'unauthenticated' | 'session_expired' }
  | { status: 'error'; error: ApiError };

interface SessionContextValue {
  state: SessionState;
  /** Asks the server again who is logged in. */
  refresh: () => Promise<void>;
  /** Ends the session at the server and follows its redirect (to the identity provider). */
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

const LOGGED_OUT_FLAG = 'werkplein.loggedOut';

/** Whether the user chose to log out, remembered across the round trip to the identity provider. */
export const peekLoggedOutFlag = (): boolean => {
  try {
    return window.sessionStorage.getItem(LOGGED_OUT_FLAG) === '1';
  } catch {
    return false;
  }
};

export const clearLoggedOutFlag = (): void => {
  try {
    window.sessionStorage.removeItem(LOGGED_OUT_FLAG);
  } catch {
    // Nothing to clear when storage is disabled.
  }
};

const setLoggedOutFlag = (): void => {
  try {
    window.sessionStorage.setItem(LOGGED_OUT_FLAG, '1');
  } catch {
    // Storage may be disabled; the notice after logout is a nicety.
  }
};

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const queryClient = useQueryClient();

  const refresh = useCallback(async () => {
    try {
      const session = await api.get<TSessionResponse>('/api/session', { allowUnauthenticated: true });
      setCsrfToken(session.csrfToken);
      setState({ status: 'authenticated', session });
    } catch (error) {
      setCsrfToken(null);
      if (isApiError(error) && (error.code === 'unauthenticated' || error.code === 'session_expired')) {
        setState({ status: 'unauthenticated', reason: error.code });
      } else {
        setState({ status: 'error', error: isApiError(error) ? error : new ApiError(0, 'network') });
      }
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Any API call answered with 401 drops the session; RequireSession then routes to the login page.
  useEffect(() => {
    setUnauthenticatedHandler((code) => {
      setCsrfToken(null);
      // What the previous session read stays out of reach of the next one.
      queryClient.clear();
      setState({ status: 'unauthenticated', reason: code });
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  const logout = useCallback(async () => {
    try {
      const { redirectTo } = await api.post<{ redirectTo: string }>('/auth/logout', undefined, {
        allowUnauthenticated: true,
      });
      setLoggedOutFlag();
      setCsrfToken(null);
      window.location.assign(redirectTo);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setCsrfToken(null);
        setLoggedOutFlag();
        window.location.assign('/inloggen');
        return;
      }
      throw error;
    }
  }, []);

  const value = useMemo(() => ({ state, refresh, logout }), [state, refresh, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSessionContext = (): SessionContextValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionContext outside SessionProvider');
  return value;
};

/** The logged-in employee's session; only for components rendered inside RequireSession. */
export const useSession = (): TSessionResponse => {
  const { state } = useSessionContext();
  if (state.status !== 'authenticated') throw new Error('useSession without an authenticated session');
  return state.session;
};
