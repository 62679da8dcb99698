import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import i18n from '../../i18n';
import { conflictReason, describeMeetingError } from './meetingErrors';

const conflict = (details: Record<string, unknown>) => new ApiError('conflict', 409, 'Conflict', details);

describe('meeting errors', () => {
  const t = i18n.t.bind(i18n);

  it('tells each 409 reason apart, with the cap when the server gives it', () => {
    expect(conflictReason(conflict({ reason: 'stale' }))).toBe('stale');
    expect(describeMeetingError(conflict({ reason: 'pending_cap', cap: 10 }), t)).toBe(
      'You already have 10 pending requests. Wait for an answer or cancel one before sending more.',
    );
    expect(describeMeetingError(conflict({ reason: 'double_booked' }), t)).toMatch(/already has a meeting/);
    expect(describeMeetingError(conflict({ reason: 'not_allowed_in_state' }), t)).toMatch(/isn't possible any more/);
  });

  it('falls back to the general message for other errors', () => {
    expect(conflictReason(conflict({}))).toBeNull();
    expect(describeMeetingError(conflict({}), t)).toBe(t('errors.conflict'));
    expect(describeMeetingError(new ApiError('not_found', 404, 'Not found'), t)).toBe(t('errors.not_found'));
  });
});
