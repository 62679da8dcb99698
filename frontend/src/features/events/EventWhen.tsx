import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDay, formatRange, formatTime, sameWallClock, zoneCity } from '../meetings/meetingTime';

interface Props {
  start: string;
  end: string;
  /** The event's zone: the main line. */
  eventZone: string;
  /** The viewer's zone, shown beside it when the wall clocks differ. */
  viewerZone?: string | null;
  /** Show the day in full ("Friday, 27 November 2026") rather than short. */
  long?: boolean;
}

function range(start: string, end: string, language: string, zone: string, long: boolean): string {
  if (!long) return formatRange(start, end, language, zone);
  return `${formatDay(start, language, zone)} ${formatTime(start, language, zone)}–${formatTime(end, language, zone)}`;
}

/** When an event (or a round) takes place: in the event's zone, and the viewer's when it reads differently. */
export function EventWhen({ start, end, eventZone, viewerZone, long = false }: Props) {
  const { t, i18n } = useTranslation();
  const showViewer = Boolean(viewerZone) && !sameWallClock(start, eventZone, viewerZone ?? undefined);
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', rowGap: 0.25 }}>
      <Box component="span">
        {range(start, end, i18n.language, eventZone, long)}{' '}
        <Box component="abbr" title={eventZone} sx={{ textDecoration: 'none', color: 'text.secondary' }}>
          ({t('events.time.eventZone', { zone: zoneCity(eventZone) })})
        </Box>
      </Box>
      {showViewer && viewerZone ? (
        <Typography component="span" variant="body2" color="text.secondary" title={viewerZone}>
          {t('events.time.yourZone', {
            time: range(start, end, i18n.language, viewerZone, long),
            zone: zoneCity(viewerZone),
          })}
        </Typography>
      ) : null}
    </Box>
  );
}
