import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { OrganiserRequestSchema, ROLE_LIMITS, type UserDto } from '@musubi/shared';
import { requestOrganiserRole } from '../../api/roles';
import { useAuth } from '../../auth/AuthContext';
import { FormAlert } from '../../forms/FormAlert';
import { useSchemaForm } from '../../forms/useSchemaForm';
import { SettingsSection } from './SettingsSection';

/** Where the member's request to organise events stands, and the form to ask (or update the note). */
export function OrganiserSection({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const { reloadUser } = useAuth();
  const request = user.organiserRequest;
  const [note, setNote] = useState(request.status === 'pending' ? request.note : '');
  const [sent, setSent] = useState(false);
  const form = useSchemaForm({
    schema: OrganiserRequestSchema,
    values: { note },
    onSubmit: async (data) => {
      setSent(false);
      await requestOrganiserRole(data);
      await reloadUser();
      setSent(true);
    },
  });
  if (user.role === 'admin') return null;
  const status = user.role === 'organiser' ? 'granted' : request.status;

  return (
    <SettingsSection id="settings-organiser" title={t('settings.organiser.title')} lead={t('settings.organiser.lead')}>
      <Alert severity={status === 'granted' ? 'success' : 'info'} sx={{ mb: 2.5 }}>
        {t(`settings.organiser.status.${status}`)}
      </Alert>
      {status === 'granted' ? (
        <Box>
          <Button component={RouterLink} to="/events/new" variant="contained">
            {t('settings.organiser.createEvent')}
          </Button>
        </Box>
      ) : (
        <form onSubmit={(e) => void form.handleSubmit(e)} noValidate>
          <FormAlert error={form.formError} success={sent ? t('settings.organiser.sent') : null} />
          <Stack spacing={2.5}>
            <TextField
              label={t('fields.organiserNote')}
              name="organiserNote"
              value={note}
              onChange={(e) => {
                setNote(e.target.value);
                form.clearFieldError('note');
              }}
              error={Boolean(form.fieldErrors.note)}
              helperText={form.fieldErrors.note ?? t('fields.organiserNoteHelp')}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: ROLE_LIMITS.organiserNoteMax } }}
            />
            <Box>
              <Button type="submit" variant="contained" loading={form.submitting}>
                {status === 'pending' ? t('settings.organiser.update') : t('settings.organiser.ask')}
              </Button>
            </Box>
          </Stack>
        </form>
      )}
      {status === 'pending' && request.requestedAt ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('admin.requests.requestedAt', { date: new Date(request.requestedAt).toLocaleDateString(user.language) })}
        </Typography>
      ) : null}
    </SettingsSection>
  );
}
