import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Apartment from '@mui/icons-material/Apartment';
import Brush from '@mui/icons-material/Brush';
import EventAvailable from '@mui/icons-material/EventAvailable';
import RocketLaunch from '@mui/icons-material/RocketLaunch';
import type { SvgIconComponent } from '@mui/icons-material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../layout/usePageTitle';

const AUDIENCES: { key: string; Icon: SvgIconComponent }[] = [
  { key: 'startups', Icon: RocketLaunch },
  { key: 'creators', Icon: Brush },
  { key: 'corporates', Icon: Apartment },
  { key: 'organisers', Icon: EventAvailable },
];

const STEPS = ['profile', 'match', 'meet'] as const;

/** 青海波 (seigaiha) waves drawn with gradients: no image is downloaded. */
const seigaiha = {
  backgroundColor: 'primary.main',
  backgroundImage: `radial-gradient(circle at 100% 150%, transparent 24%, rgba(255,255,255,0.05) 24%, rgba(255,255,255,0.05) 28%, transparent 28%, transparent 36%, rgba(255,255,255,0.05) 36%, rgba(255,255,255,0.05) 40%, transparent 40%),
    radial-gradient(circle at 0 150%, transparent 24%, rgba(255,255,255,0.05) 24%, rgba(255,255,255,0.05) 28%, transparent 28%, transparent 36%, rgba(255,255,255,0.05) 36%, rgba(255,255,255,0.05) 40%, transparent 40%),
    linear-gradient(135deg, #1e3259 0%, #2b4677 100%)`,
  backgroundSize: '80px 40px, 80px 40px, 100% 100%',
};

/** Two rings, each passing over and under the other: the tie the name is about. */
function TiedRings() {
  return (
    <Box
      component="svg"
      viewBox="0 0 320 240"
      aria-hidden
      sx={{ display: { xs: 'none', md: 'block' }, width: 360, flex: 'none' }}
    >
      <circle cx="120" cy="120" r="80" fill="none" stroke="#e2553b" strokeWidth="16" />
      <circle cx="200" cy="120" r="80" fill="none" stroke="#f4efe6" strokeWidth="16" />
      <path d="M176.6 176.6 A80 80 0 0 1 140.7 197.3" fill="none" stroke="#e2553b" strokeWidth="16" />
    </Box>
  );
}

function CallToAction() {
  const { t } = useTranslation();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 4 }}>
      <Button component={RouterLink} to="/signup" variant="contained" color="secondary" size="large">
        {t('landing.ctaSignup')}
      </Button>
      <Button
        component={RouterLink}
        to="/login"
        variant="outlined"
        size="large"
        sx={{ color: 'common.white', borderColor: 'rgba(255,255,255,0.6)' }}
      >
        {t('landing.ctaLogin')}
      </Button>
    </Stack>
  );
}

export function LandingPage() {
  const { t } = useTranslation();
  const { ended } = useAuth();
  usePageTitle();

  return (
    <Box sx={{ my: { xs: -3, sm: -5 } }}>
      <Box component="section" aria-labelledby="hero-title" sx={{ ...seigaiha, color: 'common.white' }}>
        <Container maxWidth="lg" sx={{ py: { xs: 7, md: 12 }, display: 'flex', alignItems: 'center', gap: 6 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            {ended === 'accountDeleted' ? (
              <Alert severity="info" sx={{ mb: 4, maxWidth: 640 }}>
                {t('landing.accountDeleted')}
              </Alert>
            ) : null}
            <Typography sx={{ color: '#f5ab9a', fontWeight: 700, letterSpacing: '0.08em', mb: 2 }}>
              {t('landing.eyebrow')}
            </Typography>
            <Typography id="hero-title" variant="h1" sx={{ fontSize: { xs: '2rem', md: '3rem' }, maxWidth: 760 }}>
              {t('landing.title')}
            </Typography>
            <Typography sx={{ mt: 3, maxWidth: 680, fontSize: { md: '1.125rem' }, opacity: 0.9 }}>
              {t('landing.lead')}
            </Typography>
            <CallToAction />
          </Box>
          <TiedRings />
        </Container>
      </Box>

      <Container component="section" maxWidth="lg" aria-labelledby="audiences-title" sx={{ py: { xs: 6, md: 9 } }}>
        <Typography id="audiences-title" variant="h2" sx={{ mb: 1 }}>
          {t('landing.audiencesTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4, maxWidth: 680 }}>
          {t('landing.audiencesLead')}
        </Typography>
        <Grid container spacing={3}>
          {AUDIENCES.map(({ key, Icon }) => (
            <Grid key={key} size={{ xs: 12, sm: 6, md: 3 }}>
              <Paper variant="outlined" sx={{ p: 3, height: '100%' }}>
                <Box
                  sx={{
                    width: 48,
                    height: 48,
                    borderRadius: '50%',
                    display: 'grid',
                    placeItems: 'center',
                    bgcolor: 'rgba(199, 64, 44, 0.1)',
                    color: 'secondary.main',
                    mb: 2,
                  }}
                >
                  <Icon aria-hidden />
                </Box>
                <Typography variant="h3" sx={{ mb: 1 }}>
                  {t(`landing.audiences.${key}.title`)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t(`landing.audiences.${key}.body`)}
                </Typography>
              </Paper>
            </Grid>
          ))}
        </Grid>
      </Container>

      <Box component="section" aria-labelledby="steps-title" sx={{ bgcolor: 'background.paper', py: { xs: 6, md: 9 } }}>
        <Container maxWidth="lg">
          <Typography id="steps-title" variant="h2" sx={{ mb: 4 }}>
            {t('landing.stepsTitle')}
          </Typography>
          <Grid container spacing={4} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {STEPS.map((step, index) => (
              <Grid key={step} component="li" size={{ xs: 12, md: 4 }}>
                <Stack direction="row" spacing={2}>
                  <Box
                    aria-hidden
                    sx={{
                      flex: 'none',
                      width: 40,
                      height: 40,
                      borderRadius: '50%',
                      display: 'grid',
                      placeItems: 'center',
                      bgcolor: 'primary.main',
                      color: 'common.white',
                      fontWeight: 700,
                    }}
                  >
                    {index + 1}
                  </Box>
                  <Box>
                    <Typography variant="h3" sx={{ mb: 0.5 }}>
                      {t(`landing.steps.${step}.title`)}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t(`landing.steps.${step}.body`)}
                    </Typography>
                  </Box>
                </Stack>
              </Grid>
            ))}
          </Grid>
        </Container>
      </Box>

      <Box component="section" aria-labelledby="closing-title" sx={{ ...seigaiha, color: 'common.white' }}>
        <Container maxWidth="lg" sx={{ py: { xs: 6, md: 8 } }}>
          <Typography id="closing-title" variant="h2">
            {t('landing.closingTitle')}
          </Typography>
          <Typography sx={{ mt: 2, maxWidth: 640, opacity: 0.9 }}>{t('landing.closingLead')}</Typography>
          <CallToAction />
        </Container>
      </Box>
    </Box>
  );
}
