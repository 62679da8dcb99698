import type { TFunction } from 'i18next';
import type { CallDto } from '@musubi/shared';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';

/** 409 reasons the calls API gives, each with its own sentence under `calls.errors`. */
export const CALL_CONFLICT_REASONS = [
  'stale',
  'closed',
  'deadline_passed',
  'not_eligible',
  'profile_required',
  'already_applied',
  'own_call',
  'not_allowed_in_state',
  'already_invited',
] as const;

/** A translated sentence for a failed call action, with each 409 reason told apart. */
export function describeCallError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === 'conflict') {
    const reason = error.details?.reason;
    if (typeof reason === 'string' && (CALL_CONFLICT_REASONS as readonly string[]).includes(reason))
      return t(`calls.errors.${reason}`);
  }
  if (error instanceof ApiError && error.code === 'forbidden') return t('calls.errors.forbidden');
  return describeApiError(error, t).message;
}

const DAY_MS = 86_400_000;

/** Whole days until the deadline (0 on its last day, negative once it has passed). */
export function daysLeft(call: Pick<CallDto, 'deadlineAt'>, now = Date.now()): number {
  const ms = Date.parse(call.deadlineAt) - now;
  return ms < 0 ? -1 : Math.floor(ms / DAY_MS);
}

/** The viewer can post calls: organisers, admins and members with a corporate profile. */
export const canPostCalls = (role: string | undefined, profileKind: string | null | undefined) =>
  role === 'organiser' || role === 'admin' || profileKind === 'corporate';
