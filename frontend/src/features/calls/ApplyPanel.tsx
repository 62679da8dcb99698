import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ApplicationDto, CallDto } from '@musubi/shared';
import { fetchApplications, withdrawApplication } from '../../api/calls';
import { ApplyDialog } from './ApplyDialog';
import { ApplicationStatusChip } from './CallParts';
import { daysLeft, describeCallError } from './callText';
import { localized } from '../../lib/localized';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  call: CallDto;
  /** Reload the call after applying or withdrawing (its viewer part changes). */
  onChanged(): void;
}

/** The viewer's own application: its status, what they sent and, while it counts, Withdraw. */
function OwnApplication({ call, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [application, setApplication] = useState<ApplicationDto | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const applicationId = call.viewer.applicationId;

  useEffect(() => {
    fetchApplications(call.id).then(
      (page) => setApplication(page.items.find((item) => item.id === applicationId) ?? null),
      (e: unknown) => setError(describeCallError(e, t)),
    );
  }, [call.id, applicationId, t]);

  const status = call.viewer.applicationStatus;
  const canWithdraw =
    application && (status === 'new' || status === 'shortlisted') && call.status === 'open' && daysLeft(call) >= 0;

  const withdraw = async () => {
    if (!application) return;
    setBusy(true);
    try {
      await withdrawApplication(call.id, application.id, application.version);
      setAsking(false);
      onChanged();
    } catch (e) {
      setError(describeCallError(e, t));
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  const pitch = application ? localized(application.pitch, i18n.language) : null;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h6">
          {t('calls.apply.yourApplication')}
        </Typography>
        {status ? <ApplicationStatusChip status={status} /> : null}
      </Box>
      {status === 'declined' ? <Typography>{t('calls.mine.declinedNote')}</Typography> : null}
      {status === 'accepted' ? <Typography>{t('calls.mine.acceptedNote')}</Typography> : null}
      {pitch?.text ? (
        <Typography lang={pitch.lang} sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {pitch.text}
        </Typography>
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
      {canWithdraw ? (
        <Box>
          <Button variant="outlined" color="error" onClick={() => setAsking(true)}>
            {t('calls.apply.withdraw')}
          </Button>
        </Box>
      ) : null}
      <ConfirmDialog
        open={asking}
        title={t('calls.apply.withdrawConfirm')}
        confirmLabel={t('calls.apply.withdraw')}
        busy={busy}
        onConfirm={() => void withdraw()}
        onClose={() => setAsking(false)}
      >
        {t('calls.apply.withdrawBody')}
      </ConfirmDialog>
    </Box>
  );
}

/** For members: Apply (or why not), or their application with its status. */
export function ApplyPanel({ call, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [applied, setApplied] = useState(false);
  const { canApply, cannotApplyReason, applicationStatus } = call.viewer;
  const hasApplication = applicationStatus !== null && applicationStatus !== 'withdrawn';

  return (
    <Paper
      component="section"
      variant="outlined"
      aria-label={t('calls.apply.section')}
      sx={{ p: { xs: 2, sm: 3 }, borderColor: 'secondary.main', borderWidth: 2 }}
    >
      {applied ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('calls.apply.sent')}
        </Alert>
      ) : null}
      {hasApplication ? (
        <OwnApplication key={call.viewer.applicationId} call={call} onChanged={onChanged} />
      ) : canApply ? (
        <Box sx={{ display: 'grid', gap: 1.5, justifyItems: 'start' }}>
          <Typography>
            {applicationStatus === 'withdrawn' ? t('calls.apply.reapplyLead') : t('calls.apply.lead')}
          </Typography>
          <Button variant="contained" color="secondary" size="large" onClick={() => setOpen(true)}>
            {t('calls.apply.button')}
          </Button>
        </Box>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5, justifyItems: 'start' }}>
          <Typography>{t(`calls.cannotApply.${cannotApplyReason ?? 'closed'}`)}</Typography>
          {cannotApplyReason === 'profile_required' ? (
            <Button component={RouterLink} to="/onboarding" variant="contained">
              {t('calls.apply.createProfile')}
            </Button>
          ) : null}
        </Box>
      )}
      {open ? (
        <ApplyDialog
          callId={call.id}
          callTitle={localized(call.title, i18n.language).text}
          onClose={() => setOpen(false)}
          onApplied={() => {
            setOpen(false);
            setApplied(true);
            onChanged();
          }}
        />
      ) : null}
    </Paper>
  );
}
