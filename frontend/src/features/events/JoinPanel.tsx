import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EventDto } from '@musubi/shared';
import { joinEvent, leaveEvent, saveEventAvailability } from '../../api/events';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeEventError } from './eventText';
import { RoundLabel } from './RoundLabel';

/** Join (with the rounds one can attend), see one's status, change availability or leave. */
export function JoinPanel({ event, onChange }: { event: EventDto; onChange(event: EventDto): void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const rounds = event.sessionPlan?.roundTimes ?? [];
  const status = event.viewer.participantStatus;
  // Registered by joining or by accepting an invitation (an open invitation is answered elsewhere).
  const joined = status === 'pending' || status === 'approved' || status === 'rejected';
  const [availability, setAvailability] = useState<boolean[]>(
    () => event.viewer.availability ?? rounds.map(() => true),
  );
  const [busy, setBusy] = useState<'join' | 'leave' | 'save' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [askLeave, setAskLeave] = useState(false);

  if (status === 'invited') return null;
  if (!user) {
    return (
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography sx={{ mb: 1.5 }}>{t('events.join.signInFirst')}</Typography>
        <Button
          variant="contained"
          component={RouterLink}
          to={`/login?next=${encodeURIComponent(`/events/${event.id}`)}`}
        >
          {t('nav.login')}
        </Button>
      </Paper>
    );
  }

  const run = async (kind: 'join' | 'leave' | 'save', action: () => Promise<EventDto>, done: string) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      const next = await action();
      onChange(next);
      setNotice(done);
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(null);
    }
  };

  const allRounds = availability.every(Boolean);
  const availabilityToSend = rounds.length > 0 && !allRounds ? availability : undefined;
  const closed = event.status !== 'published' || !event.registrationOpen;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="event-join-heading" sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Typography id="event-join-heading" variant="h2" sx={{ fontSize: '1.2rem', mb: 1 }}>
        {t('events.join.title')}
      </Typography>
      {status ? (
        <Alert severity={status === 'approved' ? 'success' : status === 'pending' ? 'info' : 'warning'} sx={{ mb: 2 }}>
          {t(`events.join.status.${status}`)}
        </Alert>
      ) : closed ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('events.join.closed')}
        </Typography>
      ) : event.requiresApproval ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('events.join.needsApproval')}
        </Typography>
      ) : null}

      {rounds.length > 0 && status !== 'rejected' && (!closed || joined) ? (
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
          <Typography component="legend" variant="subtitle2">
            {t('events.join.availability')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('events.join.availabilityHelp')}
          </Typography>
          <FormGroup>
            {rounds.map((round, index) => (
              <FormControlLabel
                key={round.round}
                control={
                  <Checkbox
                    checked={availability[index] ?? true}
                    onChange={(e) =>
                      setAvailability((current) => {
                        const next = rounds.map((_, i) => current[i] ?? true);
                        next[index] = e.target.checked;
                        return next;
                      })
                    }
                  />
                }
                label={<RoundLabel round={round} eventZone={event.timeZone} viewerZone={user.timeZone} />}
              />
            ))}
          </FormGroup>
        </Box>
      ) : null}

      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ flexWrap: 'wrap' }}>
        {(!status || status === 'declined') && !closed ? (
          <Button
            variant="contained"
            loading={busy === 'join'}
            onClick={() => void run('join', () => joinEvent(event.id, availabilityToSend), t('events.join.joined'))}
          >
            {t('events.join.join')}
          </Button>
        ) : null}
        {joined && status !== 'rejected' && rounds.length > 0 ? (
          <Button
            variant="outlined"
            loading={busy === 'save'}
            onClick={() =>
              void run(
                'save',
                () =>
                  saveEventAvailability(
                    event.id,
                    rounds.map((_, i) => availability[i] ?? true),
                  ),
                t('events.join.availabilitySaved'),
              )
            }
          >
            {t('events.join.saveAvailability')}
          </Button>
        ) : null}
        {joined && status !== 'rejected' ? (
          <Button color="error" onClick={() => setAskLeave(true)}>
            {t('events.join.leave')}
          </Button>
        ) : null}
      </Stack>
      <Box aria-live="polite">
        {notice ? (
          <Alert severity="success" sx={{ mt: 2 }}>
            {notice}
          </Alert>
        ) : null}
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </Box>
      <ConfirmDialog
        open={askLeave}
        title={t('events.join.leaveTitle')}
        confirmLabel={t('events.join.leave')}
        busy={busy === 'leave'}
        onClose={() => setAskLeave(false)}
        onConfirm={() => {
          setAskLeave(false);
          void run('leave', () => leaveEvent(event.id), t('events.join.left'));
        }}
      >
        {t('events.join.leaveBody')}
      </ConfirmDialog>
    </Paper>
  );
}
