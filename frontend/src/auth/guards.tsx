import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { PageLoader, SessionError } from '../layout/PageStatus';
import { useAuth } from './AuthContext';
import { loginPathFor, safeNextPath } from './redirect';

/** Pages for signed-in users: anyone else is sent to log in and brought back afterwards. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { status, ended, refresh } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageLoader />;
  if (status === 'error') return <SessionError onRetry={() => void refresh()} />;
  if (status === 'anonymous') {
    // Someone who just logged out (or deleted their account) wants to leave, not log in again.
    return <Navigate to={ended ? '/' : loginPathFor(location)} replace />;
  }
  return children ?? <Outlet />;
}

/**
 * Log in and sign up: a signed-in user goes where they were heading, or home; someone who has
 * just created their account goes on to create their profile.
 */
export function GuestOnly({ children }: { children?: ReactNode }) {
  const { status, isNewAccount } = useAuth();
  const [searchParams] = useSearchParams();
  if (status === 'loading') return <PageLoader />;
  if (status === 'authenticated') {
    const fallback = isNewAccount ? '/onboarding' : '/';
    return <Navigate to={safeNextPath(searchParams.get('next'), fallback)} replace />;
  }
  return children ?? <Outlet />;
}
