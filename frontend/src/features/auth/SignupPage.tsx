import { useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { LIMITS, RegisterSchema, ROLE_LIMITS, type Language } from '@musubi/shared';
import { useAuth } from '../../auth/AuthContext';
import { currentLanguage } from '../../i18n';
import { FormAlert } from '../../forms/FormAlert';
import { LanguageField } from '../../forms/LanguageField';
import { PasswordField } from '../../forms/PasswordField';
import { TimeZoneField, browserTimeZone } from '../../forms/TimeZoneField';
import { useSchemaForm } from '../../forms/useSchemaForm';
import { usePageTitle } from '../../layout/usePageTitle';
import { AuthCard } from './AuthCard';

export function SignupPage() {
  const { t } = useTranslation();
  const { register } = useAuth();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [organiser, setOrganiser] = useState(false);
  const [organiserNote, setOrganiserNote] = useState('');
  usePageTitle(t('signup.title'));

  // On success the session changes and <GuestOnly> takes the new user home.
  const form = useSchemaForm({
    schema: RegisterSchema,
    values: {
      email,
      password,
      displayName,
      language,
      timeZone,
      // Asking to organise: the account is a member until an admin grants the request.
      organiserRequest: organiser ? { note: organiserNote } : undefined,
    },
    // Sign-up never says whether an email is taken; the follow-up login failing is the only sign.
    messages: { invalid_credentials: t('signup.notCompleted') },
    onSubmit: async (data) => {
      await register(data);
    },
  });
  const { fieldErrors, clearFieldError } = form;

  const next = searchParams.get('next');
  const loginHref = next ? `/login?next=${encodeURIComponent(next)}` : '/login';

  return (
    <AuthCard
      title={t('signup.title')}
      lead={t('signup.lead')}
      footer={
        <>
          {t('signup.haveAccount')}{' '}
          <Link component={RouterLink} to={loginHref}>
            {t('signup.loginLink')}
          </Link>
        </>
      }
    >
      <form onSubmit={(e) => void form.handleSubmit(e)} noValidate>
        <FormAlert error={form.formError} />
        <Stack spacing={2.5}>
          <TextField
            label={t('fields.email')}
            name="email"
            type="email"
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              clearFieldError('email');
            }}
            error={Boolean(fieldErrors.email)}
            helperText={fieldErrors.email}
            required
            slotProps={{ htmlInput: { autoComplete: 'email', maxLength: LIMITS.emailMax } }}
          />
          <PasswordField
            label={t('fields.password')}
            name="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
              clearFieldError('password');
            }}
            error={Boolean(fieldErrors.password)}
            helperText={fieldErrors.password ?? t('fields.passwordHelp', { min: LIMITS.passwordMin })}
            required
          />
          <TextField
            label={t('fields.displayName')}
            name="displayName"
            value={displayName}
            onChange={(e) => {
              setDisplayName(e.target.value);
              clearFieldError('displayName');
            }}
            error={Boolean(fieldErrors.displayName)}
            helperText={fieldErrors.displayName ?? t('fields.displayNameHelp')}
            required
            slotProps={{
              htmlInput: { autoComplete: 'nickname', maxLength: LIMITS.displayNameMax },
            }}
          />
          <LanguageField value={language} onChange={setLanguage} error={fieldErrors.language} />
          <TimeZoneField
            value={timeZone}
            onChange={(zone) => {
              setTimeZone(zone);
              clearFieldError('timeZone');
            }}
            error={fieldErrors.timeZone}
          />
          <div>
            <FormControlLabel
              control={
                <Checkbox
                  name="organiser"
                  checked={organiser}
                  onChange={(e) => setOrganiser(e.target.checked)}
                  slotProps={{ input: { 'aria-describedby': 'organiser-help' } }}
                />
              }
              label={t('fields.organiser')}
            />
            <FormHelperText id="organiser-help" sx={{ mt: -0.5, ml: 4 }}>
              {t('fields.organiserHelp')}
            </FormHelperText>
            {organiser ? (
              <TextField
                label={t('fields.organiserNote')}
                name="organiserNote"
                value={organiserNote}
                onChange={(e) => {
                  setOrganiserNote(e.target.value);
                  clearFieldError('organiserRequest');
                }}
                error={Boolean(fieldErrors.organiserRequest)}
                helperText={fieldErrors.organiserRequest ?? t('fields.organiserNoteHelp')}
                multiline
                minRows={2}
                fullWidth
                sx={{ mt: 2 }}
                slotProps={{ htmlInput: { maxLength: ROLE_LIMITS.organiserNoteMax } }}
              />
            ) : null}
          </div>
          <Button type="submit" variant="contained" size="large" loading={form.submitting}>
            {t('signup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
