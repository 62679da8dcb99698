import { useEffect, useRef, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
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
import { SEARCH_MAX_LENGTH, type DirectoryFilters } from './directoryQuery';

type FilterField = keyof DirectoryFilters;
const ALL_FIELDS: readonly FilterField[] = ['q', 'kind', 'area', 'language', 'tags', 'offers', 'seeks'];

interface Props {
  filters: DirectoryFilters;
  onChange(filters: DirectoryFilters): void;
  /** The filters to offer (all by default). */
  fields?: readonly FilterField[];
}

const TYPING_PAUSE_MS = 500;

/** Free-text search that applies after a pause in typing, on Enter or on leaving the field. */
function KeywordField({ value, onChange }: { value: string; onChange(q: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL changed from elsewhere ("Clear filters", back button): show what it now says.
  if (value !== applied) {
    setApplied(value);
    if (value !== text.trim()) setText(value);
  }

  const apply = (next: string) => {
    clearTimeout(timer.current);
    if (next.trim() !== value) latestOnChange.current(next.trim());
  };

  return (
    <TextField
      size="small"
      type="search"
      label={t('directory.filters.keywords')}
      placeholder={t('directory.filters.keywordsPlaceholder')}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => apply(next), TYPING_PAUSE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply(text);
      }}
      onBlur={() => apply(text)}
      slotProps={{
        htmlInput: { maxLength: SEARCH_MAX_LENGTH },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <Search fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
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
export function FilterPanel({ filters, onChange, fields = ALL_FIELDS }: Props) {
  const { t, i18n } = useTranslation();
  const ui: Language = i18n.language === 'en' ? 'en' : 'ja';
  const set = (patch: Partial<DirectoryFilters>) => onChange({ ...filters, ...patch });
  const needOptions = NEED_CATEGORY_IDS.map((id) => ({ value: id, label: needLabel(id, ui) }));

  const shows = (field: FilterField) => fields.includes(field);

  return (
    <Stack spacing={2.5}>
      {shows('q') ? <KeywordField value={filters.q} onChange={(q) => set({ q })} /> : null}
      {shows('kind') ? (
        <CheckboxGroup
          legend={t('directory.filters.kind')}
          options={PROFILE_KINDS}
          selected={filters.kind}
          label={(kind) => t(`profileForm.kinds.${kind}`)}
          onChange={(kind) => set({ kind })}
        />
      ) : null}
      {shows('area') ? (
        <CheckboxGroup
          legend={t('directory.filters.area')}
          options={LOCATION_AREAS}
          selected={filters.area}
          label={(area) => t(`profileForm.areas.${area}`)}
          onChange={(area) => set({ area })}
        />
      ) : null}
      {shows('language') ? (
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
      ) : null}
      {shows('tags') ? (
        <TagAutocomplete
          size="small"
          label={t('directory.filters.tags')}
          value={filters.tags}
          onChange={(tags) => set({ tags })}
          max={20}
        />
      ) : null}
      {shows('offers') ? (
        <SelectField
          size="small"
          label={t('directory.filters.offers')}
          value={filters.offers}
          onChange={(offers) => set({ offers: offers as NeedCategory | '' })}
          placeholder={t('directory.filters.any')}
          options={needOptions}
        />
      ) : null}
      {shows('seeks') ? (
        <SelectField
          size="small"
          label={t('directory.filters.seeks')}
          value={filters.seeks}
          onChange={(seeks) => set({ seeks: seeks as NeedCategory | '' })}
          placeholder={t('directory.filters.any')}
          options={needOptions}
        />
      ) : null}
    </Stack>
  );
}
