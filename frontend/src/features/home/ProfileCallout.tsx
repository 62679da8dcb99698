import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { fetchMyProfile } from '../../api/profiles';

/**
 * Offers the profile wizard to a member who has no profile yet. Nothing is shown while loading or
 * if the check fails: the home page must not depend on it.
 */
export function ProfileCallout() {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetchMyProfile().then(
      (profile) => {
        if (!cancelled) setMissing(profile === null);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!missing) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="home-onboarding-title"
      variant="outlined"
      sx={{
        p: { xs: 2.5, sm: 3.5 },
        mb: 4,
        borderColor: 'secondary.main',
        borderWidth: 2,
        display: 'flex',
        flexDirection: { xs: 'column', sm: 'row' },
        alignItems: { sm: 'center' },
        gap: 2,
      }}
    >
      <Box sx={{ flex: 1 }}>
        <Typography id="home-onboarding-title" variant="h2" sx={{ fontSize: '1.25rem', mb: 0.5 }}>
          {t('home.onboarding.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('home.onboarding.body')}
        </Typography>
      </Box>
      <Button component={RouterLink} to="/onboarding" variant="contained" color="secondary" size="large">
        {t('home.onboarding.action')}
      </Button>
    </Paper>
  );
}
