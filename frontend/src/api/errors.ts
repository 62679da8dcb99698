import type { TFunction } from 'i18next';
import type { FieldErrors } from '../forms/validation';
import { ApiError, type ClientErrorCode } from './client';

/** Per-form wording for codes whose generic message would mislead in that context. */
export type MessageOverrides = Partial<Record<ClientErrorCode, string>>;

export interface DescribedError {
  /** One sentence for the whole form or page. */
  message: string;
  /** Messages for the fields the server pointed at (`details.issues`). */
  fieldErrors: FieldErrors;
}

/** Maps any thrown value to translated text: `errors.<code>` plus per-field messages. */
export function describeApiError(error: unknown, t: TFunction, overrides: MessageOverrides = {}): DescribedError {
  if (!(error instanceof ApiError)) return { message: t('errors.internal'), fieldErrors: {} };

  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // The contract says a dotted string; accept a zod-style array too.
    const path: unknown = issue.path;
    const field = Array.isArray(path) ? String(path[0] ?? '') : (String(path).split('.')[0] ?? '');
    if (field && !fieldErrors[field]) fieldErrors[field] = t('validation.checkField');
  }

  const retryAfter = error.details?.retryAfterSeconds;
  if (error.code === 'rate_limited' && typeof retryAfter === 'number' && retryAfter > 0) {
    return {
      message: t('errors.rate_limited_wait', { minutes: Math.ceil(retryAfter / 60) }),
      fieldErrors,
    };
  }
  return { message: overrides[error.code] ?? t(`errors.${error.code}`), fieldErrors };
}
