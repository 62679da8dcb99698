import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MeetingStatsDto } from '@musubi/shared';
import { fetchMeetingStats } from '../../api/meetings';

/** The home dashboard's meetings card: held, upcoming and pending counts. */
export function MeetingStatsCard() {
  const { t } = useTranslation();
  const [stats, setStats] = useState<MeetingStatsDto | null>(null);

  useEffect(() => {
    let live = true;
    fetchMeetingStats().then(
      (loaded) => {
        if (live) setStats(loaded);
      },
      () => {
        // Without figures the card still leads to the meetings page.
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const figures = stats
    ? [
        { id: 'held', value: stats.held },
        { id: 'upcoming', value: stats.upcoming },
        { id: 'pending', value: stats.pendingIncoming + stats.pendingOutgoing },
      ]
    : [];

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="home-meetings-title"
      sx={{ p: 3, height: '100%', borderColor: 'primary.light', display: 'flex', flexDirection: 'column' }}
    >
      <Typography id="home-meetings-title" variant="h2" sx={{ fontSize: '1.15rem', mb: 1 }}>
        {t('home.meetings.title')}
      </Typography>
      {stats ? (
        <Stack component="dl" direction="row" sx={{ m: 0, mb: 2, gap: 2, flexWrap: 'wrap' }}>
          {figures.map((figure) => (
            <Box key={figure.id} sx={{ minWidth: 64, display: 'flex', flexDirection: 'column-reverse' }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {t(`home.meetings.${figure.id}`)}
              </Typography>
              <Typography component="dd" sx={{ m: 0, fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.2 }}>
                {figure.value}
              </Typography>
            </Box>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('home.meetings.body')}
        </Typography>
      )}
      <Box sx={{ mt: 'auto' }}>
        <Button component={RouterLink} to="/meetings" variant="contained">
          {t('home.meetings.action')}
        </Button>
      </Box>
    </Paper>
  );
}
