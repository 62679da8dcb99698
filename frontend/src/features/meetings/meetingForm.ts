import type { TFunction } from 'i18next';
import { MEETING_LIMITS, type MeetingFormat } from '@musubi/shared';
import type { SchemaIssue } from '../../forms/validation';
import { zonedToUtc } from './meetingTime';

/** One proposed slot as the pickers hold it: wall clock in the viewer's zone. */
export interface SlotDraft {
  key: number;
  date: string;
  time: string;
  duration: number;
}

export interface LocationDraft {
  format: MeetingFormat;
  url: string;
  place: string;
}

/** Messages keyed by dotted path: `slots.0.start`, `location.place`, `message`, `slots`. */
export type MeetingFieldErrors = Partial<Record<string, string>>;

export const DURATIONS: number[] = [];
for (let d = MEETING_LIMITS.durationMin; d <= MEETING_LIMITS.durationMax; d += MEETING_LIMITS.blockMinutes) {
  DURATIONS.push(d);
}

let nextKey = 1;
export function newSlotDraft(partial: Partial<Omit<SlotDraft, 'key'>> = {}): SlotDraft {
  return { key: nextKey++, date: '', time: '', duration: 30, ...partial };
}

/** The slots as the API wants them (an unreadable date/time becomes '' so the schema rejects it). */
export function slotsToInput(drafts: SlotDraft[], timeZone: string) {
  return drafts.map((draft) => ({
    start: zonedToUtc(draft.date, draft.time, timeZone)?.toISOString() ?? '',
    durationMinutes: draft.duration,
  }));
}

export function locationToInput(draft: LocationDraft) {
  if (draft.format === 'online')
    return draft.url.trim() ? { format: 'online', url: draft.url.trim() } : { format: 'online' };
  if (draft.format === 'in_person') return { format: 'in_person', place: draft.place };
  return draft.place.trim() ? { format: 'event', place: draft.place } : { format: 'event' };
}

function issueText(path: string, issue: SchemaIssue, t: TFunction): string {
  if (/^slots\.\d+\.start$/.test(path)) return t('meetings.validation.slotStart');
  if (/^slots\.\d+\.durationMinutes$/.test(path)) return t('meetings.validation.duration');
  if (path === 'slots')
    return issue.code === 'too_small' ? t('meetings.validation.slotsMin') : t('meetings.validation.slotsDistinct');
  if (path === 'location.url') return t('meetings.validation.url');
  if (path === 'location.place') {
    return issue.code === 'too_big'
      ? t('validation.tooLong', { max: MEETING_LIMITS.placeMax })
      : t('validation.required');
  }
  if (issue.code === 'too_big') return t('validation.tooLong', { max: Number(issue.maximum) });
  return t('validation.invalid');
}

/** Schema issues → one translated message per dotted path (the first issue wins). */
export function meetingIssues(issues: SchemaIssue[], t: TFunction): MeetingFieldErrors {
  const errors: MeetingFieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!errors[path]) errors[path] = issueText(path, issue, t);
  }
  return errors;
}

/** What the schema cannot know: a slot must still be ahead of us. */
export function pastSlotErrors(
  drafts: SlotDraft[],
  timeZone: string,
  t: TFunction,
  now = Date.now(),
): MeetingFieldErrors {
  const errors: MeetingFieldErrors = {};
  drafts.forEach((draft, i) => {
    const start = zonedToUtc(draft.date, draft.time, timeZone);
    if (start && start.getTime() <= now) errors[`slots.${i}.start`] = t('meetings.validation.slotPast');
  });
  return errors;
}
