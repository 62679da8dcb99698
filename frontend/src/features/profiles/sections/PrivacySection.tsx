import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { VISIBILITIES, type Visibility } from '@musubi/shared';
import type { SectionProps } from '../useProfileForm';
import { SubSection } from './SubSection';

/** Who may see the profile, and contact details that stay private until both sides agree to talk. */
export function PrivacySection({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const { contact } = values;
  return (
    <Stack spacing={4}>
      <FormControl component="fieldset">
        <FormLabel component="legend" sx={{ mb: 1, fontWeight: 700, color: 'text.primary' }}>
          {t('profileForm.privacy.visibilityLegend')}
        </FormLabel>
        <RadioGroup
          name="visibility"
          value={values.visibility}
          onChange={(_, visibility) => change({ visibility: visibility as Visibility })}
        >
          {VISIBILITIES.map((visibility) => (
            <FormControlLabel
              key={visibility}
              value={visibility}
              control={<Radio slotProps={{ input: { 'aria-describedby': `visibility-${visibility}-help` } }} />}
              sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { mt: -0.75 } }}
              label={
                <Box>
                  <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                    {t(`profileForm.visibility.${visibility}.label`)}
                  </Typography>
                  <Typography
                    id={`visibility-${visibility}-help`}
                    component="span"
                    variant="body2"
                    color="text.secondary"
                  >
                    {t(`profileForm.visibility.${visibility}.help`)}
                  </Typography>
                </Box>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      <SubSection id="privacy-contact" title={t('profileForm.privacy.contactTitle')}>
        <Alert severity="info" icon={<LockOutlined fontSize="inherit" />} sx={{ mb: 2.5 }}>
          {t('profileForm.privacy.contactLead')}
        </Alert>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              name="contact.email"
              type="email"
              label={t('profileForm.privacy.email')}
              value={contact.email}
              onChange={(event) => change({ contact: { ...contact, email: event.target.value } })}
              error={Boolean(errors['contact.email'])}
              helperText={errors['contact.email']}
              slotProps={{ htmlInput: { autoComplete: 'email', maxLength: 254 } }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              name="contact.phone"
              type="tel"
              label={t('profileForm.privacy.phone')}
              value={contact.phone}
              onChange={(event) => change({ contact: { ...contact, phone: event.target.value } })}
              error={Boolean(errors['contact.phone'])}
              helperText={errors['contact.phone'] ?? t('profileForm.privacy.phoneHelp')}
              slotProps={{ htmlInput: { autoComplete: 'tel', maxLength: 20 } }}
            />
          </Grid>
        </Grid>
      </SubSection>
    </Stack>
  );
}
