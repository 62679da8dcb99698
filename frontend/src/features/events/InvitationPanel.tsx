import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import MailOutlined from '@mui/icons-material/MailOutlined';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '@musubi/shared';
import { answerInvitation, answerOrganiserInvitation } from '../../api/events';
import { describeEventError } from './eventText';

type Kind = 'participant' | 'organiser';

const TEXT: Record<Kind, { title: string; by: string; help: string; accept: string; accepted: string }> = {
  participant: {
    title: 'events.invitation.title',
    by: 'events.invitation.by',
    help: 'events.invitation.help',
    accept: 'events.invitation.accept',
    accepted: 'events.invitation.accepted',
  },
  organiser: {
    title: 'events.invitation.organiserTitle',
    by: 'events.invitation.organiserBy',
    help: 'events.invitation.organiserHelp',
    accept: 'events.invitation.acceptOrganiser',
    accepted: 'events.invitation.organiserAccepted',
  },
};

/** Who invited the viewer, if the event holds an open invitation of this kind for them. */
export function invitationFrom(event: EventDto, kind: Kind): string | null {
  if (kind === 'organiser') return event.viewer.organiserInvitation?.invitedBy ?? null;
  return event.viewer.participantStatus === 'invited' ? (event.viewer.invitedBy ?? '') : null;
}

/**
 * "You're invited by …" with Accept and Decline: an organiser's invitation to take part, or to
 * co-organise. Nothing happens to the member until they answer here.
 */
export function InvitationPanel({
  event,
  kind,
  onChange,
}: {
  event: EventDto;
  kind: Kind;
  onChange(event: EventDto): void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const from = invitationFrom(event, kind);
  const text = TEXT[kind];
  const headingId = `event-${kind}-invitation-heading`;

  const answer = async (choice: 'accept' | 'decline') => {
    setBusy(choice);
    setError(null);
    try {
      const next = await (kind === 'organiser' ? answerOrganiserInvitation : answerInvitation)(event.id, choice);
      setNotice(t(choice === 'accept' ? text.accepted : 'events.invitation.declined'));
      onChange(next);
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(null);
    }
  };

  if (from === null) {
    return notice ? (
      <Alert severity="success" role="status" sx={{ mb: 3 }}>
        {notice}
      </Alert>
    ) : null;
  }
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 2.5 }, mb: 3, borderColor: 'primary.main' }}
    >
      <Typography
        id={headingId}
        variant="h2"
        sx={{ fontSize: '1.2rem', mb: 1, display: 'flex', alignItems: 'center', gap: 1 }}
      >
        <MailOutlined fontSize="small" aria-hidden />
        {t(text.title)}
      </Typography>
      <Typography sx={{ mb: 0.5, overflowWrap: 'anywhere' }}>{t(text.by, { name: from })}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t(text.help)}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <Button
          variant="contained"
          loading={busy === 'accept'}
          disabled={busy !== null}
          onClick={() => void answer('accept')}
        >
          {t(text.accept)}
        </Button>
        <Button
          variant="outlined"
          loading={busy === 'decline'}
          disabled={busy !== null}
          onClick={() => void answer('decline')}
        >
          {t('events.invitation.decline')}
        </Button>
      </Stack>
      <Box aria-live="polite">
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </Box>
    </Paper>
  );
}
