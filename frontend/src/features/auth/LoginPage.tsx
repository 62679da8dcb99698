import { useState } from 'react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { LIMITS, LoginSchema } from '@musubi/shared';
import { useAuth } from '../../auth/AuthContext';
import { FormAlert } from '../../forms/FormAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useSchemaForm } from '../../forms/useSchemaForm';
import { usePageTitle } from '../../layout/usePageTitle';
import { AuthCard } from './AuthCard';

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('login.title'));

  // On success the session changes and <GuestOnly> sends the user on to `next`.
  const form = useSchemaForm({
    schema: LoginSchema,
    values: { email, password },
    onSubmit: async (data) => {
      await login(data);
    },
  });

  const next = searchParams.get('next');
  const signupHref = next ? `/signup?next=${encodeURIComponent(next)}` : '/signup';

  return (
    <AuthCard
      title={t('login.title')}
      lead={t('login.lead')}
      footer={
        <>
          {t('login.noAccount')}{' '}
          <Link component={RouterLink} to={signupHref}>
            {t('login.signupLink')}
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
              form.clearFieldError('email');
            }}
            error={Boolean(form.fieldErrors.email)}
            helperText={form.fieldErrors.email}
            required
            slotProps={{ htmlInput: { autoComplete: 'email', maxLength: LIMITS.emailMax } }}
          />
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
          />
          <Button type="submit" variant="contained" size="large" loading={form.submitting}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
