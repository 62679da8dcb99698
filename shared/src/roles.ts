import { z } from 'zod';

/**
 * Organiser is a granted role: a member asks (at sign-up or later in settings), an admin grants or
 * declines, and may revoke it again. The CLI (`npm run grant-role`) sets any role directly.
 */
export const ROLE_LIMITS = {
  organiserNoteMax: 500,
  adminPageSizeDefault: 20,
  adminPageSizeMax: 100,
} as const;

/** Where a member's request to organise events stands (`granted` while the role is organiser). */
export const ORGANISER_REQUEST_STATUSES = ['none', 'pending', 'granted', 'declined', 'revoked'] as const;
export type OrganiserRequestStatus = (typeof ORGANISER_REQUEST_STATUSES)[number];

/** "What events do you run?": optional, shown to admins beside the request. */
export const OrganiserNoteSchema = z.string().trim().max(ROLE_LIMITS.organiserNoteMax).default('');

/** A request to organise events, at sign-up (`organiserRequest` in the body) or from settings. */
export const OrganiserRequestSchema = z.strictObject({ note: OrganiserNoteSchema });
export type OrganiserRequestInput = z.input<typeof OrganiserRequestSchema>;

/** The request as its owner sees it in the user DTO. */
export interface OrganiserRequestDto {
  status: OrganiserRequestStatus;
  note: string;
  requestedAt: string | null;
  decidedAt: string | null;
}

export const AdminPageQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(ROLE_LIMITS.adminPageSizeMax).default(ROLE_LIMITS.adminPageSizeDefault),
});
export type AdminPageQuery = z.infer<typeof AdminPageQuerySchema>;

/** A pending request as admins see it (GET /api/admin/organiser-requests), oldest first. */
export interface OrganiserRequestItemDto {
  userId: string;
  email: string;
  displayName: string;
  note: string;
  requestedAt: string;
}

/** An organiser as admins see it (GET /api/admin/organisers). */
export interface OrganiserItemDto {
  userId: string;
  email: string;
  displayName: string;
  /** When the role was granted through a request; null for organisers made otherwise (CLI, seed). */
  grantedAt: string | null;
}

export interface AdminPageDto<T> {
  items: T[];
  nextCursor: string | null;
}
