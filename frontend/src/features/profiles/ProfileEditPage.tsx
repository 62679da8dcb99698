import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Refresh from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useNavigate } from 'react-router';
import type { ProfileDto } from '@musubi/shared';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';
import { fetchMyProfile, saveMyProfile } from '../../api/profiles';
import { FormAlert } from '../../forms/FormAlert';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { profileToForm } from './profileForm';
import { validateProfile } from './profileValidation';
import { BasicsSection } from './sections/BasicsSection';
import { KindSection } from './sections/KindSection';
import { LinksSection } from './sections/LinksSection';
import { NeedsSection } from './sections/NeedsSection';
import { PrivacySection } from './sections/PrivacySection';
import { TagsSection } from './sections/TagsSection';
import { focusFirstInvalid, useProfileForm } from './useProfileForm';
import { useProfileLoader } from './useProfileLoader';

function EditSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: { xs: 2, sm: 4 } }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.25rem', mb: 2.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** The wizard's sections on one page, saved against the version they were loaded from. */
function ProfileEditForm({ profile, onReload }: { profile: ProfileDto; onReload(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { values, errors, setErrors, change } = useProfileForm(() => profileToForm(profile));
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const result = validateProfile(values, t, profile.version);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('validation.summary'));
      focusFirstInvalid(formRef.current);
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      await saveMyProfile(result.data);
      await navigate('/profile', { state: { saved: true } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setConflict(true);
        return;
      }
      const described = describeApiError(error, t);
      setErrors(described.fieldErrors);
      setFormError(described.message);
    } finally {
      setSaving(false);
    }
  };

  const sectionProps = { values, change, errors };
  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      {conflict ? (
        <Alert
          ref={conflictRef}
          tabIndex={-1}
          severity="warning"
          sx={{ mb: 3 }}
          action={
            <Button color="inherit" size="small" startIcon={<Refresh />} onClick={onReload}>
              {t('profileEdit.reload')}
            </Button>
          }
        >
          {t('profileEdit.conflict')}
        </Alert>
      ) : null}
      <FormAlert error={formError} />
      <Stack spacing={3}>
        <EditSection id="edit-kind" title={t('onboarding.steps.kind.label')}>
          <KindSection {...sectionProps} />
        </EditSection>
        <EditSection id="edit-basics" title={t('onboarding.steps.basics.label')}>
          <BasicsSection {...sectionProps} />
        </EditSection>
        <EditSection id="edit-tags" title={t('onboarding.steps.tags.label')}>
          <TagsSection {...sectionProps} />
        </EditSection>
        <EditSection id="edit-needs" title={t('onboarding.steps.needs.label')}>
          <NeedsSection {...sectionProps} />
        </EditSection>
        <EditSection id="edit-links" title={t('onboarding.steps.links.label')}>
          <LinksSection {...sectionProps} />
        </EditSection>
        <EditSection id="edit-privacy" title={t('onboarding.steps.privacy.label')}>
          <PrivacySection {...sectionProps} />
        </EditSection>
      </Stack>
      <Paper
        variant="outlined"
        sx={{
          position: 'sticky',
          bottom: { xs: 8, sm: 16 },
          mt: 3,
          p: 1.5,
          display: 'flex',
          justifyContent: 'flex-end',
          gap: 1.5,
          boxShadow: '0 4px 24px rgba(30, 50, 89, 0.12)',
          zIndex: 1,
        }}
      >
        <Button component={RouterLink} to="/profile" color="inherit">
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" loading={saving} disabled={conflict}>
          {t('profileEdit.save')}
        </Button>
      </Paper>
    </form>
  );
}

/** `/profile/edit`: the owner's profile in one form; without a profile, the wizard instead. */
export function ProfileEditPage() {
  const { t } = useTranslation();
  const { state, reload } = useProfileLoader(fetchMyProfile);
  usePageTitle(t('profileEdit.title'));
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'missing') return <Navigate to="/onboarding" replace />;
  return (
    <Container maxWidth="md" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2.25rem' }, mb: 1 }}>
        {t('profileEdit.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('profileEdit.lead')}
      </Typography>
      {state.status === 'error' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={reload}>
              {t('app.retry')}
            </Button>
          }
        >
          {describeApiError(state.error, t).message}
        </Alert>
      ) : (
        <Box>
          <ProfileEditForm key={state.profile.version} profile={state.profile} onReload={reload} />
        </Box>
      )}
    </Container>
  );
}
