import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  LOCATION_AREAS,
  NEED_CATEGORY_IDS,
  PROFILE_KINDS,
  SPOKEN_LANGUAGES,
  type Language,
  type NeedCategory,
} from '@musubi/shared';
import { SelectField } from '../../forms/SelectField';
import { languageName, needLabel } from '../profiles/labels';
import { TagAutocomplete } from '../profiles/TagAutocomplete';
import type { DirectoryFilters } from './directoryQuery';

interface Props {
  filters: DirectoryFilters;
  onChange(filters: DirectoryFilters): void;
}

function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  selected: T[];
  label(option: T): string;
  onChange(selected: T[]): void;
}) {
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" sx={{ fontWeight: 700, color: 'text.primary', mb: 0.5 }}>
        {legend}
      </FormLabel>
      <FormGroup>
        {options.map((option) => (
          <FormControlLabel
            key={option}
            label={label(option)}
            sx={{ my: -0.25 }}
            control={
              <Checkbox
                size="small"
                checked={selected.includes(option)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? options.filter((o) => o === option || selected.includes(o))
                      : selected.filter((o) => o !== option),
                  )
                }
              />
            }
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}

/** Every directory filter; each change applies at once (and lands in the URL). */
export function FilterPanel({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const ui: Language = i18n.language === 'en' ? 'en' : 'ja';
  const set = (patch: Partial<DirectoryFilters>) => onChange({ ...filters, ...patch });
  const needOptions = NEED_CATEGORY_IDS.map((id) => ({ value: id, label: needLabel(id, ui) }));

  return (
    <Stack spacing={2.5}>
      <CheckboxGroup
        legend={t('directory.filters.kind')}
        options={PROFILE_KINDS}
        selected={filters.kind}
        label={(kind) => t(`profileForm.kinds.${kind}`)}
        onChange={(kind) => set({ kind })}
      />
      <CheckboxGroup
        legend={t('directory.filters.area')}
        options={LOCATION_AREAS}
        selected={filters.area}
        label={(area) => t(`profileForm.areas.${area}`)}
        onChange={(area) => set({ area })}
      />
      <Autocomplete
        multiple
        size="small"
        options={[...SPOKEN_LANGUAGES]}
        value={filters.language}
        onChange={(_, language) => set({ language })}
        getOptionLabel={(code) => languageName(code, ui)}
        filterSelectedOptions
        renderInput={(params) => <TextField {...params} label={t('directory.filters.language')} />}
      />
      <TagAutocomplete
        size="small"
        label={t('directory.filters.tags')}
        value={filters.tags}
        onChange={(tags) => set({ tags })}
        max={20}
      />
      <SelectField
        size="small"
        label={t('directory.filters.offers')}
        value={filters.offers}
        onChange={(offers) => set({ offers: offers as NeedCategory | '' })}
        placeholder={t('directory.filters.any')}
        options={needOptions}
      />
      <SelectField
        size="small"
        label={t('directory.filters.seeks')}
        value={filters.seeks}
        onChange={(seeks) => set({ seeks: seeks as NeedCategory | '' })}
        placeholder={t('directory.filters.any')}
        options={needOptions}
      />
    </Stack>
  );
}
