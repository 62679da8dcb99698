import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { EventDto } from '@musubi/shared';
import { createEvent, fetchEvent, updateEvent } from '../../api/events';
import { useAuth } from '../../auth/AuthContext';
import { FormAlert } from '../../forms/FormAlert';
import { browserTimeZone, TimeZoneField } from '../../forms/TimeZoneField';
import { useEntityForm } from '../../forms/useEntityForm';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { formatTime } from '../meetings/meetingTime';
import {
  BREAK_OPTIONS,
  emptyEventForm,
  eventToForm,
  previewRounds,
  SLOT_OPTIONS,
  validateEventForm,
  type EventFormValues,
} from './eventForm';
import { describeEventError } from './eventText';
import { EventStatusActions } from './EventStatusActions';
import { OrganisersSection } from './OrganisersSection';

const sectionSx = { p: { xs: 2, sm: 3 }, mb: 3 };
const twoCols = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } };

/** The round times the plan makes, in the event's zone, updated as the plan is typed. */
export function RoundPreview({ values }: { values: EventFormValues }) {
  const { t, i18n } = useTranslation();
  const rounds = previewRounds(values);
  return (
    <Box aria-live="polite" sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {t('events.form.preview')}
      </Typography>
      {rounds.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('events.form.previewEmpty')}
        </Typography>
      ) : (
        <Box
          component="ol"
          aria-label={t('events.form.preview')}
          sx={{ m: 0, pl: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1 }}
        >
          {rounds.map((r) => (
            <Box
              component="li"
              key={r.round}
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1, py: 0.5, fontSize: '0.875rem' }}
            >
              {t('events.form.previewRound', {
                round: r.round,
                start: formatTime(r.start, i18n.language, values.timeZone),
                end: formatTime(r.end, i18n.language, values.timeZone),
              })}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** Create (`/events/new`) or edit (`/events/:id/edit`) an event, with its session plan. */
export function EventFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const {
    entity: event,
    setEntity: setEvent,
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
  } = useEntityForm({
    id,
    initial: () => emptyEventForm(user?.timeZone ?? browserTimeZone()),
    fetch: fetchEvent,
    toForm: eventToForm,
    validate: validateEventForm,
    describeError: describeEventError,
    update: (current: EventDto, { onlineUrl, ...rest }) =>
      updateEvent(current.id, { ...rest, onlineUrl: onlineUrl ?? null, version: current.version }),
    create: async (data) => {
      const created = await createEvent(data);
      void navigate(`/events/${created.id}/manage`);
    },
    savedMessage: t('events.form.saved'),
  });
  usePageTitle(id ? t('events.form.editTitle') : t('events.form.createTitle'));

  if (!id && user && user.role !== 'organiser' && user.role !== 'admin') {
    return (
      <Alert severity="info" sx={{ maxWidth: 720, mx: 'auto', my: 4 }}>
        {t('events.form.organisersOnly')}
      </Alert>
    );
  }
  if (id && loadError)
    return (
      <Alert severity="error" sx={{ maxWidth: 720, mx: 'auto', my: 4 }}>
        {loadError}
      </Alert>
    );
  if (id && !event) return <PageLoader />;

  /** Moving the start date carries the session plan's (and an empty end date) along. */
  const setStartDate = (date: string) =>
    setValues((current) => ({
      ...current,
      startDate: date,
      planDate: !current.planDate || current.planDate === current.startDate ? date : current.planDate,
      endDate: !current.endDate || current.endDate === current.startDate ? date : current.endDate,
    }));

  return (
    <Container maxWidth="md">
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 1 }}>
        {event ? t('events.form.editTitle') : t('events.form.createTitle')}
      </Typography>
      {event ? (
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography color="text.secondary">{t(`events.status.${event.status}`)}</Typography>
          <Button component={RouterLink} to={`/events/${event.id}/manage`}>
            {t('events.page.manage')}
          </Button>
          <EventStatusActions event={event} onChange={reset} />
        </Stack>
      ) : (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('events.form.createIntro')}
        </Typography>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert error={formError} success={saved} />
        <Paper variant="outlined" component="fieldset" sx={{ ...sectionSx, border: 1, borderColor: 'divider' }}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('events.form.about')}
          </Typography>
          <Box sx={twoCols}>
            <TextField
              label={t('events.form.titleJa')}
              value={values.titleJa}
              onChange={(e) => set('titleJa', e.target.value)}
              lang="ja"
              {...field('title')}
            />
            <TextField
              label={t('events.form.titleEn')}
              value={values.titleEn}
              onChange={(e) => set('titleEn', e.target.value)}
              lang="en"
              {...field('title')}
              helperText={errors.title ?? t('events.form.oneLanguageHelp')}
            />
            <TextField
              label={t('events.form.descriptionJa')}
              value={values.descriptionJa}
              onChange={(e) => set('descriptionJa', e.target.value)}
              lang="ja"
              multiline
              minRows={3}
              {...field('description')}
            />
            <TextField
              label={t('events.form.descriptionEn')}
              value={values.descriptionEn}
              onChange={(e) => set('descriptionEn', e.target.value)}
              lang="en"
              multiline
              minRows={3}
              {...field('description')}
            />
          </Box>
        </Paper>

        <Paper variant="outlined" component="fieldset" sx={{ ...sectionSx, border: 1, borderColor: 'divider' }}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('events.form.whenWhere')}
          </Typography>
          <Stack spacing={2}>
            <TimeZoneField value={values.timeZone} onChange={(zone) => set('timeZone', zone)} error={errors.timeZone} />
            <Box sx={twoCols}>
              <TextField
                type="date"
                label={t('events.form.startDate')}
                value={values.startDate}
                onChange={(e) => setStartDate(e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                {...field('startsAt')}
              />
              <TextField
                type="time"
                label={t('events.form.startTime')}
                value={values.startTime}
                onChange={(e) => set('startTime', e.target.value)}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 900 } }}
              />
              <TextField
                type="date"
                label={t('events.form.endDate')}
                value={values.endDate}
                onChange={(e) => set('endDate', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                {...field('endsAt')}
              />
              <TextField
                type="time"
                label={t('events.form.endTime')}
                value={values.endTime}
                onChange={(e) => set('endTime', e.target.value)}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 900 } }}
              />
            </Box>
            <FormControlLabel
              control={<Checkbox checked={values.online} onChange={(e) => set('online', e.target.checked)} />}
              label={t('events.form.online')}
            />
            {values.online ? (
              <TextField
                type="url"
                label={t('events.form.onlineUrl')}
                value={values.onlineUrl}
                onChange={(e) => set('onlineUrl', e.target.value)}
                {...field('onlineUrl')}
                helperText={errors.onlineUrl ?? t('events.form.onlineUrlHelp')}
              />
            ) : (
              <Box sx={twoCols}>
                <TextField
                  label={t('events.form.venueJa')}
                  value={values.venueJa}
                  onChange={(e) => set('venueJa', e.target.value)}
                  lang="ja"
                  {...field('venue')}
                />
                <TextField
                  label={t('events.form.venueEn')}
                  value={values.venueEn}
                  onChange={(e) => set('venueEn', e.target.value)}
                  lang="en"
                  {...field('venue')}
                />
              </Box>
            )}
          </Stack>
        </Paper>

        <Paper variant="outlined" component="fieldset" sx={{ ...sectionSx, border: 1, borderColor: 'divider' }}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('events.form.registration')}
          </Typography>
          <Stack spacing={1}>
            <TextField
              type="number"
              label={t('events.form.capacity')}
              value={values.capacity}
              onChange={(e) => set('capacity', e.target.value)}
              sx={{ maxWidth: 240 }}
              slotProps={{ htmlInput: { min: 1 } }}
              {...field('capacity')}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={values.registrationOpen}
                  onChange={(e) => set('registrationOpen', e.target.checked)}
                />
              }
              label={t('events.form.registrationOpen')}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={values.requiresApproval}
                  onChange={(e) => set('requiresApproval', e.target.checked)}
                />
              }
              label={t('events.form.requiresApproval')}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={values.announcementReplies}
                  onChange={(e) => set('announcementReplies', e.target.checked)}
                />
              }
              label={t('events.form.announcementReplies')}
            />
          </Stack>
        </Paper>

        <Paper variant="outlined" component="fieldset" sx={{ ...sectionSx, border: 1, borderColor: 'divider' }}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.2rem', px: 0.5 }}>
            {t('events.form.plan')}
          </Typography>
          <FormControlLabel
            control={<Checkbox checked={values.hasPlan} onChange={(e) => set('hasPlan', e.target.checked)} />}
            label={t('events.form.hasPlan')}
          />
          {values.hasPlan ? (
            <>
              <Box sx={{ ...twoCols, mt: 1 }}>
                <TextField
                  type="date"
                  label={t('events.form.planDate')}
                  value={values.planDate}
                  onChange={(e) => set('planDate', e.target.value)}
                  slotProps={{ inputLabel: { shrink: true } }}
                  {...field('sessionPlan.startsAt')}
                />
                <TextField
                  type="time"
                  label={t('events.form.planTime')}
                  value={values.planTime}
                  onChange={(e) => set('planTime', e.target.value)}
                  slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 900 } }}
                />
                <TextField
                  select
                  label={t('events.form.slotMinutes')}
                  value={values.slotMinutes}
                  onChange={(e) => set('slotMinutes', Number(e.target.value))}
                >
                  {SLOT_OPTIONS.map((m) => (
                    <MenuItem key={m} value={m}>
                      {t('events.form.minutes', { count: m })}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  label={t('events.form.breakMinutes')}
                  value={values.breakMinutes}
                  onChange={(e) => set('breakMinutes', Number(e.target.value))}
                >
                  {BREAK_OPTIONS.map((m) => (
                    <MenuItem key={m} value={m}>
                      {m === 0 ? t('events.form.noBreak') : t('events.form.minutes', { count: m })}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  type="number"
                  label={t('events.form.rounds')}
                  value={values.rounds}
                  onChange={(e) => set('rounds', e.target.value)}
                  slotProps={{ htmlInput: { min: 1, max: 20 } }}
                  {...field('sessionPlan.rounds')}
                />
                <TextField
                  type="number"
                  label={t('events.form.tables')}
                  value={values.tables}
                  onChange={(e) => set('tables', e.target.value)}
                  slotProps={{ htmlInput: { min: 1, max: 200 } }}
                  {...field('sessionPlan.tables')}
                />
                <TextField
                  type="number"
                  label={t('events.form.maxMeetings')}
                  value={values.maxMeetingsPerPerson}
                  onChange={(e) => set('maxMeetingsPerPerson', e.target.value)}
                  slotProps={{ htmlInput: { min: 1, max: 20 } }}
                  {...field('sessionPlan.maxMeetingsPerPerson')}
                />
              </Box>
              <RoundPreview values={values} />
            </>
          ) : null}
        </Paper>

        <Stack direction="row" spacing={2} sx={{ mb: 4 }}>
          <Button type="submit" variant="contained" loading={submitting}>
            {event ? t('events.form.save') : t('events.form.create')}
          </Button>
          <Button component={RouterLink} to={event ? `/events/${event.id}` : '/events'}>
            {t('events.actions.cancel')}
          </Button>
        </Stack>
      </form>
      {event ? (
        <>
          <Divider sx={{ mb: 3 }} />
          <OrganisersSection event={event} onChange={setEvent} />
        </>
      ) : null}
    </Container>
  );
}
