import { createContext, useContext } from 'react';
import type { LoginInput, RegisterInput, UpdateMeInput, UserDto } from '@musubi/shared';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'error';

/** Why a session ended in this tab: decides where protected pages send the user next. */
export type SessionEnd = 'logout' | 'accountDeleted';

export interface AuthContextValue {
  status: AuthStatus;
  user: UserDto | null;
  /** Set when the user ended the session themselves (not when it was never there). */
  ended: SessionEnd | null;
  /** True once the account was created in this tab: the next stop is the profile wizard. */
  isNewAccount: boolean;
  login(input: LoginInput): Promise<UserDto>;
  register(input: RegisterInput): Promise<UserDto>;
  logout(): Promise<void>;
  /** Reloads the session from the server (after a 401 elsewhere, or to retry a failed start). */
  refresh(): Promise<void>;
  updateProfile(input: UpdateMeInput): Promise<UserDto>;
  /** Reloads the signed-in user after a change made elsewhere (a role granted); keeps it if that fails. */
  reloadUser(): Promise<void>;
  /** Forgets the user locally once the server has deleted the account. */
  endSessionAfterDeletion(): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
