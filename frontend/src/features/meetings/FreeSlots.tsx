import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { FreeSlotsDto } from '@musubi/shared';
import { fetchFreeSlots } from '../../api/meetings';
import { formatRange, sameWallClock, zoneCity } from './meetingTime';

/** The other member's free slots for a duration; null while loading or when they can't be had. */
export function useFreeSlots(
  profileId: string | null,
  duration: number,
): { free: FreeSlotsDto | null; loading: boolean } {
  const [state, setState] = useState<{ key: string; free: FreeSlotsDto | null } | null>(null);
  const key = `${profileId}:${duration}`;
  useEffect(() => {
    if (!profileId) return;
    let live = true;
    fetchFreeSlots(profileId, duration).then(
      (free) => {
        if (live) setState({ key, free });
      },
      () => {
        // Free slots are a convenience: without them the member still picks times by hand.
        if (live) setState({ key, free: null });
      },
    );
    return () => {
      live = false;
    };
  }, [profileId, duration, key]);
  return { free: state?.key === key ? state.free : null, loading: Boolean(profileId) && state?.key !== key };
}

const SHOWN_AT_FIRST = 8;

interface Props {
  headingId: string;
  free: FreeSlotsDto | null;
  loading: boolean;
  viewerZone: string;
  otherName: string;
  /** Starts already proposed (shown as chosen). */
  chosen: string[];
  full: boolean;
  onPick(start: string): void;
}

/** "Their free slots": click one to propose it. */
export function FreeSlotList({ headingId, free, loading, viewerZone, otherName, chosen, full, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  let body;
  if (loading) body = <CircularProgress size={24} aria-label={t('app.loading')} />;
  else if (!free)
    body = (
      <Typography variant="body2" color="text.secondary">
        {t('meetings.free.unavailable')}
      </Typography>
    );
  else if (!free.hasAvailability)
    body = (
      <Typography variant="body2" color="text.secondary">
        {t('meetings.free.noAvailability', { name: otherName })}
      </Typography>
    );
  else if (free.slots.length === 0)
    body = (
      <Typography variant="body2" color="text.secondary">
        {t('meetings.free.none')}
      </Typography>
    );
  else {
    const shown = expanded ? free.slots : free.slots.slice(0, SHOWN_AT_FIRST);
    body = (
      <>
        {full ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {t('meetings.free.full')}
          </Alert>
        ) : null}
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {shown.map((slot) => {
            const picked = chosen.includes(slot.start);
            const mine = formatRange(slot.start, slot.end, i18n.language, viewerZone);
            const theirs = sameWallClock(slot.start, viewerZone, free.timeZone)
              ? null
              : t('meetings.time.theirsShort', {
                  time: formatRange(slot.start, slot.end, i18n.language, free.timeZone),
                  zone: zoneCity(free.timeZone),
                });
            return (
              <li key={slot.start}>
                <Button
                  size="small"
                  variant={picked ? 'contained' : 'outlined'}
                  disabled={picked || full}
                  aria-pressed={picked}
                  onClick={() => onPick(slot.start)}
                  sx={{
                    flexDirection: 'column',
                    alignItems: 'flex-start',
                    textAlign: 'left',
                    textTransform: 'none',
                    lineHeight: 1.3,
                  }}
                >
                  <span>{mine}</span>
                  {theirs ? (
                    <Box component="span" sx={{ fontSize: '0.75rem', opacity: 0.8 }}>
                      {theirs}
                    </Box>
                  ) : null}
                </Button>
              </li>
            );
          })}
        </Box>
        {free.slots.length > SHOWN_AT_FIRST ? (
          <Button size="small" onClick={() => setExpanded((x) => !x)} sx={{ mt: 1 }}>
            {expanded ? t('meetings.free.showFewer') : t('meetings.free.showAll', { count: free.slots.length })}
          </Button>
        ) : null}
      </>
    );
  }
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('meetings.free.title', { name: otherName })}
      </Typography>
      {body}
    </Box>
  );
}
