import { useCallback, useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import type { CallDto } from '@musubi/shared';
import { fetchCall } from '../../api/calls';
import { useAuth } from '../../auth/AuthContext';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { ApplicationsTab } from './ApplicationsTab';
import { ApplyPanel } from './ApplyPanel';
import { usePosterName } from './CallCard';
import { CallDeadline, CallStatusChip, OfferChips } from './CallParts';
import { CallStatusActions } from './CallStatusActions';
import { describeCallError } from './callText';
import { localized, uiLanguage } from '../../lib/localized';
import { CandidatesTab } from './CandidatesTab';

type PosterTab = 'applications' | 'candidates';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="h2" sx={{ fontSize: '1.15rem', fontWeight: 700 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function CallDetails({ call }: { call: CallDto }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const challenge = localized(call.challenge, i18n.language);
  const language = uiLanguage(i18n.language);
  const poster = usePosterName(call);
  const anyone = t('calls.detail.anyone');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, display: 'grid', gap: 2.5 }}>
      <Typography variant="body1" component="div">
        <CallDeadline call={call} viewerZone={user?.timeZone} />
      </Typography>
      <Typography>
        {t('calls.detail.poster')}
        {t('calls.colon')}
        {call.poster.profile ? (
          <Link component={RouterLink} to={`/profiles/${call.poster.profile.id}`}>
            {poster}
          </Link>
        ) : (
          poster
        )}
      </Typography>
      <Section title={t('calls.detail.challenge')}>
        <Typography lang={challenge.lang} sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {challenge.text}
        </Typography>
      </Section>
      {call.offers.length > 0 ? (
        <Section title={t('calls.detail.offers')}>
          <OfferChips offers={call.offers} />
        </Section>
      ) : null}
      <Section title={t('calls.detail.eligibility')}>
        <Typography>
          {t('calls.detail.kinds')}
          {t('calls.colon')}
          {call.eligibleKinds.length ? call.eligibleKinds.map((k) => t(`profileForm.kinds.${k}`)).join('・') : anyone}
        </Typography>
        <Typography>
          {t('calls.detail.areas')}
          {t('calls.colon')}
          {call.eligibleAreas.length ? call.eligibleAreas.map((a) => t(`profileForm.areas.${a}`)).join('・') : anyone}
        </Typography>
      </Section>
      {call.tags.length > 0 ? (
        <Section title={t('calls.detail.tags')}>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
            {call.tags.map((tag) => (
              <li key={tag.id}>
                <Chip size="small" label={tag[language]} />
              </li>
            ))}
          </Box>
        </Section>
      ) : null}
    </Paper>
  );
}

/** `/calls/:id`: the call; Apply for members; for its poster, applications and ranked candidates. */
export function CallPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [call, setCall] = useState<CallDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = call ? localized(call.title, i18n.language) : null;
  usePageTitle(title?.text || t('calls.title'));

  const load = useCallback(() => {
    fetchCall(id).then(setCall, (e: unknown) => setError(describeCallError(e, t)));
  }, [id, t]);

  useEffect(() => {
    load();
  }, [load]);

  if (error)
    return (
      <Alert severity="error" sx={{ maxWidth: 720, mx: 'auto', my: 4 }}>
        {error}
      </Alert>
    );
  if (!call || !title) return <PageLoader />;

  const manages = call.viewer.isPoster || user?.role === 'admin';
  const tab: PosterTab = params.get('tab') === 'candidates' ? 'candidates' : 'applications';
  return (
    <Container maxWidth="lg" sx={{ px: { xs: 1.5, sm: 3 }, display: 'grid', gap: 3, pb: 4 }}>
      <Box sx={{ display: 'grid', gap: 1 }}>
        <Link component={RouterLink} to="/calls" variant="body2">
          {t('calls.detail.back')}
        </Link>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
          <Typography
            variant="h1"
            lang={title.lang}
            sx={{ fontSize: { xs: '1.6rem', sm: '2.1rem' }, overflowWrap: 'anywhere' }}
          >
            {title.text || t('calls.untitled')}
          </Typography>
          <CallStatusChip call={call} />
        </Box>
        {manages ? (
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
            <Button component={RouterLink} to={`/calls/${call.id}/edit`} startIcon={<EditOutlined />}>
              {t('calls.detail.edit')}
            </Button>
            <CallStatusActions call={call} onChange={setCall} />
          </Stack>
        ) : null}
      </Box>
      <CallDetails call={call} />
      {!call.viewer.isPoster && user ? <ApplyPanel call={call} onChanged={load} /> : null}
      {manages ? (
        <Box component="section" aria-label={t('calls.detail.review')}>
          <Tabs
            value={tab}
            onChange={(_, next: PosterTab) =>
              setParams(next === 'applications' ? {} : { tab: next }, { replace: true })
            }
            variant="scrollable"
            allowScrollButtonsMobile
            aria-label={t('calls.detail.review')}
            sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
          >
            <Tab
              value="applications"
              label={t('calls.detail.applicationsTab', { count: call.applicationCount })}
              id="call-tab-applications"
              aria-controls="call-panel"
            />
            <Tab
              value="candidates"
              label={t('calls.detail.candidatesTab')}
              id="call-tab-candidates"
              aria-controls="call-panel"
            />
          </Tabs>
          <Box role="tabpanel" id="call-panel" aria-labelledby={`call-tab-${tab}`}>
            {tab === 'applications' ? (
              <ApplicationsTab callId={call.id} />
            ) : (
              <CandidatesTab callId={call.id} canInvite={call.status === 'open'} />
            )}
          </Box>
        </Box>
      ) : null}
    </Container>
  );
}
