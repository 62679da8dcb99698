import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { deleteMyDraft, fetchMyDraft, fetchMyProfile } from '../../api/profiles';
import { describeApiError } from '../../api/errors';
import { currentLanguage } from '../../i18n';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { OnboardingWizard, type WizardStart } from './OnboardingWizard';
import { draftToForm, emptyProfileForm } from './profileForm';
import { WIZARD_STEPS } from './profileValidation';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'hasProfile' } | WizardStart;

/**
 * `/onboarding`: a new member's profile, step by step. Resumes from the server draft (this or
 * another device); someone who already has a profile is sent to it.
 */
export function OnboardingPage() {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  usePageTitle(t('onboarding.title'));

  useEffect(() => {
    let cancelled = false;
    const language = currentLanguage();
    (async () => {
      if (await fetchMyProfile()) return { status: 'hasProfile' } as const;
      const draft = await fetchMyDraft();
      if (!draft) return { status: 'ready', values: emptyProfileForm(language), step: 0, resumedAt: null } as const;
      const step = Math.min(Math.max(0, draft.step), WIZARD_STEPS.length - 1);
      return { status: 'ready', values: draftToForm(draft.data, language), step, resumedAt: draft.updatedAt } as const;
    })().then(
      (next) => {
        if (!cancelled) setLoad(next);
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ status: 'error', message: describeApiError(error, t).message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt, t]);

  if (load.status === 'loading') return <PageLoader />;
  if (load.status === 'hasProfile') return <Navigate to="/profile" replace />;
  if (load.status === 'error') {
    return (
      <Container maxWidth="md">
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('app.retry')}
            </Button>
          }
        >
          {load.message}
        </Alert>
      </Container>
    );
  }

  const startOver = async () => {
    await deleteMyDraft().catch(() => undefined);
    setLoad({ status: 'ready', values: emptyProfileForm(currentLanguage()), step: 0, resumedAt: null });
  };

  return (
    <Container maxWidth="md" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2.25rem' }, mb: 1 }}>
        {t('onboarding.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('onboarding.lead')}
      </Typography>
      <OnboardingWizard
        // A new start (after "start over") is a new wizard, with fresh state.
        key={load.resumedAt ?? `fresh-${load.step}-${attempt}`}
        start={load}
        onStartOver={() => void startOver()}
      />
    </Container>
  );
}
