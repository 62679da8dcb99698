import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { TwoZoneTime, ZoneAbbr } from '../../components/TwoZoneTime';
import { formatDay, formatRange, formatTime, zoneCity } from '../meetings/meetingTime';

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
  return (
    <TwoZoneTime
      at={start}
      zone={eventZone}
      viewerZone={viewerZone}
      viewerText={(zone) =>
        t('events.time.yourZone', { time: range(start, end, i18n.language, zone, long), zone: zoneCity(zone) })
      }
    >
      <Box component="span">
        {range(start, end, i18n.language, eventZone, long)}{' '}
        <ZoneAbbr zone={eventZone}>({t('events.time.eventZone', { zone: zoneCity(eventZone) })})</ZoneAbbr>
      </Box>
    </TwoZoneTime>
  );
}
