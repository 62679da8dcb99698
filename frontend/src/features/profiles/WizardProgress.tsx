import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS } from './profileValidation';

interface Props {
  step: number;
  /** Going back to a finished step; later steps open only through "Next". */
  onSelect(step: number): void;
}

/** Where you are in the wizard: all steps on wide screens, "Step 2 of 7" with a bar on phones. */
export function WizardProgress({ step, onSelect }: Props) {
  const { t } = useTranslation();
  const current = WIZARD_STEPS[step] ?? 'kind';
  return (
    <Box component="nav" aria-label={t('onboarding.progressLabel')} sx={{ mb: 3 }}>
      <Stepper activeStep={step} alternativeLabel sx={{ display: { xs: 'none', md: 'flex' } }}>
        {WIZARD_STEPS.map((id, index) => (
          <Step key={id} completed={index < step} aria-current={index === step ? 'step' : undefined}>
            {index < step ? (
              <StepButton onClick={() => onSelect(index)}>{t(`onboarding.steps.${id}.label`)}</StepButton>
            ) : (
              <StepLabel>{t(`onboarding.steps.${id}.label`)}</StepLabel>
            )}
          </Step>
        ))}
      </Stepper>
      <Box sx={{ display: { xs: 'block', md: 'none' } }}>
        <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }} aria-current="step">
          {t('onboarding.stepOf', { number: step + 1, total: WIZARD_STEPS.length })}
          {' · '}
          {t(`onboarding.steps.${current}.label`)}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={((step + 1) / WIZARD_STEPS.length) * 100}
          aria-hidden
          sx={{ height: 6, borderRadius: 3 }}
        />
      </Box>
    </Box>
  );
}
