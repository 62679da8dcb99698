import type { TFunction } from 'i18next';
import {
  CreateCallSchema,
  type CallDto,
  type CallOffer,
  type CreateCallInput,
  type LocationArea,
  type ProfileKind,
} from '@musubi/shared';
import { issuesToPathErrors, type FieldErrors } from '../../forms/validation';

/** The form's raw values: the deadline as the date and time inputs show it, in the call's zone. */
export interface CallFormValues {
  titleJa: string;
  titleEn: string;
  challengeJa: string;
  challengeEn: string;
  tags: string[];
  offers: CallOffer[];
  eligibleKinds: ProfileKind[];
  eligibleAreas: LocationArea[];
  deadlineDate: string;
  deadlineTime: string;
  timeZone: string;
}

export function emptyCallForm(timeZone: string): CallFormValues {
  return {
    titleJa: '',
    titleEn: '',
    challengeJa: '',
    challengeEn: '',
    tags: [],
    offers: [],
    eligibleKinds: [],
    eligibleAreas: [],
    deadlineDate: '',
    deadlineTime: '23:59',
    timeZone,
  };
}

export function callToForm(call: CallDto): CallFormValues {
  return {
    titleJa: call.title.ja ?? '',
    titleEn: call.title.en ?? '',
    challengeJa: call.challenge.ja ?? '',
    challengeEn: call.challenge.en ?? '',
    tags: call.tags.map((tag) => tag.id),
    offers: call.offers,
    eligibleKinds: call.eligibleKinds,
    eligibleAreas: call.eligibleAreas,
    deadlineDate: call.deadline.date,
    deadlineTime: call.deadline.time,
    timeZone: call.timeZone,
  };
}

const text = (ja: string, en: string) => {
  const out: { ja?: string; en?: string } = {};
  if (ja.trim()) out.ja = ja.trim();
  if (en.trim()) out.en = en.trim();
  return out;
};

/** What the form sends: the shape of CreateCallSchema. */
export function formToInput(values: CallFormValues): Record<string, unknown> {
  return {
    title: text(values.titleJa, values.titleEn),
    challenge: text(values.challengeJa, values.challengeEn),
    tags: values.tags,
    offers: values.offers,
    eligibleKinds: values.eligibleKinds,
    eligibleAreas: values.eligibleAreas,
    deadline: { date: values.deadlineDate || undefined, time: values.deadlineTime || '23:59' },
    timeZone: values.timeZone,
  };
}

export type CallValidation = { ok: true; data: CreateCallInput } | { ok: false; errors: FieldErrors };

/** Validates with the shared schema; errors are keyed by the first path segment (`title`, `deadline`). */
export function validateCallForm(values: CallFormValues, t: TFunction): CallValidation {
  const input = formToInput(values);
  const result = CreateCallSchema.safeParse(input);
  if (!result.success) {
    const byPath = issuesToPathErrors(result.error.issues, input, t, (issue, value) => {
      const field = String(issue.path[0] ?? '');
      if ((field === 'title' || field === 'challenge') && issue.code === 'custom')
        return t('calls.form.errors.oneLanguage');
      if (field === 'deadline' && value === undefined) return t('calls.form.errors.deadline');
      return undefined;
    });
    const errors: FieldErrors = {};
    for (const [path, message] of Object.entries(byPath)) {
      const field = path.split('.')[0] ?? path;
      errors[field] ??= message;
    }
    return { ok: false, errors };
  }
  return { ok: true, data: result.data };
}
