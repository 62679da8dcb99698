import { useId } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PeopleOutline from '@mui/icons-material/PeopleOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import VideocamOutlined from '@mui/icons-material/VideocamOutlined';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '@musubi/shared';
import { EventWhen } from './EventWhen';
import { localized } from '../../lib/localized';
import { CardGrid } from '../../components/CardGrid';
import { CardTitleLink } from '../../components/CardTitleLink';

/** The status of an event for its organisers (drafts and closed ones), or the viewer's place in it. */
export function EventStatusChips({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  return (
    <>
      {event.status !== 'published' ? (
        <Chip
          size="small"
          label={t(`events.status.${event.status}`)}
          color={event.status === 'draft' ? 'warning' : 'default'}
        />
      ) : null}
      {event.viewer.isOrganiser ? <Chip size="small" variant="outlined" label={t('events.card.organising')} /> : null}
      {event.viewer.participantStatus ? (
        <Chip
          size="small"
          color={event.viewer.participantStatus === 'approved' ? 'success' : 'default'}
          label={t(`events.participantStatus.${event.viewer.participantStatus}`)}
        />
      ) : null}
    </>
  );
}

/** One event in the list; the title is the (stretched) link. */
export function EventCard({ event, viewerZone }: { event: EventDto; viewerZone?: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const title = localized(event.title, i18n.language);
  const venue = localized(event.venue, i18n.language);
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{
        position: 'relative',
        p: 2.5,
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        '&:hover, &:focus-within': { boxShadow: '0 6px 20px rgba(30, 50, 89, 0.12)' },
      }}
    >
      <Typography variant="h2" sx={{ fontSize: '1.1rem', lineHeight: 1.4, overflowWrap: 'anywhere' }}>
        <CardTitleLink to={`/events/${event.id}`} id={titleId} lang={title.lang}>
          {title.text || t('events.untitled')}
        </CardTitleLink>
      </Typography>
      <Typography variant="body2" component="div">
        <EventWhen start={event.startsAt} end={event.endsAt} eventZone={event.timeZone} viewerZone={viewerZone} />
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        {event.online ? (
          <>
            <VideocamOutlined fontSize="small" aria-hidden />
            {t('events.card.online')}
          </>
        ) : (
          <>
            <PlaceOutlined fontSize="small" aria-hidden />
            <span lang={venue.lang}>{venue.text || t('events.card.venueTbd')}</span>
          </>
        )}
      </Typography>
      <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <PeopleOutline fontSize="small" aria-hidden />
        {t('events.card.participants', { count: event.participantCount, capacity: event.capacity })}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mt: 'auto', pt: 0.5 }}>
        <EventStatusChips event={event} />
        {!event.registrationOpen && event.status === 'published' ? (
          <Chip size="small" variant="outlined" label={t('events.card.registrationClosed')} />
        ) : null}
      </Box>
    </Paper>
  );
}

export function EventCardList({ events, viewerZone }: { events: EventDto[]; viewerZone?: string }) {
  return (
    <CardGrid>
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} viewerZone={viewerZone} />
        </li>
      ))}
    </CardGrid>
  );
}
