import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError, type MessageOverrides } from '../api/errors';
import { validateForm, type FieldErrors, type ParseableSchema } from './validation';

interface Options<T> {
  schema: ParseableSchema<T>;
  /** Current raw values, validated on submit. */
  values: Record<string, unknown>;
  /** Form-specific wording for some error codes. */
  messages?: MessageOverrides;
  /** Checks across fields that the schema cannot make (e.g. a repeated password). */
  check?(data: T): FieldErrors;
  onSubmit(data: T): Promise<void>;
}

/**
 * Submit handling shared by every form: validate with the shared schema, show translated field
 * errors and move focus to the first one, then call the API and map its error (if any) back.
 */
export function useSchemaForm<T>({ schema, values, messages, check, onSubmit }: Options<T>) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // A fresh object per request, so asking twice for the same form focuses twice.
  const [focusRequest, setFocusRequest] = useState<{ form: HTMLFormElement } | null>(null);

  useEffect(() => {
    focusRequest?.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const clearFieldError = useCallback((field: string) => {
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (submitting) return;
    const result = validateForm(schema, values, t);
    const errors = result.ok ? (check?.(result.data) ?? {}) : result.errors;
    if (!result.ok || Object.values(errors).some(Boolean)) {
      setFieldErrors(errors);
      setFormError(t('validation.summary'));
      setFocusRequest({ form });
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      await onSubmit(result.data);
    } catch (error) {
      const described = describeApiError(error, t, messages);
      setFieldErrors(described.fieldErrors);
      setFormError(described.message);
      if (Object.keys(described.fieldErrors).length > 0) setFocusRequest({ form });
    } finally {
      setSubmitting(false);
    }
  };

  return { fieldErrors, formError, submitting, handleSubmit, clearFieldError };
}
