import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';

const TABS = [
  { to: '/suggestions', label: 'matching.tabs.suggestions' },
  { to: '/suggestions/saved', label: 'matching.tabs.saved' },
] as const;

/** The heading and the Suggestions / Saved tabs (links, so each has its own address). */
export function MatchingLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => tab.to === pathname.replace(/\/$/, ''))?.to ?? false;

  return (
    <Container maxWidth="lg" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 1 }}>
        {t('matching.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
        {t('matching.lead')}
      </Typography>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} role="navigation" aria-label={t('matching.tabs.label')}>
          {TABS.map((tab) => (
            <Tab
              key={tab.to}
              value={tab.to}
              label={t(tab.label)}
              component={RouterLink}
              to={tab.to}
              aria-current={tab.to === current ? 'page' : undefined}
              sx={{ fontSize: '1rem', minWidth: 0, px: { xs: 2, sm: 3 } }}
            />
          ))}
        </Tabs>
      </Box>
      <Outlet />
    </Container>
  );
}
