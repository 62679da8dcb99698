import { useEffect, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, ValidationResult } from './validation';

interface Options<E, V, D> {
  /** The id of the entity being edited; none when creating one. */
  id: string | undefined;
  /** The values of a new entity's form (called once). */
  initial(): V;
  // The functions below are read in an effect: pass module-level (stable) ones.
  fetch(id: string): Promise<E>;
  toForm(entity: E): V;
  validate(values: V, t: TFunction): ValidationResult<D>;
  describeError(error: unknown, t: TFunction): string;
  /** Saves the edited entity and resolves to its new version. */
  update(entity: E, data: D): Promise<E>;
  /** Creates the entity (and usually leaves the page). */
  create(data: D): Promise<void>;
  /** Said once an edit is saved. */
  savedMessage: string;
}

/**
 * A create-or-edit form page's state: loads the entity to edit, validates on submit (focusing the
 * first invalid field), then creates or updates it and shows the translated error if that fails.
 */
export function useEntityForm<E, V, D>({
  id,
  initial,
  fetch,
  toForm,
  validate,
  describeError,
  update,
  create,
  savedMessage,
}: Options<E, V, D>) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<E | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (!id) return;
    fetch(id).then(
      (loaded) => {
        setEntity(loaded);
        setValues(toForm(loaded));
      },
      (error: unknown) => setLoadError(describeError(error, t)),
    );
  }, [id, t, fetch, toForm, describeError]);

  /** Shows a new version of the entity (e.g. after a status change) in the form. */
  const reset = (next: E) => {
    setEntity(next);
    setValues(toForm(next));
  };

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));
  const field = (name: string) => ({ error: Boolean(errors[name]), helperText: errors[name] });

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setSaved(null);
    const result = validate(values, t);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('validation.summary'));
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      if (entity) {
        reset(await update(entity, result.data));
        setSaved(savedMessage);
      } else {
        await create(result.data);
      }
    } catch (error) {
      setFormError(describeError(error, t));
    } finally {
      setSubmitting(false);
    }
  };

  return {
    entity,
    setEntity,
    reset,
    loadError,
    values,
    setValues,
    set,
    errors,
    field,
    formError,
    saved,
    submitting,
    submit,
  };
}
