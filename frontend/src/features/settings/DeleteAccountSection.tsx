import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { DeleteAccountSchema } from '@musubi/shared';
import { deleteAccount } from '../../api/auth';
import { useAuth } from '../../auth/AuthContext';
import { FormAlert } from '../../forms/FormAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useSchemaForm } from '../../forms/useSchemaForm';
import { SettingsSection } from './SettingsSection';

/** Permanent deletion, behind a dialog that asks for the password once more. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const { endSessionAfterDeletion } = useAuth();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');

  const form = useSchemaForm({
    schema: DeleteAccountSchema,
    values: { password },
    onSubmit: async (data) => {
      await deleteAccount(data);
      // The settings page is protected: ending the session takes the user to the start page.
      endSessionAfterDeletion();
    },
  });

  const close = () => {
    if (form.submitting) return;
    setOpen(false);
    setPassword('');
  };

  return (
    <SettingsSection
      id="settings-delete"
      title={t('settings.delete.title')}
      lead={t('settings.delete.lead')}
      tone="danger"
    >
      <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
        {t('settings.delete.open')}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        aria-labelledby="delete-dialog-title"
        aria-describedby="delete-dialog-description"
        fullWidth
        maxWidth="xs"
      >
        <form onSubmit={(e) => void form.handleSubmit(e)} noValidate>
          <DialogTitle id="delete-dialog-title">{t('settings.delete.dialogTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText id="delete-dialog-description" sx={{ mb: 2 }}>
              {t('settings.delete.dialogBody')}
            </DialogContentText>
            <FormAlert error={form.formError} />
            <PasswordField
              label={t('fields.password')}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                form.clearFieldError('password');
              }}
              error={Boolean(form.fieldErrors.password)}
              helperText={form.fieldErrors.password}
              required
              autoFocus
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2.5 }}>
            <Button onClick={close} disabled={form.submitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="contained" color="error" loading={form.submitting}>
              {t('settings.delete.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </SettingsSection>
  );
}
