import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OrganiserItemDto, OrganiserRequestItemDto } from '@musubi/shared';
import { describeApiError } from '../../api/errors';
import { decideOrganiserRequest, fetchOrganiserRequests, fetchOrganisers, revokeOrganiser } from '../../api/roles';
import { useAuth } from '../../auth/AuthContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PagedListBody } from '../../components/PagedListBody';
import { usePageTitle } from '../../layout/usePageTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { usePagedAdminList } from './usePagedAdminList';

type Outcome = { severity: 'success' | 'error'; text: string } | null;

/** `/admin`: only admins see it; for everyone else it does not exist. */
export function AdminPage() {
  const { user } = useAuth();
  if (user?.role !== 'admin') return <NotFoundPage />;
  return <AdminConsole />;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.25rem', mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function AdminConsole() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.title'));
  const requests = usePagedAdminList<OrganiserRequestItemDto>(fetchOrganiserRequests);
  const organisers = usePagedAdminList<OrganiserItemDto>(fetchOrganisers);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [revoking, setRevoking] = useState<OrganiserItemDto | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  const act = async (key: string, action: () => Promise<void>, done: () => void, success: string) => {
    setBusy(key);
    setOutcome(null);
    try {
      await action();
      done();
      setOutcome({ severity: 'success', text: success });
    } catch (error) {
      setOutcome({ severity: 'error', text: describeApiError(error, t).message });
      requests.reload();
      organisers.reload();
    } finally {
      setBusy(null);
    }
  };

  const decide = (item: OrganiserRequestItemDto, decision: 'grant' | 'decline') =>
    act(
      `${decision}:${item.userId}`,
      () => decideOrganiserRequest(item.userId, decision),
      () => {
        requests.remove(item.userId);
        if (decision === 'grant') organisers.reload();
      },
      t(decision === 'grant' ? 'admin.requests.granted' : 'admin.requests.declined', { name: item.displayName }),
    );

  const revoke = async (item: OrganiserItemDto) => {
    await act(
      `revoke:${item.userId}`,
      () => revokeOrganiser(item.userId),
      () => organisers.remove(item.userId),
      t('admin.organisers.revoked', { name: item.displayName }),
    );
    setRevoking(null);
  };

  return (
    <Container maxWidth="md">
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 3 }}>
        {t('admin.title')}
      </Typography>
      <Box aria-live="polite" aria-atomic="true">
        {outcome ? (
          <Alert severity={outcome.severity} role={outcome.severity === 'success' ? 'status' : 'alert'} sx={{ mb: 2 }}>
            {outcome.text}
          </Alert>
        ) : null}
      </Box>
      <Stack spacing={3}>
        <Section id="admin-requests" title={t('admin.requests.title')}>
          <PagedListBody
            list={requests.list}
            onRetry={requests.reload}
            empty={t('admin.requests.empty')}
            moreLabel={t('admin.requests.more')}
            loadingMore={requests.loadingMore}
            onMore={() => void requests.more()}
          >
            {(items) => (
              <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {items.map((item) => (
                  <Stack
                    key={item.userId}
                    component="li"
                    direction={{ xs: 'column', sm: 'row' }}
                    spacing={2}
                    sx={{ justifyContent: 'space-between', borderTop: 1, borderColor: 'divider', pt: 2 }}
                  >
                    <Box sx={{ minWidth: 0 }}>
                      <Typography sx={{ fontWeight: 700 }}>{item.displayName}</Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                        {item.email}
                      </Typography>
                      <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {item.note || t('admin.requests.noNote')}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                        {t('admin.requests.requestedAt', { date: date(item.requestedAt) })}
                      </Typography>
                    </Box>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexShrink: 0 }}>
                      <Button
                        variant="contained"
                        aria-label={t('admin.requests.grantLabel', { name: item.displayName })}
                        loading={busy === `grant:${item.userId}`}
                        disabled={busy !== null}
                        onClick={() => void decide(item, 'grant')}
                      >
                        {t('admin.requests.grant')}
                      </Button>
                      <Button
                        variant="outlined"
                        aria-label={t('admin.requests.declineLabel', { name: item.displayName })}
                        loading={busy === `decline:${item.userId}`}
                        disabled={busy !== null}
                        onClick={() => void decide(item, 'decline')}
                      >
                        {t('admin.requests.decline')}
                      </Button>
                    </Stack>
                  </Stack>
                ))}
              </Stack>
            )}
          </PagedListBody>
        </Section>

        <Section id="admin-organisers" title={t('admin.organisers.title')}>
          <PagedListBody
            list={organisers.list}
            onRetry={organisers.reload}
            empty={t('admin.organisers.empty')}
            moreLabel={t('admin.organisers.more')}
            loadingMore={organisers.loadingMore}
            onMore={() => void organisers.more()}
          >
            {(items) => (
              <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {items.map((item) => (
                  <Stack
                    key={item.userId}
                    component="li"
                    direction="row"
                    spacing={2}
                    sx={{ justifyContent: 'space-between', alignItems: 'center' }}
                  >
                    <Box sx={{ minWidth: 0 }}>
                      <Typography sx={{ fontWeight: 700 }}>{item.displayName}</Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                        {item.email}
                      </Typography>
                    </Box>
                    <Button
                      color="error"
                      sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
                      aria-label={t('admin.organisers.revokeLabel', { name: item.displayName })}
                      disabled={busy !== null}
                      onClick={() => setRevoking(item)}
                    >
                      {t('admin.organisers.revoke')}
                    </Button>
                  </Stack>
                ))}
              </Stack>
            )}
          </PagedListBody>
        </Section>
      </Stack>
      <ConfirmDialog
        open={revoking !== null}
        title={t('admin.organisers.confirmTitle', { name: revoking?.displayName ?? '' })}
        confirmLabel={t('admin.organisers.revoke')}
        busy={busy !== null}
        onConfirm={() => revoking && void revoke(revoking)}
        onClose={() => setRevoking(null)}
      >
        {t('admin.organisers.confirmBody')}
      </ConfirmDialog>
    </Container>
  );
}
