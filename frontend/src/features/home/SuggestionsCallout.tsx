import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArrowForward from '@mui/icons-material/ArrowForward';
import AutoAwesome from '@mui/icons-material/AutoAwesome';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** The way to one's suggestions, first thing on the home page. */
export function SuggestionsCallout() {
  const { t } = useTranslation();
  return (
    <Paper
      component="section"
      aria-labelledby="home-suggestions-title"
      elevation={0}
      sx={{
        p: { xs: 2.5, sm: 3.5 },
        mb: 4,
        color: 'primary.contrastText',
        background: 'linear-gradient(120deg, #1e3259 0%, #3d5a8f 100%)',
        display: 'flex',
        flexDirection: { xs: 'column', sm: 'row' },
        alignItems: { sm: 'center' },
        gap: 2,
      }}
    >
      <AutoAwesome sx={{ fontSize: 40, color: '#f4c5b9', display: { xs: 'none', sm: 'block' } }} aria-hidden />
      <Box sx={{ flex: 1 }}>
        <Typography id="home-suggestions-title" variant="h2" sx={{ fontSize: '1.35rem', mb: 0.5 }}>
          {t('home.suggestions.title')}
        </Typography>
        <Typography variant="body2" sx={{ opacity: 0.9 }}>
          {t('home.suggestions.body')}
        </Typography>
      </Box>
      <Button
        component={RouterLink}
        to="/suggestions"
        variant="contained"
        color="secondary"
        size="large"
        endIcon={<ArrowForward />}
        sx={{ alignSelf: { xs: 'flex-start', sm: 'center' }, flex: 'none' }}
      >
        {t('home.suggestions.action')}
      </Button>
    </Paper>
  );
}
