import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS } from '@musubi/shared';
import { TagAutocomplete } from '../TagAutocomplete';
import { errorAt, type SectionProps } from '../useProfileForm';

/** Interests and skills as tags from the shared ja/en vocabulary, or free words. */
export function TagsSection({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <TagAutocomplete
      name="tags"
      label={t('profileForm.tags.label')}
      value={values.tags}
      onChange={(tags) => change({ tags })}
      max={PROFILE_LIMITS.tagsMax}
      error={errorAt(errors, 'tags')}
      helperText={t('profileForm.tags.help', { count: values.tags.length, max: PROFILE_LIMITS.tagsMax })}
    />
  );
}
