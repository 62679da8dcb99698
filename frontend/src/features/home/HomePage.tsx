import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { UserDto } from '@musubi/shared';
import { usePageTitle } from '../../layout/usePageTitle';
import { MeetingStatsCard } from '../meetings';
import { ProfileCallout } from './ProfileCallout';
import { SuggestionsCallout } from './SuggestionsCallout';

/** What a member can already do, each with one action. */
const AVAILABLE = [
  { id: 'profile', to: '/profile' },
  { id: 'directory', to: '/directory' },
  { id: 'events', to: '/events' },
  { id: 'settings', to: '/settings' },
] as const;

export function HomePage({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));

  return (
    <Container maxWidth="lg">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' } }}>
          {t('home.greeting', { name: user.displayName })}
        </Typography>
        {user.role === 'organiser' ? (
          <Chip
            label={t('home.organiserBadge')}
            color="secondary"
            variant="outlined"
            sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
          />
        ) : null}
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 4, maxWidth: 720 }}>
        {t('home.lead')}
      </Typography>
      <ProfileCallout />
      <SuggestionsCallout />

      <Grid container spacing={3}>
        {AVAILABLE.map(({ id, to }) => (
          <Grid key={id} size={{ xs: 12, sm: 6, md: 4 }}>
            <Paper
              variant="outlined"
              component="section"
              aria-labelledby={`home-${id}-title`}
              sx={{
                p: 3,
                height: '100%',
                borderColor: 'primary.light',
                display: 'flex',
                flexDirection: 'column',
              }}
            >
              <Typography id={`home-${id}-title`} variant="h2" sx={{ fontSize: '1.15rem', mb: 1 }}>
                {t(`home.${id}.title`)}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2, flex: 1 }}>
                {t(`home.${id}.body`)}
              </Typography>
              <Box>
                <Button component={RouterLink} to={to} variant="contained">
                  {t(`home.${id}.action`)}
                </Button>
              </Box>
            </Paper>
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <MeetingStatsCard />
        </Grid>
      </Grid>
    </Container>
  );
}
