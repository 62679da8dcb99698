import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginInput, RegisterInput, UpdateMeInput, UserDto } from '@musubi/shared';
import * as authApi from '../api/auth';
import { onSessionLost } from '../api/client';
import { AuthContext, type AuthContextValue, type AuthStatus, type SessionEnd } from './AuthContext';

interface SessionState {
  status: AuthStatus;
  user: UserDto | null;
  ended: SessionEnd | null;
  isNewAccount: boolean;
}

const signedIn = (user: UserDto, isNewAccount = false): SessionState => ({
  status: 'authenticated',
  user,
  ended: null,
  isNewAccount,
});
const signedOut: SessionState = { status: 'anonymous', user: null, ended: null, isNewAccount: false };
const ended = (reason: SessionEnd): SessionState => ({ ...signedOut, ended: reason });
const failed: SessionState = { status: 'error', user: null, ended: null, isNewAccount: false };

/** Loads the session once (`GET /api/me`) and keeps the signed-in user for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({
    status: 'loading',
    user: null,
    ended: null,
    isNewAccount: false,
  });

  const refresh = useCallback(async () => {
    try {
      const user = await authApi.fetchMe();
      setSession(user ? signedIn(user) : signedOut);
    } catch {
      setSession(failed);
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    authApi.fetchMe().then(
      (user) => {
        if (!cancelled) setSession(user ? signedIn(user) : signedOut);
      },
      () => {
        if (!cancelled) setSession(failed);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // A session revoked elsewhere: protected pages then send the user to log in again.
  useEffect(() => onSessionLost(() => setSession((current) => (current.user ? signedOut : current))), []);

  const login = useCallback(async (input: LoginInput) => {
    const user = await authApi.login(input);
    setSession(signedIn(user));
    return user;
  }, []);

  const register = useCallback(async (input: RegisterInput) => {
    const created = await authApi.register(input);
    // A neutral answer opens no session: log in with what was just typed. For an email that was
    // already registered (with another password) this fails with invalid_credentials.
    const user = created ?? (await authApi.login({ email: input.email, password: input.password }));
    setSession(signedIn(user, true));
    return user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Even if the server is unreachable, this browser should stop acting signed in.
      setSession(ended('logout'));
    }
  }, []);

  const updateProfile = useCallback(async (input: UpdateMeInput) => {
    const user = await authApi.updateMe(input);
    setSession((current) => signedIn(user, current.isNewAccount));
    return user;
  }, []);

  const reloadUser = useCallback(async () => {
    try {
      const user = await authApi.fetchMe();
      setSession((current) => (user ? signedIn(user, current.isNewAccount) : signedOut));
    } catch {
      // The account shown stays as it was; the next page load corrects it.
    }
  }, []);

  const endSessionAfterDeletion = useCallback(() => setSession(ended('accountDeleted')), []);

  const value = useMemo<AuthContextValue>(
    () => ({
      ...session,
      login,
      register,
      logout,
      refresh,
      updateProfile,
      reloadUser,
      endSessionAfterDeletion,
    }),
    [session, login, register, logout, refresh, updateProfile, reloadUser, endSessionAfterDeletion],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
