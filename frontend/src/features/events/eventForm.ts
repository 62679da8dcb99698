import type { TFunction } from 'i18next';
import { CreateEventSchema, type CreateEventInput, type EventDto } from '@musubi/shared';
import { issuesToPathErrors, type FieldErrors } from '../../forms/validation';
import { addMinutes, utcToZoned, zonedToUtc } from '../meetings/meetingTime';

export const SLOT_OPTIONS = [15, 30, 45, 60] as const;
export const BREAK_OPTIONS = [0, 15, 30] as const;

/** The form's raw values: dates and times as the inputs show them, in the event's zone. */
export interface EventFormValues {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  venueJa: string;
  venueEn: string;
  online: boolean;
  onlineUrl: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  capacity: string;
  registrationOpen: boolean;
  requiresApproval: boolean;
  announcementReplies: boolean;
  hasPlan: boolean;
  planDate: string;
  planTime: string;
  slotMinutes: number;
  breakMinutes: number;
  rounds: string;
  tables: string;
  maxMeetingsPerPerson: string;
}

export function emptyEventForm(timeZone: string): EventFormValues {
  return {
    titleJa: '',
    titleEn: '',
    descriptionJa: '',
    descriptionEn: '',
    venueJa: '',
    venueEn: '',
    online: false,
    onlineUrl: '',
    startDate: '',
    startTime: '13:00',
    endDate: '',
    endTime: '18:00',
    timeZone,
    capacity: '50',
    registrationOpen: true,
    requiresApproval: false,
    announcementReplies: false,
    hasPlan: true,
    planDate: '',
    planTime: '14:00',
    slotMinutes: 15,
    breakMinutes: 0,
    rounds: '6',
    tables: '10',
    maxMeetingsPerPerson: '6',
  };
}

export function eventToForm(event: EventDto): EventFormValues {
  const start = utcToZoned(event.startsAt, event.timeZone);
  const end = utcToZoned(event.endsAt, event.timeZone);
  const plan = event.sessionPlan;
  const planStart = plan ? utcToZoned(plan.startsAt, event.timeZone) : start;
  return {
    titleJa: event.title.ja ?? '',
    titleEn: event.title.en ?? '',
    descriptionJa: event.description.ja ?? '',
    descriptionEn: event.description.en ?? '',
    venueJa: event.venue.ja ?? '',
    venueEn: event.venue.en ?? '',
    online: event.online,
    onlineUrl: event.onlineUrl ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: event.timeZone,
    capacity: String(event.capacity),
    registrationOpen: event.registrationOpen,
    requiresApproval: event.requiresApproval,
    announcementReplies: event.announcementReplies,
    hasPlan: Boolean(plan),
    planDate: planStart.date,
    planTime: planStart.time,
    slotMinutes: plan?.slotMinutes ?? 15,
    breakMinutes: plan?.breakMinutes ?? 0,
    rounds: String(plan?.rounds ?? 6),
    tables: String(plan?.tables ?? 10),
    maxMeetingsPerPerson: String(plan?.maxMeetingsPerPerson ?? 6),
  };
}

const text = (ja: string, en: string) => {
  const out: { ja?: string; en?: string } = {};
  if (ja.trim()) out.ja = ja.trim();
  if (en.trim()) out.en = en.trim();
  return out;
};

const int = (value: string) => (value.trim() === '' ? undefined : Number(value));
const instant = (date: string, time: string, zone: string) => zonedToUtc(date, time, zone)?.toISOString();

/** What the form sends: the shape of CreateEventSchema (undefined where a field is blank). */
export function formToInput(values: EventFormValues): Record<string, unknown> {
  return {
    title: text(values.titleJa, values.titleEn),
    description: text(values.descriptionJa, values.descriptionEn),
    venue: values.online ? {} : text(values.venueJa, values.venueEn),
    online: values.online,
    onlineUrl: values.online && values.onlineUrl.trim() ? values.onlineUrl.trim() : undefined,
    startsAt: instant(values.startDate, values.startTime, values.timeZone),
    endsAt: instant(values.endDate, values.endTime, values.timeZone),
    timeZone: values.timeZone,
    capacity: int(values.capacity),
    registrationOpen: values.registrationOpen,
    requiresApproval: values.requiresApproval,
    announcementReplies: values.announcementReplies,
    sessionPlan: values.hasPlan
      ? {
          startsAt: instant(values.planDate, values.planTime, values.timeZone),
          slotMinutes: values.slotMinutes,
          breakMinutes: values.breakMinutes,
          rounds: int(values.rounds),
          tables: int(values.tables),
          maxMeetingsPerPerson: int(values.maxMeetingsPerPerson),
        }
      : null,
  };
}

export type EventValidation = { ok: true; data: CreateEventInput } | { ok: false; errors: FieldErrors };

/**
 * Validates with the shared schema; errors are keyed by dotted path (`title`, `sessionPlan.rounds`).
 * Also checks that the rounds fit between the event's start and end.
 */
export function validateEventForm(values: EventFormValues, t: TFunction): EventValidation {
  const input = formToInput(values);
  const result = CreateEventSchema.safeParse(input);
  if (!result.success) {
    const errors = issuesToPathErrors(result.error.issues, input, t, (issue, value) => {
      const path = issue.path.map(String).join('.');
      if (value === undefined) return t('validation.required');
      if (path === 'title' || path === 'description' || path === 'venue') return t('events.form.errors.oneLanguage');
      if (path === 'endsAt' && issue.code === 'custom') return t('events.form.errors.endBeforeStart');
      if (path === 'sessionPlan.startsAt' && issue.code === 'custom') return t('events.form.errors.quarterHour');
      if (path === 'onlineUrl') return t('events.form.errors.url');
      if (issue.code === 'too_small' || issue.code === 'too_big')
        return t('events.form.errors.range', {
          min: Number(issue.minimum ?? 1),
          max: Number(issue.maximum ?? '') || '…',
        });
      return undefined;
    });
    return { ok: false, errors };
  }
  const plan = result.data.sessionPlan;
  if (plan) {
    const last = roundTimes(plan.startsAt, plan.slotMinutes, plan.breakMinutes, plan.rounds).at(-1);
    const errors: FieldErrors = {};
    if (Date.parse(plan.startsAt) < Date.parse(result.data.startsAt))
      errors['sessionPlan.startsAt'] = t('events.form.errors.planBeforeStart');
    if (last && Date.parse(last.end) > Date.parse(result.data.endsAt))
      errors['sessionPlan.rounds'] = t('events.form.errors.planAfterEnd');
    if (Object.keys(errors).length > 0) return { ok: false, errors };
  }
  return { ok: true, data: result.data };
}

/** Round r starts at start + (r − 1) × (slot + break), as the server computes it. */
export function roundTimes(
  startsAt: string,
  slotMinutes: number,
  breakMinutes: number,
  rounds: number,
): Array<{ round: number; start: string; end: string }> {
  const out = [];
  for (let r = 1; r <= rounds; r += 1) {
    const start = addMinutes(startsAt, (r - 1) * (slotMinutes + breakMinutes));
    out.push({ round: r, start, end: addMinutes(start, slotMinutes) });
  }
  return out;
}

/** The preview under the plan: rounds from the values as typed (none while they are incomplete). */
export function previewRounds(values: EventFormValues) {
  const start = zonedToUtc(values.planDate, values.planTime, values.timeZone);
  const rounds = Number(values.rounds);
  if (!start || !Number.isInteger(rounds) || rounds < 1 || rounds > 20) return [];
  return roundTimes(start.toISOString(), values.slotMinutes, values.breakMinutes, rounds);
}
