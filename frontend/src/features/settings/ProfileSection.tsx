import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LIMITS, UpdateMeSchema, type Language, type UserDto } from '@musubi/shared';
import { useAuth } from '../../auth/AuthContext';
import { FormAlert } from '../../forms/FormAlert';
import { LanguageField } from '../../forms/LanguageField';
import { TimeZoneField } from '../../forms/TimeZoneField';
import { useSchemaForm } from '../../forms/useSchemaForm';
import { SettingsSection } from './SettingsSection';

/** Display name, language and time zone: the parts of an account its owner may change. */
export function ProfileSection({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const { updateProfile } = useAuth();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [language, setLanguage] = useState<Language>(user.language);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [saved, setSaved] = useState(false);

  const form = useSchemaForm({
    schema: UpdateMeSchema,
    values: { displayName, language, timeZone },
    onSubmit: async (data) => {
      setSaved(false);
      await updateProfile(data);
      setSaved(true);
    },
  });
  const edited = () => setSaved(false);

  return (
    <SettingsSection id="settings-profile" title={t('settings.profile.title')}>
      <form onSubmit={(e) => void form.handleSubmit(e)} noValidate>
        <FormAlert error={form.formError} success={saved ? t('settings.profile.saved') : null} />
        <Stack spacing={2.5}>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {t('fields.email')}
            </Typography>
            <Typography sx={{ overflowWrap: 'anywhere', fontWeight: 600 }}>{user.email}</Typography>
            <Typography variant="caption" color="text.secondary">
              {t('settings.profile.emailHelp')}
            </Typography>
          </Box>
          <TextField
            label={t('fields.displayName')}
            name="displayName"
            value={displayName}
            onChange={(e) => {
              setDisplayName(e.target.value);
              form.clearFieldError('displayName');
              edited();
            }}
            error={Boolean(form.fieldErrors.displayName)}
            helperText={form.fieldErrors.displayName ?? t('fields.displayNameHelp')}
            required
            slotProps={{
              htmlInput: { autoComplete: 'nickname', maxLength: LIMITS.displayNameMax },
            }}
          />
          <LanguageField
            value={language}
            onChange={(next) => {
              setLanguage(next);
              edited();
            }}
            error={form.fieldErrors.language}
          />
          <TimeZoneField
            value={timeZone}
            onChange={(zone) => {
              setTimeZone(zone);
              form.clearFieldError('timeZone');
              edited();
            }}
            error={form.fieldErrors.timeZone}
          />
          <Box>
            <Button type="submit" variant="contained" loading={form.submitting}>
              {t('settings.profile.save')}
            </Button>
          </Box>
        </Stack>
      </form>
    </SettingsSection>
  );
}
