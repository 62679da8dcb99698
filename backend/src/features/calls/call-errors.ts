import { conflict, validationFailed } from '../../http/errors';

/** Why a member cannot apply to a call (409 `conflict` details.reason; also CallDto.viewer.cannotApplyReason). */
export type CannotApplyReason =
  'closed' | 'deadline_passed' | 'not_eligible' | 'profile_required' | 'already_applied' | 'own_call';

const MESSAGES: Record<CannotApplyReason, string> = {
  closed: 'This call is not open for applications',
  deadline_passed: 'The deadline for this call has passed',
  not_eligible: 'Your profile is not among those this call is open to',
  profile_required: 'Create your profile first to apply',
  already_applied: 'You have already applied to this call',
  own_call: 'You cannot apply to your own call',
};

export const cannotApply = (reason: CannotApplyReason) => conflict(MESSAGES[reason], { reason });

/** Someone else changed it first, or the version sent is not the current one. */
export const stale = (currentVersion?: number) =>
  conflict('This was changed by someone else; reload and try again', {
    reason: 'stale',
    ...(currentVersion === undefined ? {} : { currentVersion }),
  });

export const notAllowedInState = (status: string) =>
  conflict(`Not possible while it is ${status}`, { reason: 'not_allowed_in_state', status });

export const alreadyInvited = () => conflict('This profile has already been invited', { reason: 'already_invited' });

export const deadlineNotAhead = () =>
  validationFailed([{ path: 'deadline', message: 'The deadline must be in the future' }]);
