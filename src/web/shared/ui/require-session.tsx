/** Route guards: a logged-in employee, and a role that may use the page. */
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { can, type Capability } from '../lib/access.ts';
import { loginPath } from '../lib/api.ts';
import { useSession, useSessionContext } from '../lib/session.tsx';
import { ForbiddenPage, LoadFailedPage, Loading } from './feedback.tsx';

/** Renders the nested routes for a logged-in employee; anyone else goes to the login page. */
export const RequireSession = () => {
  const { state, refresh } = useSessionContext();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'authenticated':
      return <Outlet />;
    case 'error':
      return <LoadFailedPage error={state.error} onRetry={() => void refresh()} />;
    case 'unauthenticated':
      return <Navigate to={loginPath(state.reason, location.pathname + location.search)} replace />;
  }
};

export const RequireCapability = ({
  capability,
  children,
}: {
  capability: Capability;
  children: ReactNode;
}) => {
  const session = useSession();
  return can(session, capability) ? <>{children}</> : <ForbiddenPage />;
};
