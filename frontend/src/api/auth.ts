import type {
  ChangePasswordInput,
  DeleteAccountInput,
  LoginInput,
  RegisterInput,
  UpdateMeInput,
  UserDto,
} from '@musubi/shared';
import { api, ApiError } from './client';

interface UserResponse {
  user: UserDto;
}

/**
 * Creates an account. The server may answer neutrally (202, no session, so that sign-up does not
 * reveal which emails exist) or with the new user and a session; null means "now log in".
 */
export async function register(input: RegisterInput): Promise<UserDto | null> {
  const body = await api.post<Partial<UserResponse> | undefined>('/api/auth/register', input);
  return body?.user ?? null;
}

export async function login(input: LoginInput): Promise<UserDto> {
  return (await api.post<UserResponse>('/api/auth/login', input)).user;
}

export async function logout(): Promise<void> {
  await api.post<void>('/api/auth/logout');
}

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<UserDto | null> {
  try {
    return (await api.get<UserResponse>('/api/me')).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function updateMe(input: UpdateMeInput): Promise<UserDto> {
  return (await api.patch<UserResponse>('/api/me', input)).user;
}

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await api.post<void>('/api/me/password', input);
}

export async function deleteAccount(input: DeleteAccountInput): Promise<void> {
  await api.delete<void>('/api/me', input);
}
