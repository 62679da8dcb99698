import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import ArrowForward from '@mui/icons-material/ArrowForward';
import MailOutline from '@mui/icons-material/MailOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CallCandidateDto } from '@musubi/shared';
import { fetchCandidates } from '../../api/calls';
import { ProfileCard } from '../directory/ProfileCard';
import { MatchScore } from '../matching/MatchScore';
import { ReasonChips } from '../matching/ReasonChips';
import { describeCallError } from './callText';
import { localized } from '../../lib/localized';
import { InviteDialog } from './InviteDialog';
import { RetryAlert } from '../../components/RetryAlert';

/** Startups and creators ranked by how well they fit the call, with reasons; invite each one. */
export function CandidatesTab({ callId, canInvite }: { callId: string; canInvite: boolean }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<CallCandidateDto[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inviting, setInviting] = useState<CallCandidateDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    fetchCandidates(callId).then(
      (page) => {
        setItems(page.items);
        setNextCursor(page.nextCursor);
      },
      (e: unknown) => setError(describeCallError(e, t)),
    );
  }, [callId, t]);

  useEffect(() => {
    load();
  }, [load]);

  const retry = () => {
    setError(null);
    load();
  };

  if (error) return <RetryAlert onRetry={retry}>{error}</RetryAlert>;
  if (!items)
    return (
      <Box role="status" sx={{ display: 'grid', placeItems: 'center', py: 4 }}>
        <CircularProgress aria-label={t('app.loading')} />
      </Box>
    );
  if (items.length === 0) return <Typography color="text.secondary">{t('calls.candidates.empty')}</Typography>;

  const more = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchCandidates(callId, nextCursor);
      setItems((current) => [...(current ?? []), ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (e) {
      setNotice(null);
      setError(describeCallError(e, t));
    } finally {
      setLoadingMore(false);
    }
  };

  const nameOf = (candidate: CallCandidateDto) => localized(candidate.profile.name, i18n.language).text;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {t('calls.candidates.lead')}
      </Typography>
      <Box aria-live="polite">
        {notice ? (
          <Alert severity="success" onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </Box>
      <Box
        component="ol"
        aria-label={t('calls.candidates.title')}
        sx={{
          listStyle: 'none',
          p: 0,
          m: 0,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        {items.map((candidate) => (
          <li key={candidate.profile.id}>
            <ProfileCard profile={candidate.profile} showTags={false}>
              <MatchScore strength={candidate.strength} />
              <ReasonChips reasons={candidate.reasons} />
              <Divider sx={{ mt: 2, mb: 1.5 }} />
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                {candidate.applied ? <Chip size="small" color="success" label={t('calls.candidates.applied')} /> : null}
                {candidate.invited ? <Chip size="small" color="info" label={t('calls.candidates.invited')} /> : null}
                {canInvite && !candidate.invited && !candidate.applied ? (
                  <Button
                    size="small"
                    variant="contained"
                    startIcon={<MailOutline />}
                    onClick={() => setInviting(candidate)}
                  >
                    {t('calls.candidates.invite')}
                  </Button>
                ) : null}
                <Button
                  size="small"
                  component={RouterLink}
                  to={`/profiles/${candidate.profile.id}`}
                  endIcon={<ArrowForward />}
                  sx={{ ml: 'auto' }}
                >
                  {t('matching.actions.view')}
                </Button>
              </Box>
            </ProfileCard>
          </li>
        ))}
      </Box>
      {nextCursor ? (
        <Box sx={{ textAlign: 'center' }}>
          <Button variant="outlined" loading={loadingMore} onClick={() => void more()}>
            {t('calls.list.loadMore')}
          </Button>
        </Box>
      ) : null}
      {inviting ? (
        <InviteDialog
          callId={callId}
          profileId={inviting.profile.id}
          name={nameOf(inviting)}
          onClose={() => setInviting(null)}
          onInvited={() => {
            const id = inviting.profile.id;
            setItems((current) => current?.map((c) => (c.profile.id === id ? { ...c, invited: true } : c)) ?? null);
            setNotice(t('calls.candidates.invitedNotice', { name: nameOf(inviting) }));
            setInviting(null);
          }}
        />
      ) : null}
    </Box>
  );
}
