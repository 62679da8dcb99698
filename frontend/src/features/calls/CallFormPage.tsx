import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { CALL_LIMITS, CALL_OFFERS, LOCATION_AREAS, PROFILE_KINDS, type CallDto } from '@musubi/shared';
import { createCall, fetchCall, updateCall } from '../../api/calls';
import { useAuth } from '../../auth/AuthContext';
import { FormAlert } from '../../forms/FormAlert';
import { browserTimeZone, TimeZoneField } from '../../forms/TimeZoneField';
import { useEntityForm } from '../../forms/useEntityForm';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { TagAutocomplete } from '../profiles/TagAutocomplete';
import { callToForm, emptyCallForm, validateCallForm } from './callForm';
import { CallStatusChip } from './CallParts';
import { CallStatusActions } from './CallStatusActions';
import { describeCallError } from './callText';
import { CheckboxGroup } from './CheckboxGroup';

const sectionSx = { p: { xs: 2, sm: 3 }, mb: 3, border: 1, borderColor: 'divider' };
const twoCols = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } };

/** Create (`/calls/new`) or edit (`/calls/:id/edit`) a call, with its status actions. */
export function CallFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const {
    entity: call,
    reset,
    loadError,
    values,
    set,
    errors,
    field,
    formError,
    saved,
    submitting,
    submit,
  } = useEntityForm({
    id,
    initial: () => emptyCallForm(user?.timeZone ?? browserTimeZone()),
    fetch: fetchCall,
    toForm: callToForm,
    validate: validateCallForm,
    describeError: describeCallError,
    update: (current: CallDto, data) => updateCall(current.id, { ...data, version: current.version }),
    create: async (data) => {
      const created = await createCall(data);
      void navigate(`/calls/${created.id}`, { state: { created: true } });
    },
    savedMessage: t('calls.form.saved'),
  });
  usePageTitle(id ? t('calls.form.editTitle') : t('calls.form.createTitle'));

  if (id && loadError)
    return (
      <Alert severity="error" sx={{ maxWidth: 720, mx: 'auto', my: 4 }}>
        {loadError}
      </Alert>
    );
  if (id && !call) return <PageLoader />;

  return (
    <Container maxWidth="md" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 1 }}>
        {call ? t('calls.form.editTitle') : t('calls.form.createTitle')}
      </Typography>
      {call ? (
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <CallStatusChip call={call} />
          <Button component={RouterLink} to={`/calls/${call.id}`}>
            {t('calls.form.view')}
          </Button>
          <CallStatusActions call={call} onChange={reset} />
        </Stack>
      ) : (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('calls.form.createIntro')}
        </Typography>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert error={formError} success={saved} />
        <Paper variant="outlined" component="fieldset" sx={sectionSx}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('calls.form.about')}
          </Typography>
          <Box sx={twoCols}>
            <TextField
              label={t('calls.form.titleJa')}
              value={values.titleJa}
              onChange={(e) => set('titleJa', e.target.value)}
              slotProps={{ htmlInput: { lang: 'ja', maxLength: CALL_LIMITS.titleMax } }}
              error={Boolean(errors.title)}
            />
            <TextField
              label={t('calls.form.titleEn')}
              value={values.titleEn}
              onChange={(e) => set('titleEn', e.target.value)}
              slotProps={{ htmlInput: { lang: 'en', maxLength: CALL_LIMITS.titleMax } }}
              {...field('title')}
              helperText={errors.title ?? t('calls.form.oneLanguageHelp')}
            />
            <TextField
              label={t('calls.form.challengeJa')}
              value={values.challengeJa}
              onChange={(e) => set('challengeJa', e.target.value)}
              multiline
              minRows={4}
              slotProps={{ htmlInput: { lang: 'ja', maxLength: CALL_LIMITS.challengeMax } }}
              error={Boolean(errors.challenge)}
            />
            <TextField
              label={t('calls.form.challengeEn')}
              value={values.challengeEn}
              onChange={(e) => set('challengeEn', e.target.value)}
              multiline
              minRows={4}
              slotProps={{ htmlInput: { lang: 'en', maxLength: CALL_LIMITS.challengeMax } }}
              {...field('challenge')}
              helperText={errors.challenge ?? t('calls.form.challengeHelp')}
            />
          </Box>
          <Box sx={{ mt: 2 }}>
            <TagAutocomplete
              label={t('calls.form.tags')}
              helperText={t('calls.form.tagsHelp')}
              value={values.tags}
              onChange={(tags) => set('tags', tags)}
              max={CALL_LIMITS.tagsMax}
              error={errors.tags}
            />
          </Box>
        </Paper>

        <Paper variant="outlined" component="fieldset" sx={sectionSx}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('calls.form.offersAndEligibility')}
          </Typography>
          <Stack spacing={2}>
            <CheckboxGroup
              legend={t('calls.form.offers')}
              options={CALL_OFFERS}
              value={values.offers}
              labelOf={(offer) => t(`calls.offers.${offer}`)}
              onChange={(offers) => set('offers', offers)}
              error={errors.offers}
            />
            <CheckboxGroup
              legend={t('calls.form.eligibleKinds')}
              options={PROFILE_KINDS}
              value={values.eligibleKinds}
              labelOf={(kind) => t(`profileForm.kinds.${kind}`)}
              onChange={(kinds) => set('eligibleKinds', kinds)}
              helperText={t('calls.form.anyoneHelp')}
              error={errors.eligibleKinds}
            />
            <CheckboxGroup
              legend={t('calls.form.eligibleAreas')}
              options={LOCATION_AREAS}
              value={values.eligibleAreas}
              labelOf={(area) => t(`profileForm.areas.${area}`)}
              onChange={(areas) => set('eligibleAreas', areas)}
              helperText={t('calls.form.anyoneHelp')}
              error={errors.eligibleAreas}
            />
          </Stack>
        </Paper>

        <Paper variant="outlined" component="fieldset" sx={sectionSx}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('calls.form.deadline')}
          </Typography>
          <Stack spacing={2}>
            <Box sx={twoCols}>
              <TextField
                type="date"
                label={t('calls.form.deadlineDate')}
                value={values.deadlineDate}
                onChange={(e) => set('deadlineDate', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                {...field('deadline')}
              />
              <TextField
                type="time"
                label={t('calls.form.deadlineTime')}
                value={values.deadlineTime}
                onChange={(e) => set('deadlineTime', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Box>
            <TimeZoneField value={values.timeZone} onChange={(zone) => set('timeZone', zone)} error={errors.timeZone} />
            <Typography variant="body2" color="text.secondary">
              {t('calls.form.deadlineHelp')}
            </Typography>
          </Stack>
        </Paper>

        <Stack direction="row" spacing={2} sx={{ mb: 4 }}>
          <Button type="submit" variant="contained" loading={submitting}>
            {call ? t('calls.form.save') : t('calls.form.create')}
          </Button>
          <Button component={RouterLink} to={call ? `/calls/${call.id}` : '/calls'}>
            {t('calls.actions.cancel')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
