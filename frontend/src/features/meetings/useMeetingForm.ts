import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemaIssue } from '../../forms/validation';
import { describeMeetingError } from './meetingErrors';
import { meetingIssues, type MeetingFieldErrors } from './meetingForm';

export type MeetingParse<T> = { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } };

interface Submission<T> {
  /** The shared schema's verdict on the form. */
  parsed: MeetingParse<T>;
  /** Checks the schema cannot make (slots in the past). */
  extra?: MeetingFieldErrors;
  send(data: T): Promise<void>;
  /** Handles a failure itself (e.g. 409 stale) by returning true. */
  handled?(error: unknown): boolean;
}

/**
 * Submit handling for the meeting dialogs: schema issues become translated messages by dotted
 * path and focus moves to the first invalid field; server failures become one sentence.
 */
export function useMeetingForm() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<MeetingFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async <T>(event: SyntheticEvent, { parsed, extra = {}, send, handled }: Submission<T>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget as HTMLElement;
    const found = { ...(parsed.success ? {} : meetingIssues(parsed.error.issues, t)), ...extra };
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      setFormError(t('validation.summary'));
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      await send(parsed.data);
    } catch (error) {
      if (!handled?.(error)) setFormError(describeMeetingError(error, t));
    } finally {
      setBusy(false);
    }
  };

  return { errors, formError, busy, submit };
}
