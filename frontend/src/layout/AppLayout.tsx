import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ChatToasts } from '../features/chat/ChatToasts';
import { useAccountLanguage } from '../i18n/useLanguage';
import { AppHeader } from './AppHeader';

const skipLinkSx = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  px: 2,
  py: 1,
  bgcolor: 'background.paper',
  borderRadius: 1,
  '&:focus': { top: 8 },
};

/** Header, main content and footer around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useAccountLanguage();

  // After client-side navigation, start screen readers and keyboards at the new page's content.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [pathname]);

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Link href="#main" sx={skipLinkSx}>
        {t('app.skipToContent')}
      </Link>
      <AppHeader />
      <Box
        component="main"
        id="main"
        ref={mainRef}
        tabIndex={-1}
        sx={{ flex: 1, outline: 'none', py: { xs: 3, sm: 5 } }}
      >
        <Outlet />
      </Box>
      <Box component="footer" sx={{ borderTop: 1, borderColor: 'divider', py: 3 }}>
        <Container maxWidth="lg">
          <Typography variant="body2" color="text.secondary">
            {t('app.footer', { year: new Date().getFullYear() })}
          </Typography>
        </Container>
      </Box>
      <ChatToasts />
    </Box>
  );
}
