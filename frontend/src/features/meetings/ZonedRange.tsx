import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatRange, sameWallClock, zoneCity } from './meetingTime';

interface Props {
  start: string;
  end: string;
  /** The viewer's zone: the main line. */
  viewerZone: string;
  /** The other person's (or the event's) zone, shown beside it when the clocks differ. */
  otherZone?: string | null;
  otherLabel?: string;
}

/** A time range in the viewer's zone, and in the other zone when it reads differently there. */
export function ZonedRange({ start, end, viewerZone, otherZone, otherLabel }: Props) {
  const { t, i18n } = useTranslation();
  const showOther = Boolean(otherZone) && !sameWallClock(start, viewerZone, otherZone ?? undefined);
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 1, rowGap: 0.25 }}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {formatRange(start, end, i18n.language, viewerZone)}{' '}
        <Box
          component="abbr"
          title={viewerZone}
          sx={{ textDecoration: 'none', fontWeight: 400, color: 'text.secondary' }}
        >
          ({t('meetings.time.yours', { zone: zoneCity(viewerZone) })})
        </Box>
      </Box>
      {showOther && otherZone ? (
        <Typography component="span" variant="body2" color="text.secondary" title={otherZone}>
          {t('meetings.time.theirs', {
            who: otherLabel ?? t('meetings.time.them'),
            time: formatRange(start, end, i18n.language, otherZone),
            zone: zoneCity(otherZone),
          })}
        </Typography>
      ) : null}
    </Box>
  );
}
