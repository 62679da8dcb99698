import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Logout from '@mui/icons-material/Logout';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../layout/usePageTitle';
import { AvailabilitySection, CalendarFeedSection } from '../meetings';
import { ChatSettingsSection } from './ChatSettingsSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { OrganiserSection } from './OrganiserSection';
import { PasswordSection } from './PasswordSection';
import { ProfileSection } from './ProfileSection';
import { SettingsSection } from './SettingsSection';

function SessionSection() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const [busy, setBusy] = useState(false);

  // Once logged out, the protected page hands over to the start page by itself.
  const signOut = async () => {
    setBusy(true);
    await logout();
  };

  return (
    <SettingsSection id="settings-session" title={t('settings.session.title')} lead={t('settings.session.lead')}>
      <Box>
        <Button variant="outlined" startIcon={<Logout />} onClick={() => void signOut()} loading={busy}>
          {t('nav.logout')}
        </Button>
      </Box>
    </SettingsSection>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  usePageTitle(t('settings.title'));
  if (!user) return null;

  return (
    <Container maxWidth="md">
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 3 }}>
        {t('settings.title')}
      </Typography>
      <Stack spacing={3}>
        <ProfileSection key={user.id} user={user} />
        <OrganiserSection user={user} />
        <ChatSettingsSection />
        <SettingsSection
          id="settings-availability"
          title={t('settings.availability.title')}
          lead={t('settings.availability.lead')}
        >
          <AvailabilitySection user={user} />
        </SettingsSection>
        <SettingsSection id="settings-calendar" title={t('settings.calendar.title')} lead={t('settings.calendar.lead')}>
          <CalendarFeedSection />
        </SettingsSection>
        <PasswordSection />
        <SessionSection />
        <DeleteAccountSection />
      </Stack>
    </Container>
  );
}
