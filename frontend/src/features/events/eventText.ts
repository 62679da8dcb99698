import type { TFunction } from 'i18next';
import type { EventDto } from '@musubi/shared';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';

export const EVENT_CONFLICT_REASONS = [
  'stale',
  'registration_closed',
  'full',
  'profile_required',
  'not_allowed_in_state',
  'not_approved',
  'profile_hidden',
  'violations',
  'not_participant',
  'already_organiser',
  'not_organiser_account',
  'busy',
  'capacity_below_registrations',
  'too_many_organisers',
  'owner',
  'introduced',
  'empty_schedule',
  'booking_conflict',
  'locked_conflict',
  'no_session_plan',
  'answered',
  'not_joined',
] as const;

/** A translated sentence for a failed event action, with each 409 reason told apart. */
export function describeEventError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === 'conflict') {
    const reason = error.details?.reason;
    if (typeof reason === 'string' && (EVENT_CONFLICT_REASONS as readonly string[]).includes(reason))
      return t(`events.errors.${reason}`);
    if (error.message) return `${t('errors.conflict')} (${error.message})`;
  }
  return describeApiError(error, t).message;
}

/** Whether the event has ended (by its end time). */
export const isPast = (event: Pick<EventDto, 'endsAt'>, now = Date.now()) => Date.parse(event.endsAt) < now;

/** The viewer can manage the event (an organiser of it, or an admin). */
export const canManage = (event: EventDto, role: string | undefined) => event.viewer.isOrganiser || role === 'admin';
