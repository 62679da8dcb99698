import { useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LOCATION_AREAS, PROFILE_LIMITS, SPOKEN_LANGUAGES, type Language, type LocationArea } from '@musubi/shared';
import { SelectField } from '../../../forms/SelectField';
import { COUNTRY_CODES, countryName, languageName } from '../labels';
import type { LocalizedValue, ProfileFormValues } from '../profileForm';
import { errorAt, type SectionProps } from '../useProfileForm';
import { KindDetailsFields } from './KindDetailsFields';
import { SubSection } from './SubSection';

type LocalizedField = 'name' | 'headline' | 'description';

const MAX: Record<LocalizedField, number> = {
  name: PROFILE_LIMITS.nameMax,
  headline: PROFILE_LIMITS.headlineMax,
  description: PROFILE_LIMITS.descriptionMax,
};

function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'ja';
}

/** Name, headline and description side by side in Japanese and English (stacked on phones). */
function LocalizedTexts({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const columns: Language[] = ui === 'ja' ? ['ja', 'en'] : ['en', 'ja'];
  const kind = values.kind || 'startup';

  const field = (key: LocalizedField, language: Language, first: boolean) => {
    const error = errors[key];
    const current: LocalizedValue = values[key];
    const help = first ? t(`profileForm.basics.${key}Help.${kind}`) : '';
    return (
      <TextField
        key={key}
        name={`${key}.${language}`}
        label={t(`profileForm.basics.${key}`, { language: t(`profileForm.writtenIn.${language}`) })}
        value={current[language]}
        onChange={(event) => change({ [key]: { ...current, [language]: event.target.value } })}
        error={Boolean(error)}
        helperText={error ?? (help || undefined)}
        multiline={key === 'description'}
        minRows={key === 'description' ? 5 : undefined}
        slotProps={{ htmlInput: { lang: language, maxLength: MAX[key] } }}
      />
    );
  };

  return (
    <Grid container spacing={{ xs: 2, md: 3 }}>
      {columns.map((language, index) => (
        <Grid key={language} size={{ xs: 12, md: 6 }}>
          <Stack spacing={2}>
            <Typography variant="subtitle2" component="p" color="primary" lang={language}>
              {t(`profileForm.columnTitle.${language}`)}
            </Typography>
            {field('name', language, index === 0)}
            {field('headline', language, index === 0)}
            {field('description', language, index === 0)}
          </Stack>
        </Grid>
      ))}
    </Grid>
  );
}

function LocationFields({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { location } = values;
  const countries = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ code, label: countryName(code, ui) })).sort((a, b) =>
        a.label.localeCompare(b.label, ui),
      ),
    [ui],
  );
  const set = (patch: Partial<ProfileFormValues['location']>) => change({ location: { ...location, ...patch } });
  const selectedCountry = countries.find((c) => c.code === location.country) ?? null;

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <SelectField
          name="location.area"
          label={t('profileForm.basics.area')}
          required
          value={location.area}
          onChange={(area) => set({ area: area as LocationArea | '' })}
          placeholder={t('profileForm.choose')}
          options={LOCATION_AREAS.map((area) => ({ value: area, label: t(`profileForm.areas.${area}`) }))}
          error={Boolean(errorAt(errors, 'location.area'))}
          helperText={errorAt(errors, 'location.area')}
        />
      </Grid>
      {location.area === 'overseas' ? (
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Autocomplete
            options={countries}
            value={selectedCountry}
            onChange={(_, country) => set({ country: country?.code ?? '' })}
            getOptionLabel={(option) => option.label}
            isOptionEqualToValue={(a, b) => a.code === b.code}
            autoHighlight
            renderInput={(params) => (
              <TextField
                {...params}
                name="location.country"
                label={t('profileForm.basics.country')}
                required
                error={Boolean(errors['location.country'])}
                helperText={errors['location.country']}
              />
            )}
          />
        </Grid>
      ) : null}
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <TextField
          name="location.city"
          label={t('profileForm.basics.city')}
          value={location.city}
          onChange={(event) => set({ city: event.target.value })}
          error={Boolean(errors['location.city'])}
          helperText={errors['location.city'] ?? t('profileForm.basics.cityHelp')}
          slotProps={{ htmlInput: { maxLength: 80, autoComplete: 'address-level2' } }}
        />
      </Grid>
    </Grid>
  );
}

function SpokenLanguagesField({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const error = errorAt(errors, 'languages');
  return (
    <Autocomplete
      multiple
      options={[...SPOKEN_LANGUAGES]}
      value={values.languages}
      onChange={(_, languages) => change({ languages })}
      getOptionLabel={(code) => languageName(code, ui)}
      filterSelectedOptions
      renderInput={(params) => (
        <TextField
          {...params}
          name="languages"
          label={t('profileForm.basics.languages')}
          error={Boolean(error)}
          helperText={error ?? t('profileForm.basics.languagesHelp')}
        />
      )}
    />
  );
}

/** The second step: who you are, where, in which languages, and the details of your kind. */
export function BasicsSection(props: SectionProps) {
  const { t } = useTranslation();
  const kind = props.values.kind;
  return (
    <Stack spacing={4}>
      <SubSection id="basics-texts" title={t('profileForm.basics.textsTitle')} lead={t('profileForm.basics.textsLead')}>
        <LocalizedTexts {...props} />
      </SubSection>
      <SubSection id="basics-location" title={t('profileForm.basics.locationTitle')}>
        <Stack spacing={2.5}>
          <LocationFields {...props} />
          <SpokenLanguagesField {...props} />
        </Stack>
      </SubSection>
      {kind ? (
        <SubSection id="basics-details" title={t(`profileForm.details.title.${kind}`)}>
          <Box>
            <KindDetailsFields {...props} />
          </Box>
        </SubSection>
      ) : null}
    </Stack>
  );
}
