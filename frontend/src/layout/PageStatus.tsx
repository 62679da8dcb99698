import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';

/** Shown while the session is being checked. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Box role="status" sx={{ display: 'grid', placeItems: 'center', minHeight: '40vh' }}>
      <CircularProgress aria-label={t('app.loading')} />
    </Box>
  );
}

/** Shown when the session could not be checked at all (server down, offline). */
export function SessionError({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', my: 6 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        }
      >
        {t('app.sessionError')}
      </Alert>
    </Box>
  );
}
