import type { UserDto, Language, OrganiserRequestDto, OrganiserRequestStatus, Role } from '@musubi/shared';
import type { AuthUser } from './sessions.service';

/** The account as its owner sees it (never the password hash). */
export function presentUser(user: AuthUser): UserDto {
  return {
    id: user._id.toString(),
    email: user.email,
    displayName: user.displayName,
    language: user.language as Language,
    timeZone: user.timeZone,
    role: user.role as Role,
    organiserRequest: presentOrganiserRequest(user),
    createdAt: user.createdAt.toISOString(),
  };
}

/** The request's status follows the role: an organiser is `granted` however the role came. */
function presentOrganiserRequest(user: AuthUser): OrganiserRequestDto {
  const request = user.organiserRequest;
  const stored = (request?.status ?? 'none') as OrganiserRequestStatus;
  const status: OrganiserRequestStatus = user.role === 'organiser' ? 'granted' : stored === 'granted' ? 'none' : stored;
  return {
    status,
    note: request?.note ?? '',
    requestedAt: request?.requestedAt ? request.requestedAt.toISOString() : null,
    decidedAt: request?.decidedAt ? request.decidedAt.toISOString() : null,
  };
}
