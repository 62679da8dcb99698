import { useCallback, useState } from 'react';
import type { FieldErrors } from '../../forms/validation';
import type { ProfileFormValues } from './profileForm';

/** Replaces top-level fields of the form (e.g. `{ location: { ...values.location, city } }`). */
export type ProfileFormChange = (patch: Partial<ProfileFormValues>) => void;

/** What every profile form section receives. */
export interface SectionProps {
  values: ProfileFormValues;
  change: ProfileFormChange;
  /** Messages keyed by dotted path (`name`, `location.country`, `offers.0.text`). */
  errors: FieldErrors;
}

/** Form values plus their errors; editing a field clears the errors shown under it. */
export function useProfileForm(initial: ProfileFormValues | (() => ProfileFormValues)) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const change = useCallback<ProfileFormChange>((patch) => {
    setValues((current) => ({ ...current, ...patch }));
    const fields = Object.keys(patch);
    setErrors((current) => {
      const stale = Object.keys(current).filter((path) => fields.includes(path.split('.')[0] ?? ''));
      if (stale.length === 0) return current;
      return Object.fromEntries(Object.entries(current).filter(([path]) => !stale.includes(path)));
    });
  }, []);

  return { values, setValues, errors, setErrors, change };
}

/** Moves focus to the first field marked invalid inside `container` (after React has rendered it). */
export function focusFirstInvalid(container: HTMLElement | null): void {
  window.setTimeout(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/** The message for a field or for anything inside it (`creator.disciplines` covers `creator.disciplines.2`). */
export function errorAt(errors: SectionProps['errors'], path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`) && errors[key]);
  return nested ? errors[nested] : undefined;
}
