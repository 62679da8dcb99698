import type { TFunction } from 'i18next';
import { FREE_TAG_MAX_LENGTH, UpsertProfileSchema, type UpsertProfileData } from '@musubi/shared';
import { issuesToPathErrors, type FieldErrors, type SchemaIssue } from '../../forms/validation';
import { toProfileInput, type ProfileFormValues } from './profileForm';

/** The wizard's steps, in order; the edit page shows the same sections on one page. */
export const WIZARD_STEPS = ['kind', 'basics', 'tags', 'needs', 'links', 'privacy', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Which fields (dotted path prefixes) each step shows, so each step checks only its own. */
const STEP_FIELDS: Record<Exclude<WizardStep, 'review'>, readonly string[]> = {
  kind: ['kind'],
  basics: ['name', 'headline', 'description', 'location', 'languages', 'startup', 'creator.disciplines', 'corporate'],
  tags: ['tags'],
  needs: ['offers', 'seeks'],
  links: ['website', 'links', 'creator.portfolioLinks'],
  privacy: ['visibility', 'contact'],
};

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/** The step that shows a field (by its dotted path), e.g. to send the user back to fix it. */
export function stepOfField(path: string): WizardStep {
  const found = WIZARD_STEPS.find((step) => step !== 'review' && STEP_FIELDS[step].some((p) => within(path, p)));
  return found ?? 'review';
}

const LOCALIZED_FIELDS = new Set(['name', 'headline', 'description']);

/** Profile-specific wording for issues whose generic message would not help. */
function profileIssueMessage(t: TFunction) {
  return (issue: SchemaIssue, value: unknown): string | undefined => {
    const path = issue.path.map(String);
    const last = path.at(-1);
    if (path[0] === 'kind') return t('profileForm.validation.kind');
    if (issue.code === 'custom') {
      if (LOCALIZED_FIELDS.has(path.join('.'))) return t('profileForm.validation.oneLanguage');
      if (path[0] === 'tags') return t('profileForm.validation.tagTooLong', { max: FREE_TAG_MAX_LENGTH });
      if (last === 'country') return t('profileForm.validation.country');
    }
    if (path[0] === 'languages' && issue.code === 'too_small') return t('profileForm.validation.languages');
    if (typeof value === 'number') {
      if (issue.code === 'too_small') return t('profileForm.validation.atLeast', { min: Number(issue.minimum) });
      if (issue.code === 'too_big') return t('profileForm.validation.atMost', { max: Number(issue.maximum) });
      return t('profileForm.validation.number');
    }
    if (typeof value === 'string' && value.trim() !== '') {
      if (issue.format === 'url') return t('profileForm.validation.url');
      if (last === 'phone') return t('profileForm.validation.phone');
    }
    return undefined;
  };
}

const pathOf = (issue: SchemaIssue) => issue.path.map(String).join('.');

/** Checks one wizard step with the shared schema: only the fields that step shows count. */
export function validateStep(values: ProfileFormValues, t: TFunction, step: WizardStep): FieldErrors {
  if (step === 'review') {
    const whole = validateProfile(values, t);
    return whole.ok ? {} : whole.errors;
  }
  const input = toProfileInput(values);
  const result = UpsertProfileSchema.safeParse(input);
  if (result.success) return {};
  const prefixes = STEP_FIELDS[step];
  const issues = result.error.issues.filter((issue) => prefixes.some((prefix) => within(pathOf(issue), prefix)));
  return issuesToPathErrors(issues, input, t, profileIssueMessage(t));
}

export type ProfileValidation = { ok: true; data: UpsertProfileData } | { ok: false; errors: FieldErrors };

/** Checks the whole profile with the shared schema; errors are keyed by dotted path (`offers.0.text`). */
export function validateProfile(values: ProfileFormValues, t: TFunction, version?: number): ProfileValidation {
  const input = toProfileInput(values, version);
  const result = UpsertProfileSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: issuesToPathErrors(result.error.issues, input, t, profileIssueMessage(t)) };
}
