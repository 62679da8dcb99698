import type { UserDto, Language, Role } from '@musubi/shared';
import type { UserDocument } from './user.model';

/** The account as its owner sees it (never the password hash). */
export function presentUser(user: UserDocument): UserDto {
  return {
    id: user._id.toString(),
    email: user.email,
    displayName: user.displayName,
    language: user.language as Language,
    timeZone: user.timeZone,
    role: user.role as Role,
    createdAt: user.createdAt.toISOString(),
  };
}
