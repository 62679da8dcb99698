import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import type { MeetingDto } from '@musubi/shared';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errors';
import { fetchMeeting } from '../../api/meetings';
import { useAuth } from '../../auth/AuthContext';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { otherParticipant, StatusChip } from './MeetingParts';
import { MeetingView, type Notice } from './MeetingView';
import { useMeetingUpdates } from './useMeetingUpdates';

/** One meeting: proposal, both zones, where, history, and the viewer's allowed actions. */
export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const { state } = useLocation() as { state: { created?: boolean } | null };
  const [meeting, setMeeting] = useState<MeetingDto | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(
    state?.created ? { severity: 'success', text: t('meetings.request.sent') } : null,
  );
  usePageTitle(t('meetings.detail.pageTitle'));

  const reload = useCallback(
    (after?: Notice) =>
      fetchMeeting(id).then(
        (loaded) => {
          setMeeting(loaded);
          setLoadError(null);
          if (after) setNotice(after);
        },
        (error: unknown) => setLoadError(error),
      ),
    [id],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  useMeetingUpdates((update) => {
    if (update.meetingId && update.meetingId !== id) return;
    if (meeting && update.version === meeting.version) return;
    void reload();
  });

  if (!user) return null;
  if (loadError && !meeting) {
    const missing = loadError instanceof ApiError && (loadError.status === 404 || loadError.code === 'not_found');
    return (
      <Container maxWidth="md">
        <Alert
          severity="error"
          action={
            missing ? undefined : (
              <Button color="inherit" size="small" onClick={() => void reload()}>
                {t('app.retry')}
              </Button>
            )
          }
        >
          {missing ? t('meetings.detail.notFound') : describeApiError(loadError, t).message}
        </Alert>
        <Link component={RouterLink} to="/meetings" sx={{ display: 'inline-block', mt: 2 }}>
          {t('meetings.detail.back')}
        </Link>
      </Container>
    );
  }
  if (!meeting) return <PageLoader />;

  const other = otherParticipant(meeting, user.id);
  return (
    <Container maxWidth="md">
      <Stack direction="row" sx={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}>
        <Button component={RouterLink} to="/meetings" startIcon={<ArrowBack />} sx={{ ml: -1 }}>
          {t('meetings.detail.back')}
        </Button>
        {other.profileId ? (
          <Button component={RouterLink} to={`/profiles/${other.profileId}`}>
            {t('meetings.detail.viewProfile', { name: other.displayName })}
          </Button>
        ) : null}
      </Stack>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 3 }}>
        <Typography variant="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2.1rem' }, overflowWrap: 'anywhere' }}>
          {t('meetings.list.with', { name: other.displayName })}
        </Typography>
        <StatusChip status={meeting.status} />
      </Stack>
      <Box aria-live="polite" aria-atomic="true">
        {notice ? (
          <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ mb: 3 }}>
            {notice.text}
          </Alert>
        ) : null}
      </Box>
      <MeetingView
        meeting={meeting}
        viewer={user}
        onChange={(updated, next) => {
          setMeeting(updated);
          if (next) setNotice(next);
        }}
        onStale={() => void reload({ severity: 'warning', text: t('meetings.errors.stale') })}
      />
    </Container>
  );
}
