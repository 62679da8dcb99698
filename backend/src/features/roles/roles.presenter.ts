import type { OrganiserItemDto, OrganiserRequestItemDto } from '@musubi/shared';
import type { UserDocument } from '../accounts';

export function presentOrganiserRequestItem(user: UserDocument): OrganiserRequestItemDto {
  return {
    userId: user._id.toString(),
    email: user.email,
    displayName: user.displayName,
    note: user.organiserRequest?.note ?? '',
    requestedAt: (user.organiserRequest?.requestedAt ?? user.createdAt).toISOString(),
  };
}

export function presentOrganiserItem(user: UserDocument): OrganiserItemDto {
  const request = user.organiserRequest;
  return {
    userId: user._id.toString(),
    email: user.email,
    displayName: user.displayName,
    grantedAt: request?.status === 'granted' && request.decidedAt ? request.decidedAt.toISOString() : null,
  };
}
