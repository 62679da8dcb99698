import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { sameWallClock } from '../features/meetings/meetingTime';

interface Props {
  /** The instant compared between the zones. */
  at: string;
  /** The zone of the main line. */
  zone: string;
  /** The viewer's zone: a second line when its wall clock reads differently at `at`. */
  viewerZone?: string | null;
  /** The second line's text, for the viewer's zone. */
  viewerText(viewerZone: string): string;
  /** The main line. */
  children: ReactNode;
}

/** A time in its own zone, with the viewer's local time underneath when the clocks differ. */
export function TwoZoneTime({ at, zone, viewerZone, viewerText, children }: Props) {
  const showViewer = Boolean(viewerZone) && !sameWallClock(at, zone, viewerZone ?? undefined);
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', rowGap: 0.25 }}>
      {children}
      {showViewer && viewerZone ? (
        <Typography component="span" variant="body2" color="text.secondary" title={viewerZone}>
          {viewerText(viewerZone)}
        </Typography>
      ) : null}
    </Box>
  );
}

/** A time zone's short name, with its full IANA name on hover. */
export function ZoneAbbr({ zone, children }: { zone: string; children: ReactNode }) {
  return (
    <Box component="abbr" title={zone} sx={{ textDecoration: 'none', color: 'text.secondary' }}>
      {children}
    </Box>
  );
}
