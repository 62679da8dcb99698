import { useEffect, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowForward from '@mui/icons-material/ArrowForward';
import Check from '@mui/icons-material/Check';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';
import { deleteMyDraft, saveMyDraft, saveMyProfile } from '../../api/profiles';
import { FormAlert } from '../../forms/FormAlert';
import { previewProfile, type ProfileFormValues } from './profileForm';
import { stepOfField, validateProfile, validateStep, WIZARD_STEPS } from './profileValidation';
import { ProfileView } from './ProfileView';
import { BasicsSection } from './sections/BasicsSection';
import { KindSection } from './sections/KindSection';
import { LinksSection } from './sections/LinksSection';
import { NeedsSection } from './sections/NeedsSection';
import { PrivacySection } from './sections/PrivacySection';
import { TagsSection } from './sections/TagsSection';
import { focusFirstInvalid, useProfileForm, type SectionProps } from './useProfileForm';
import { WizardProgress } from './WizardProgress';

export interface WizardStart {
  status: 'ready';
  values: ProfileFormValues;
  step: number;
  /** When the resumed draft was saved; null for a fresh start. */
  resumedAt: string | null;
}

function Review({ values }: { values: ProfileFormValues }) {
  const { t, i18n } = useTranslation();
  const result = validateProfile(values, t);
  if (!result.ok) return null;
  return (
    <ProfileView
      profile={previewProfile(result.data)}
      language={i18n.language === 'en' ? 'en' : 'ja'}
      headingLevel={2}
    />
  );
}

function StepFields({ step, ...props }: SectionProps & { step: number }) {
  switch (WIZARD_STEPS[step]) {
    case 'kind':
      return <KindSection {...props} />;
    case 'basics':
      return <BasicsSection {...props} />;
    case 'tags':
      return <TagsSection {...props} />;
    case 'needs':
      return <NeedsSection {...props} />;
    case 'links':
      return <LinksSection {...props} />;
    case 'privacy':
      return <PrivacySection {...props} />;
    default:
      return <Review values={props.values} />;
  }
}

/** The steps themselves: each is checked before moving on, and every move saves the draft. */
export function OnboardingWizard({ start, onStartOver }: { start: WizardStart; onStartOver(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { values, errors, setErrors, change } = useProfileForm(start.values);
  const [step, setStep] = useState(start.step);
  const [formError, setFormError] = useState<string | null>(null);
  const [alreadyCreated, setAlreadyCreated] = useState(false);
  const [draftProblem, setDraftProblem] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(start.step);
  const id = WIZARD_STEPS[step] ?? 'review';
  const isLast = step === WIZARD_STEPS.length - 1;

  // A new step starts screen readers and keyboards at its heading (not on the first render).
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const saveDraft = (next: number) => {
    saveMyDraft({ step: next, data: values }).then(
      () => setDraftProblem(false),
      () => setDraftProblem(true),
    );
  };

  const showErrors = (fieldErrors: SectionProps['errors'], message: string) => {
    setErrors(fieldErrors);
    setFormError(message);
    focusFirstInvalid(formRef.current);
  };

  const goTo = (next: number) => {
    if (next > step) {
      const stepErrors = validateStep(values, t, id);
      if (Object.keys(stepErrors).length > 0) {
        showErrors(stepErrors, t('validation.summary'));
        return;
      }
    }
    setErrors({});
    setFormError(null);
    setStep(next);
    saveDraft(next);
  };

  const finish = async () => {
    const result = validateProfile(values, t);
    if (!result.ok) {
      const first = Object.keys(result.errors)[0] ?? '';
      setStep(WIZARD_STEPS.indexOf(stepOfField(first)));
      showErrors(result.errors, t('validation.summary'));
      return;
    }
    setSubmitting(true);
    setFormError(null);
    try {
      await saveMyProfile(result.data);
      await deleteMyDraft().catch(() => undefined);
      await navigate('/profile', { replace: true, state: { created: true } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setAlreadyCreated(true);
        return;
      }
      const described = describeApiError(error, t);
      const firstIssue = error instanceof ApiError ? error.issues[0]?.path : undefined;
      if (firstIssue) setStep(WIZARD_STEPS.indexOf(stepOfField(String(firstIssue))));
      setFormError(described.message);
    } finally {
      setSubmitting(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isLast) void finish();
    else goTo(step + 1);
  };

  return (
    <>
      {start.resumedAt ? (
        <Alert
          severity="info"
          sx={{ mb: 3 }}
          action={
            <Button color="inherit" size="small" onClick={onStartOver}>
              {t('onboarding.startOver')}
            </Button>
          }
        >
          {t('onboarding.resumed')}
        </Alert>
      ) : null}
      <WizardProgress step={step} onSelect={goTo} />
      <Paper
        component="form"
        ref={formRef}
        variant="outlined"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="wizard-step-title"
        sx={{ p: { xs: 2, sm: 4 } }}
      >
        <Typography
          id="wizard-step-title"
          ref={headingRef}
          tabIndex={-1}
          variant="h2"
          sx={{ fontSize: { xs: '1.3rem', sm: '1.5rem' }, mb: 0.5, outline: 'none' }}
        >
          {t(`onboarding.steps.${id}.title`)}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t(`onboarding.steps.${id}.lead`)}
        </Typography>
        <FormAlert error={formError} />
        {alreadyCreated ? (
          <Alert
            severity="warning"
            sx={{ mb: 2 }}
            action={
              <Button component={RouterLink} to="/profile" color="inherit" size="small">
                {t('onboarding.openProfile')}
              </Button>
            }
          >
            {t('onboarding.alreadyCreated')}
          </Alert>
        ) : null}
        <StepFields step={step} values={values} change={change} errors={errors} />
        <Divider sx={{ my: 3 }} />
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1.5, flexWrap: 'wrap' }}>
          <Button
            variant="text"
            startIcon={<ArrowBack />}
            onClick={() => goTo(step - 1)}
            disabled={step === 0}
            sx={{ visibility: step === 0 ? 'hidden' : undefined }}
          >
            {t('onboarding.back')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            size="large"
            loading={submitting}
            endIcon={isLast ? <Check /> : <ArrowForward />}
          >
            {isLast ? t('onboarding.finish') : t('onboarding.next')}
          </Button>
        </Box>
        <Box aria-live="polite" sx={{ mt: draftProblem ? 2 : 0 }}>
          {draftProblem ? (
            <Typography variant="body2" color="warning.dark">
              {t('onboarding.draftNotSaved')}
            </Typography>
          ) : null}
        </Box>
      </Paper>
    </>
  );
}
