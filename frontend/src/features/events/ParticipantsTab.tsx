import { useCallback, useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  EVENT_LIMITS,
  JOINED_STATUSES,
  type EventDto,
  type ImportJobDto,
  type ImportResultDto,
  type JoinedStatus,
  type ParticipantPageDto,
} from '@musubi/shared';
import { decideParticipant, exportUrl, fetchImportJob, fetchParticipants, importParticipants } from '../../api/events';
import { KindChip } from '../profiles/KindChip';
import { describeEventError } from './eventText';
import { localized } from '../../lib/localized';

const IMPORT_POLL_MS = 500;

/**
 * Reads the chosen CSV file in the browser and sends its text; follows the import job with a
 * progress bar, then shows how many rows were read and which were skipped.
 */
function CsvImport({ event, onDone }: { event: EventDto; onDone(): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResultDto | null>(null);
  const [progress, setProgress] = useState<ImportJobDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    setError(null);
    if (file.size > EVENT_LIMITS.csvImportMaxBytes) {
      setError(t('events.participants.importTooBig', { kb: EVENT_LIMITS.csvImportMaxBytes / 1024 }));
      return;
    }
    setBusy(true);
    try {
      const csv = await file.text();
      let job = await importParticipants(event.id, csv);
      setProgress(job);
      // The rows are admitted in the background: follow the job until it has finished.
      while (job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, IMPORT_POLL_MS));
        job = await fetchImportJob(event.id, job.id);
        setProgress(job);
      }
      setResult(job.result);
      if (job.status === 'failed') setError(t('events.participants.importFailed'));
      onDone();
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(false);
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="csv-import-heading" sx={{ p: 2, mb: 3 }}>
      <Typography id="csv-import-heading" variant="h2" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
        {t('events.participants.import')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('events.participants.importHelp')}
      </Typography>
      <Button component="label" variant="outlined" startIcon={<UploadFile />} loading={busy}>
        {t('events.participants.chooseFile')}
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="csv-input"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </Button>
      {progress ? (
        <Box role="status" sx={{ mt: 2 }}>
          <LinearProgress
            aria-label={t('events.participants.importProgressLabel')}
            variant="determinate"
            value={progress.total ? Math.round((100 * progress.processed) / progress.total) : 0}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t('events.participants.importProgress', { processed: progress.processed, total: progress.total })}
          </Typography>
        </Box>
      ) : null}
      <Box aria-live="polite">
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
        {result ? (
          <Alert severity={result.skipped.length ? 'warning' : 'success'} sx={{ mt: 2 }}>
            <div>
              {t('events.participants.importResult', {
                invited: result.invited,
                skipped: result.skipped.length,
              })}
            </div>
            {result.skipped.length ? (
              <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
                {result.skipped.slice(0, 50).map((s) => (
                  <li key={`${s.line}-${s.value}`}>
                    {t('events.participants.skippedLine', {
                      line: s.line,
                      value: s.value,
                      reason: t(`events.participants.skipReason.${s.reason}`),
                    })}
                  </li>
                ))}
              </Box>
            ) : null}
          </Alert>
        ) : null}
      </Box>
    </Paper>
  );
}

/**
 * Everyone who joined or accepted an invitation, filtered by status; approve or reject the waiting
 * ones. Open and declined invitations are never listed (they would tell which emails have accounts).
 */
export function ParticipantsTab({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<JoinedStatus | ''>('');
  const [page, setPage] = useState<ParticipantPageDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => {
    fetchParticipants(event.id, { status: status || undefined, limit: 100 }).then(
      (loaded) => {
        setPage(loaded);
        setError(null);
      },
      (e: unknown) => setError(describeEventError(e, t)),
    );
  }, [event.id, status, t]);

  useEffect(() => {
    load();
  }, [load]);

  const decide = async (profileId: string, action: 'approve' | 'reject') => {
    setBusy(`${profileId}:${action}`);
    setError(null);
    try {
      await decideParticipant(event.id, profileId, action);
      load();
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(null);
    }
  };

  const more = async () => {
    if (!page?.nextCursor) return;
    setBusy('more');
    try {
      const next = await fetchParticipants(event.id, {
        status: status || undefined,
        limit: 100,
        cursor: page.nextCursor,
      });
      setPage((current) => (current ? { ...next, items: [...current.items, ...next.items] } : next));
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(null);
    }
  };

  const rounds = event.sessionPlan?.rounds ?? 0;
  return (
    <Box>
      <CsvImport event={event} onDone={load} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <TextField
          select
          size="small"
          label={t('events.participants.filter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as JoinedStatus | '')}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t('events.participants.all')}</MenuItem>
          {JOINED_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`events.participantStatus.${s}`)}
              {page ? ` (${page.counts[s]})` : ''}
            </MenuItem>
          ))}
        </TextField>
        <Link href={exportUrl(event.id, 'participants')} download>
          {t('events.dashboard.exportParticipants')}
        </Link>
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      {!page ? (
        <CircularProgress aria-label={t('app.loading')} />
      ) : page.items.length === 0 ? (
        <Typography color="text.secondary">{t('events.participants.none')}</Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label={t('events.manage.tab.participants')}
        >
          {page.items.map((p) => {
            const name = localized(p.profile.name, i18n.language);
            const available = p.availability ? p.availability.filter(Boolean).length : rounds;
            return (
              <Paper
                component="li"
                variant="outlined"
                key={p.profile.id}
                sx={{ p: 1.5, display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
              >
                <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
                  <Link
                    component={RouterLink}
                    to={`/profiles/${p.profile.id}`}
                    lang={name.lang}
                    sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}
                  >
                    {name.text}
                  </Link>
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mt: 0.5 }}>
                    <KindChip kind={p.profile.kind} />
                    <Chip
                      size="small"
                      label={t(`events.participantStatus.${p.status}`)}
                      color={p.status === 'approved' ? 'success' : p.status === 'pending' ? 'info' : 'default'}
                    />
                    <Chip size="small" variant="outlined" label={t(`events.participants.source.${p.source}`)} />
                    {rounds > 0 ? (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t('events.participants.available', { count: available, rounds })}
                      />
                    ) : null}
                  </Box>
                </Box>
                <Stack direction="row" spacing={1}>
                  {p.status !== 'approved' ? (
                    <Button
                      size="small"
                      variant="contained"
                      loading={busy === `${p.profile.id}:approve`}
                      onClick={() => void decide(p.profile.id, 'approve')}
                      aria-label={t('events.participants.approveWho', { name: name.text })}
                    >
                      {t('events.actions.approve')}
                    </Button>
                  ) : null}
                  {p.status !== 'rejected' ? (
                    <Button
                      size="small"
                      color="error"
                      loading={busy === `${p.profile.id}:reject`}
                      onClick={() => void decide(p.profile.id, 'reject')}
                      aria-label={t('events.participants.rejectWho', { name: name.text })}
                    >
                      {t('events.actions.reject')}
                    </Button>
                  ) : null}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
      {page?.nextCursor ? (
        <Box sx={{ textAlign: 'center', mt: 2 }}>
          <Button variant="outlined" loading={busy === 'more'} onClick={() => void more()}>
            {t('events.list.loadMore')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
