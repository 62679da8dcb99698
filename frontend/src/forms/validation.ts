import type { TFunction } from 'i18next';
import { LIMITS } from '@musubi/shared';

/** Messages keyed by field name (the first segment of an issue path). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The parts of a zod issue we read. Declared structurally so the frontend needs no direct zod
 * dependency: the shared schemas bring zod with them.
 */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
}

export interface ParseableSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } };
}

const PASSWORD_FIELDS = new Set(['password', 'newPassword']);

function issueMessage(issue: SchemaIssue, field: string, value: unknown, t: TFunction): string {
  const isBlank = value === undefined || (typeof value === 'string' && value.trim() === '');
  if (isBlank) return t('validation.required');
  switch (issue.code) {
    case 'too_small':
      return t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'custom':
      if (PASSWORD_FIELDS.has(field)) {
        return t('validation.passwordTooLong', { max: LIMITS.passwordMaxBytes });
      }
      if (field === 'timeZone') return t('validation.timeZone');
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** Translates schema issues into one message per field (the first issue wins). */
export function issuesToFieldErrors(issues: SchemaIssue[], values: Record<string, unknown>, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field]) continue;
    errors[field] = issueMessage(issue, field, values[field], t);
  }
  return errors;
}

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Runs a shared schema over form values; on failure returns translated field messages. */
export function validateForm<T>(
  schema: ParseableSchema<T>,
  values: Record<string, unknown>,
  t: TFunction,
): ValidationResult<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: issuesToFieldErrors(result.error.issues, values, t) };
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * For forms with nested values (a profile): one message per dotted issue path, such as
 * `location.country` or `offers.0.text`. `special` may word an issue for its context first.
 */
export function issuesToPathErrors(
  issues: SchemaIssue[],
  values: unknown,
  t: TFunction,
  special?: (issue: SchemaIssue, value: unknown) => string | undefined,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    const value = valueAt(values, issue.path);
    const field = String(issue.path.at(-1) ?? '');
    errors[path] = special?.(issue, value) ?? issueMessage(issue, field, value, t);
  }
  return errors;
}
