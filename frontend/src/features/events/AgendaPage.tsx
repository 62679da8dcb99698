import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { AgendaItemDto } from '@musubi/shared';
import { fetchAgenda } from '../../api/events';
import { useAuth } from '../../auth/AuthContext';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { ProfileCard } from '../directory/ProfileCard';
import { EventWhen } from './EventWhen';
import { describeEventError } from './eventText';
import { localized } from '../../lib/localized';
import { useEvent } from './useEvent';

/** `/events/:id/agenda`: the viewer's own meetings at the event, round by round, with the table. */
export function AgendaPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { user } = useAuth();
  const { event, error: eventError } = useEvent(id);
  const [items, setItems] = useState<AgendaItemDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('events.agenda.title'));

  useEffect(() => {
    if (!id) return;
    fetchAgenda(id).then(
      (agenda) => setItems([...agenda].sort((a, b) => a.round - b.round)),
      (e: unknown) => setError(describeEventError(e, t)),
    );
  }, [id, t]);

  const problem = eventError ?? error;
  if (problem && (!event || !items)) {
    return (
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Alert severity="error">{problem}</Alert>
      </Container>
    );
  }
  if (!event || !items) return <PageLoader />;
  const title = localized(event.title, i18n.language);
  const meetingLink = (meetingId: string | null) =>
    meetingId ? (
      <Button component={RouterLink} to={`/meetings/${meetingId}`} size="small" sx={{ alignSelf: 'flex-start' }}>
        {t('events.agenda.meeting')}
      </Button>
    ) : null;

  return (
    <Container maxWidth="md">
      <Button component={RouterLink} to={`/events/${event.id}`} size="small" sx={{ mb: 1 }}>
        {t('events.agenda.back')}
      </Button>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2.25rem' }, mb: 0.5 }}>
        {t('events.agenda.title')}
      </Typography>
      <Typography color="text.secondary" lang={title.lang} sx={{ mb: 3 }}>
        {title.text}
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">
          {event.schedulePublished ? t('events.agenda.none') : t('events.agenda.notYet')}
        </Typography>
      ) : (
        <Stack component="ol" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {items.map((item) => (
            <Paper component="li" variant="outlined" key={`${item.round}-${item.table}`} sx={{ p: { xs: 1.5, sm: 2 } }}>
              <Box
                sx={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: { xs: 1, sm: 2 },
                  alignItems: 'baseline',
                  justifyContent: 'space-between',
                  mb: 1.5,
                }}
              >
                <Typography variant="h2" sx={{ fontSize: '1.1rem' }}>
                  {t('events.agenda.round', { round: item.round })}
                </Typography>
                <Typography component="div" variant="body2">
                  <EventWhen start={item.start} end={item.end} eventZone={event.timeZone} viewerZone={user?.timeZone} />
                </Typography>
                <Box
                  sx={{
                    px: 1.5,
                    py: 0.5,
                    borderRadius: 1,
                    bgcolor: 'primary.main',
                    color: 'primary.contrastText',
                    fontWeight: 700,
                  }}
                  data-testid="agenda-table"
                >
                  {t('events.agenda.table', { table: item.table })}
                </Box>
              </Box>
              {item.partner ? (
                <ProfileCard profile={item.partner} showTags={false}>
                  {meetingLink(item.meetingId)}
                </ProfileCard>
              ) : (
                <Stack spacing={1}>
                  <Typography color="text.secondary">{t('events.agenda.privatePartner')}</Typography>
                  {meetingLink(item.meetingId)}
                </Stack>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Container>
  );
}
