import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import Edit from '@mui/icons-material/Edit';
import Print from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import type { Language, ProfileDto } from '@musubi/shared';
import { describeApiError } from '../../api/errors';
import { fetchMyProfile, fetchProfile } from '../../api/profiles';
import { MessageButton } from '../chat/MessageButton';
import { RequestMeetingButton } from '../meetings';
import { LANGUAGE_NAMES } from '../../layout/LanguageMenu';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { AvatarControls } from './AvatarControls';
import { pickText, profileLanguages } from './labels';
import { ProfileView } from './ProfileView';
import { useProfileLoader } from './useProfileLoader';

/** Shown once after the wizard or the edit page sends the owner here. */
type ArrivalState = { created?: boolean; saved?: boolean } | null;

function ProfileScreen({ profile, onChange }: { profile: ProfileDto; onChange(profile: ProfileDto): void }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const arrival = location.state as ArrivalState;
  const uiLanguage: Language = i18n.language === 'en' ? 'en' : 'ja';
  const available = profileLanguages(profile);
  const [chosen, setChosen] = useState<Language | null>(null);
  const [messageError, setMessageError] = useState<string | null>(null);
  const language = chosen ?? (available.includes(uiLanguage) ? uiLanguage : (available[0] ?? uiLanguage));
  usePageTitle(pickText(profile.name, language)?.text);

  return (
    <Container maxWidth="md" sx={{ px: { xs: 1.5, sm: 3 } }}>
      {profile.isOwner && (arrival?.created || arrival?.saved) ? (
        <Alert severity="success" sx={{ mb: 2 }} data-print="hide">
          {arrival.created ? t('profileView.created') : t('profileView.saved')}
        </Alert>
      ) : null}
      <Box data-print="hide" sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5, mb: 2 }}>
        {available.length > 1 ? (
          <ToggleButtonGroup
            exclusive
            color="primary"
            size="small"
            value={language}
            onChange={(_, next: Language | null) => {
              if (next) setChosen(next);
            }}
            aria-label={t('profileView.languageToggle')}
          >
            {available.map((option) => (
              <ToggleButton key={option} value={option} lang={option} sx={{ px: 2 }}>
                {LANGUAGE_NAMES[option]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="text" startIcon={<Print />} onClick={() => window.print()}>
          {t('profileView.print')}
        </Button>
        {profile.isOwner ? (
          <Button component={RouterLink} to="/profile/edit" variant="contained" startIcon={<Edit />}>
            {t('profileView.edit')}
          </Button>
        ) : (
          <>
            <RequestMeetingButton
              profileId={profile.id}
              name={pickText(profile.name, uiLanguage)?.text ?? ''}
              origin="profile"
            />
            <MessageButton profileId={profile.id} onError={setMessageError} />
          </>
        )}
      </Box>
      {messageError ? (
        <Alert severity="error" onClose={() => setMessageError(null)} sx={{ mb: 2 }} data-print="hide">
          {messageError}
        </Alert>
      ) : null}
      <ProfileView
        profile={profile}
        language={language}
        avatarControls={profile.isOwner ? <AvatarControls profile={profile} onChange={onChange} /> : undefined}
      />
    </Container>
  );
}

function LoadFailed({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Container maxWidth="md">
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        }
      >
        {describeApiError(error, t).message}
      </Alert>
    </Container>
  );
}

function ProfileNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('profileView.notFoundTitle'));
  return (
    <Container maxWidth="sm">
      <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
        {t('profileView.notFoundTitle')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('profileView.notFoundBody')}</Typography>
      <Button component={RouterLink} to="/directory" variant="contained">
        {t('profileView.toDirectory')}
      </Button>
    </Container>
  );
}

/** `/profiles/:id`: anyone's profile, as far as the viewer may see it. */
export function ProfilePage() {
  const { id = '' } = useParams();
  const load = useCallback(() => fetchProfile(id), [id]);
  const { state, reload, replace } = useProfileLoader(load);
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'error') return <LoadFailed error={state.error} onRetry={reload} />;
  if (state.status === 'missing') return <ProfileNotFound />;
  return <ProfileScreen profile={state.profile} onChange={replace} />;
}

function NoProfileYet() {
  const { t } = useTranslation();
  usePageTitle(t('profileView.noneTitle'));
  return (
    <Container maxWidth="sm">
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
        <Typography variant="h1" sx={{ fontSize: '1.6rem', mb: 1.5 }}>
          {t('profileView.noneTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('profileView.noneBody')}
        </Typography>
        <Button component={RouterLink} to="/onboarding" variant="contained" size="large">
          {t('profileView.create')}
        </Button>
      </Paper>
    </Container>
  );
}

/** `/profile`: your own profile, or an invitation to create it. */
export function MyProfilePage() {
  const { state, reload, replace } = useProfileLoader(fetchMyProfile);
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'error') return <LoadFailed error={state.error} onRetry={reload} />;
  if (state.status === 'missing') return <NoProfileYet />;
  return <ProfileScreen profile={state.profile} onChange={replace} />;
}
