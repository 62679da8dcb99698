import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Last resort when a page throws while rendering: say so and offer a way out. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container component="main" maxWidth="sm" sx={{ textAlign: 'center', py: 8 }}>
      <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
        {t('routeError.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 4 }}>
        {t('routeError.body')}
      </Typography>
      <Button variant="contained" onClick={() => window.location.assign('/')}>
        {t('routeError.reload')}
      </Button>
    </Container>
  );
}
