import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { ChangePasswordSchema, LIMITS } from '@musubi/shared';
import { changePassword } from '../../api/auth';
import { FormAlert } from '../../forms/FormAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useSchemaForm } from '../../forms/useSchemaForm';
import { SettingsSection } from './SettingsSection';

export function PasswordSection() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [changed, setChanged] = useState(false);

  const form = useSchemaForm({
    schema: ChangePasswordSchema,
    values: { currentPassword, newPassword },
    check: (data) => (data.newPassword === confirmPassword ? {} : { confirmPassword: t('validation.passwordsDiffer') }),
    onSubmit: async (data) => {
      setChanged(false);
      await changePassword(data);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmPassword('');
      setChanged(true);
    },
  });

  return (
    <SettingsSection id="settings-password" title={t('settings.password.title')} lead={t('settings.password.lead')}>
      <form onSubmit={(e) => void form.handleSubmit(e)} noValidate>
        <FormAlert error={form.formError} success={changed ? t('settings.password.changed') : null} />
        <Stack spacing={2.5}>
          <PasswordField
            label={t('settings.password.current')}
            name="currentPassword"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => {
              setCurrentPassword(e.target.value);
              form.clearFieldError('currentPassword');
            }}
            error={Boolean(form.fieldErrors.currentPassword)}
            helperText={form.fieldErrors.currentPassword}
            required
          />
          <PasswordField
            label={t('settings.password.new')}
            name="newPassword"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => {
              setNewPassword(e.target.value);
              form.clearFieldError('newPassword');
            }}
            error={Boolean(form.fieldErrors.newPassword)}
            helperText={form.fieldErrors.newPassword ?? t('fields.passwordHelp', { min: LIMITS.passwordMin })}
            required
          />
          <PasswordField
            label={t('settings.password.confirm')}
            name="confirmPassword"
            autoComplete="new-password"
            value={confirmPassword}
            onChange={(e) => {
              setConfirmPassword(e.target.value);
              form.clearFieldError('confirmPassword');
            }}
            error={Boolean(form.fieldErrors.confirmPassword)}
            helperText={form.fieldErrors.confirmPassword}
            required
          />
          <Box>
            <Button type="submit" variant="contained" loading={form.submitting}>
              {t('settings.password.submit')}
            </Button>
          </Box>
        </Stack>
      </form>
    </SettingsSection>
  );
}
