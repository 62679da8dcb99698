import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { AddOrganiserSchema, type EventDto } from '@musubi/shared';
import { inviteOrganiser, removeOrganiser, withdrawOrganiserInvitation } from '../../api/events';
import { describeEventError } from './eventText';

/**
 * The event's organisers, and inviting a co-organiser by email: the invitation is listed by the
 * email typed (the server never says whether it belongs to an account) until it is accepted.
 */
export function OrganisersSection({ event, onChange }: { event: EventDto; onChange(event: EventDto): void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (action: () => Promise<EventDto>) => {
    setError(null);
    try {
      onChange(await action());
    } catch (err) {
      setError(describeEventError(err, t));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = AddOrganiserSchema.safeParse({ email: email.trim() });
    if (!parsed.success) {
      setFieldError(t('validation.email'));
      return;
    }
    setFieldError(null);
    setError(null);
    setBusy(true);
    try {
      onChange(await inviteOrganiser(event.id, parsed.data.email));
      setEmail('');
    } catch (err) {
      setError(describeEventError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="event-organisers-heading">
      <Typography id="event-organisers-heading" variant="h2" sx={{ fontSize: '1.2rem', mb: 1 }}>
        {t('events.organisers.title')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        {event.organisers.map((o) => (
          <li key={o.userId}>
            <Chip label={o.owner ? t('events.organisers.owner', { name: o.displayName }) : o.displayName} />
            {o.owner ? null : (
              <IconButton
                size="small"
                onClick={() => void change(() => removeOrganiser(event.id, o.userId))}
                aria-label={t('events.organisers.remove', { name: o.displayName })}
              >
                <Close fontSize="small" />
              </IconButton>
            )}
          </li>
        ))}
      </Box>
      {event.organiserInvitations.length ? (
        <>
          <Typography id="event-organiser-invitations-heading" variant="subtitle2">
            {t('events.organisers.invited')}
          </Typography>
          <Box
            component="ul"
            aria-labelledby="event-organiser-invitations-heading"
            sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}
          >
            {event.organiserInvitations.map((i) => (
              <li key={i.email}>
                <Chip
                  variant="outlined"
                  label={t('events.organisers.invitedEmail', { email: i.email })}
                  sx={{ maxWidth: '100%' }}
                />
                <IconButton
                  size="small"
                  onClick={() => void change(() => withdrawOrganiserInvitation(event.id, i.email))}
                  aria-label={t('events.organisers.withdraw', { email: i.email })}
                >
                  <Close fontSize="small" />
                </IconButton>
              </li>
            ))}
          </Box>
        </>
      ) : null}
      <Stack
        component="form"
        onSubmit={(e) => void submit(e)}
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        noValidate
      >
        <TextField
          size="small"
          type="email"
          label={t('events.organisers.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={Boolean(fieldError)}
          helperText={fieldError ?? t('events.organisers.emailHelp')}
          sx={{ flex: 1 }}
        />
        <Box>
          <Button type="submit" variant="outlined" loading={busy}>
            {t('events.organisers.add')}
          </Button>
        </Box>
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
