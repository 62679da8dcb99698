import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';

export type ConflictReason = 'stale' | 'double_booked' | 'pending_cap' | 'not_allowed_in_state';

/** The 409 reason the server gave, if any. */
export function conflictReason(error: unknown): ConflictReason | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const reason = error.details?.reason;
  return reason === 'stale' ||
    reason === 'double_booked' ||
    reason === 'pending_cap' ||
    reason === 'not_allowed_in_state'
    ? reason
    : null;
}

/** A translated sentence for a failed meeting action, with each 409 reason told apart. */
export function describeMeetingError(error: unknown, t: TFunction): string {
  const reason = conflictReason(error);
  if (reason === 'pending_cap') {
    const cap = error instanceof ApiError ? Number(error.details?.cap) : NaN;
    return Number.isFinite(cap) && cap > 0
      ? t('meetings.errors.pending_cap', { cap })
      : t('meetings.errors.pending_cap_unknown');
  }
  if (reason) return t(`meetings.errors.${reason}`);
  return describeApiError(error, t).message;
}
