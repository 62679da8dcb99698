import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import EventNote from '@mui/icons-material/EventNote';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import VideocamOutlined from '@mui/icons-material/VideocamOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { ParticipantDto } from '@musubi/shared';
import { fetchParticipants } from '../../api/events';
import { useAuth } from '../../auth/AuthContext';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { ProfileCard } from '../directory/ProfileCard';
import { EventStatusChips } from './EventCard';
import { EventWhen } from './EventWhen';
import { canManage } from './eventText';
import { localized } from '../../lib/localized';
import { safeHttpUrl } from '../../lib/safeHttpUrl';
import { InvitationPanel } from './InvitationPanel';
import { JoinPanel } from './JoinPanel';
import { useEvent } from './useEvent';
import { CardGrid } from '../../components/CardGrid';

/** The approved participants as profile cards (only those the viewer may see come back). */
function Participants({ eventId, count }: { eventId: string; count: number }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ParticipantDto[] | null>(null);
  useEffect(() => {
    fetchParticipants(eventId, { status: 'approved' }).then(
      (page) => setItems(page.items),
      () => setItems([]),
    );
  }, [eventId, count]);
  return (
    <Box component="section" aria-labelledby="event-participants-heading" sx={{ mt: 4 }}>
      <Typography id="event-participants-heading" variant="h2" sx={{ fontSize: '1.3rem', mb: 1.5 }}>
        {t('events.page.participants', { count })}
      </Typography>
      {items && items.length === 0 ? (
        <Typography color="text.secondary">{t('events.page.noParticipants')}</Typography>
      ) : (
        <CardGrid>
          {(items ?? []).map((p) => (
            <li key={p.profile.id}>
              <ProfileCard profile={p.profile} />
            </li>
          ))}
        </CardGrid>
      )}
    </Box>
  );
}

/** `/events/:id`: what, when and where, who organises and takes part; join or leave. */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { user } = useAuth();
  const { event, setEvent, error } = useEvent(id);
  const title = event ? localized(event.title, i18n.language) : null;
  usePageTitle(title?.text || t('events.title'));

  if (error && !event) {
    return (
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Alert severity="error">{error}</Alert>
        <Button component={RouterLink} to="/events" sx={{ mt: 2 }}>
          {t('events.page.back')}
        </Button>
      </Container>
    );
  }
  if (!event || !title) return <PageLoader />;

  const description = localized(event.description, i18n.language);
  const venue = localized(event.venue, i18n.language);
  const onlineUrl = safeHttpUrl(event.onlineUrl);
  const manager = canManage(event, user?.role);
  const approved = event.viewer.participantStatus === 'approved';
  const channel = event.viewer.channelConversationId;

  return (
    <Container maxWidth="lg">
      <Button component={RouterLink} to="/events" size="small" sx={{ mb: 1 }}>
        {t('events.page.back')}
      </Button>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mb: 1 }}>
        <EventStatusChips event={event} />
      </Box>
      <Typography
        variant="h1"
        lang={title.lang}
        sx={{ fontSize: { xs: '1.6rem', sm: '2.25rem' }, overflowWrap: 'anywhere', mb: 1 }}
      >
        {title.text || t('events.untitled')}
      </Typography>
      <Stack spacing={1} sx={{ mb: 2 }}>
        <Typography component="div">
          <EventWhen
            start={event.startsAt}
            end={event.endsAt}
            eventZone={event.timeZone}
            viewerZone={user?.timeZone}
            long
          />
        </Typography>
        {event.online ? (
          <Typography sx={{ display: 'flex', alignItems: 'center', gap: 0.75, overflowWrap: 'anywhere' }}>
            <VideocamOutlined fontSize="small" aria-hidden />
            {onlineUrl ? (
              <Link href={onlineUrl} target="_blank" rel="noopener noreferrer">
                {t('events.page.onlineLink')}
              </Link>
            ) : (
              t('events.card.online')
            )}
          </Typography>
        ) : (
          <Typography sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <PlaceOutlined fontSize="small" aria-hidden />
            <span lang={venue.lang}>{venue.text || t('events.card.venueTbd')}</span>
          </Typography>
        )}
        <Typography color="text.secondary">
          {t('events.card.participants', { count: event.participantCount, capacity: event.capacity })}
        </Typography>
        <Typography color="text.secondary">
          {t('events.page.organisedBy')}{' '}
          {event.organisers.map((o, index) => (
            <span key={o.userId}>
              {index > 0 ? ', ' : null}
              {o.profileId ? (
                <Link component={RouterLink} to={`/profiles/${o.profileId}`}>
                  {o.displayName}
                </Link>
              ) : (
                o.displayName
              )}
            </span>
          ))}
        </Typography>
      </Stack>

      {user ? (
        <>
          <InvitationPanel event={event} kind="organiser" onChange={setEvent} />
          <InvitationPanel event={event} kind="participant" onChange={setEvent} />
        </>
      ) : null}

      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 3 }}>
        {manager ? (
          <>
            <Button variant="contained" component={RouterLink} to={`/events/${event.id}/manage`}>
              {t('events.page.manage')}
            </Button>
            <Button variant="outlined" component={RouterLink} to={`/events/${event.id}/edit`}>
              {t('events.page.edit')}
            </Button>
          </>
        ) : null}
        {channel ? (
          <Button
            variant="outlined"
            component={RouterLink}
            to={`/messages/${channel}`}
            startIcon={<CampaignOutlined />}
          >
            {t('events.page.channel')}
          </Button>
        ) : null}
        {approved ? (
          <Button variant="outlined" component={RouterLink} to={`/events/${event.id}/agenda`} startIcon={<EventNote />}>
            {t('events.page.agenda')}
          </Button>
        ) : null}
      </Stack>

      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 1fr)' } }}>
        <Box component="section" aria-labelledby="event-about-heading">
          <Typography id="event-about-heading" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('events.page.about')}
          </Typography>
          {description.text ? (
            <Typography lang={description.lang} sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {description.text}
            </Typography>
          ) : (
            <Typography color="text.secondary">{t('events.page.noDescription')}</Typography>
          )}
        </Box>
        {event.status !== 'draft' ? <JoinPanel event={event} onChange={setEvent} /> : null}
      </Box>

      <Participants eventId={event.id} count={event.participantCount} />
    </Container>
  );
}
