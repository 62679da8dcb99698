import Autocomplete from '@mui/material/Autocomplete';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { COMPANY_SIZES, STARTUP_STAGES } from '@musubi/shared';
import { SelectField } from '../../../forms/SelectField';
import type { CompanySize, ProfileFormValues, StartupStage } from '../profileForm';
import { RowList } from '../RowList';
import { errorAt, type SectionProps } from '../useProfileForm';

const DISCIPLINES_MAX = 10;
const PROGRAMMES_MAX = 10;

function StartupFields({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const startup = values.startup;
  const set = (patch: Partial<ProfileFormValues['startup']>) => change({ startup: { ...startup, ...patch } });
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <SelectField
          name="startup.stage"
          label={t('profileForm.details.stage')}
          required
          value={startup.stage}
          onChange={(stage) => set({ stage: stage as StartupStage | '' })}
          placeholder={t('profileForm.choose')}
          options={STARTUP_STAGES.map((stage) => ({ value: stage, label: t(`profileForm.stages.${stage}`) }))}
          error={Boolean(errors['startup.stage'])}
          helperText={errors['startup.stage']}
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 4 }}>
        <TextField
          name="startup.foundedYear"
          label={t('profileForm.details.foundedYear')}
          value={startup.foundedYear}
          onChange={(event) => set({ foundedYear: event.target.value })}
          error={Boolean(errors['startup.foundedYear'])}
          helperText={errors['startup.foundedYear']}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 4 }}>
        <TextField
          name="startup.teamSize"
          label={t('profileForm.details.teamSize')}
          value={startup.teamSize}
          onChange={(event) => set({ teamSize: event.target.value })}
          error={Boolean(errors['startup.teamSize'])}
          helperText={errors['startup.teamSize']}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
        />
      </Grid>
    </Grid>
  );
}

function CreatorFields({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const creator = values.creator;
  const error = errorAt(errors, 'creator.disciplines');
  return (
    <Autocomplete
      multiple
      freeSolo
      options={[] as string[]}
      value={creator.disciplines}
      onChange={(_, disciplines) =>
        change({
          creator: {
            ...creator,
            disciplines: [...new Set(disciplines.map((d) => d.trim()).filter(Boolean))].slice(0, DISCIPLINES_MAX),
          },
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          name="creator.disciplines"
          label={t('profileForm.details.disciplines')}
          error={Boolean(error)}
          helperText={error ?? t('profileForm.details.disciplinesHelp', { max: DISCIPLINES_MAX })}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, maxLength: 60 } }}
        />
      )}
    />
  );
}

function CorporateFields({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const corporate = values.corporate;
  const set = (patch: Partial<ProfileFormValues['corporate']>) => change({ corporate: { ...corporate, ...patch } });
  return (
    <Stack spacing={2.5}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextField
            name="corporate.industry"
            label={t('profileForm.details.industry')}
            required
            value={corporate.industry}
            onChange={(event) => set({ industry: event.target.value })}
            error={Boolean(errors['corporate.industry'])}
            helperText={errors['corporate.industry'] ?? t('profileForm.details.industryHelp')}
            slotProps={{ htmlInput: { maxLength: 80 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectField
            name="corporate.size"
            label={t('profileForm.details.size')}
            required
            value={corporate.size}
            onChange={(size) => set({ size: size as CompanySize | '' })}
            placeholder={t('profileForm.choose')}
            options={COMPANY_SIZES.map((size) => ({ value: size, label: t(`profileForm.sizes.${size}`) }))}
            error={Boolean(errors['corporate.size'])}
            helperText={errors['corporate.size']}
          />
        </Grid>
      </Grid>
      <div>
        <Typography variant="subtitle2" component="p" sx={{ mb: 0.5 }}>
          {t('profileForm.details.programmes')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('profileForm.details.programmesHelp')}
        </Typography>
        <RowList
          items={corporate.programmes}
          max={PROGRAMMES_MAX}
          addLabel={t('profileForm.details.addProgramme')}
          removeLabel={(index) => t('profileForm.details.removeProgramme', { number: index + 1 })}
          newItem={() => ({ name: '', description: '' })}
          onChange={(programmes) => set({ programmes })}
          renderRow={(programme, index, autoFocus) => {
            const update = (patch: Partial<typeof programme>) =>
              set({ programmes: corporate.programmes.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
            const nameError = errors[`corporate.programmes.${index}.name`];
            const descriptionError = errors[`corporate.programmes.${index}.description`];
            return (
              <Stack spacing={1.5}>
                <TextField
                  size="small"
                  autoFocus={autoFocus}
                  label={t('profileForm.details.programmeName', { number: index + 1 })}
                  value={programme.name}
                  onChange={(event) => update({ name: event.target.value })}
                  error={Boolean(nameError)}
                  helperText={nameError}
                  slotProps={{ htmlInput: { maxLength: 100 } }}
                />
                <TextField
                  size="small"
                  multiline
                  minRows={2}
                  label={t('profileForm.details.programmeDescription')}
                  value={programme.description}
                  onChange={(event) => update({ description: event.target.value })}
                  error={Boolean(descriptionError)}
                  helperText={descriptionError}
                  slotProps={{ htmlInput: { maxLength: 500 } }}
                />
              </Stack>
            );
          }}
        />
      </div>
    </Stack>
  );
}

/** The fields only one kind of profile has. */
export function KindDetailsFields(props: SectionProps) {
  switch (props.values.kind) {
    case 'startup':
      return <StartupFields {...props} />;
    case 'creator':
      return <CreatorFields {...props} />;
    case 'corporate':
      return <CorporateFields {...props} />;
    default:
      return null;
  }
}
