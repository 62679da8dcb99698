import { useEffect, useState, type FocusEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedDto } from '@musubi/shared';
import { fetchCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from '../../api/meetings';
import { describeApiError } from '../../api/errors';
import { FormAlert } from '../../forms/FormAlert';

/** The personal calendar feed: create or rotate (shows the secret URL with a copy button), revoke. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const [feed, setFeed] = useState<CalendarFeedDto | null>(null);
  const [busy, setBusy] = useState<'rotate' | 'revoke' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});

  useEffect(() => {
    let live = true;
    fetchCalendarFeed().then(
      (loaded) => {
        if (live) setFeed(loaded);
      },
      () => {
        if (live) setFeed({ enabled: false, url: null, createdAt: null });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const rotate = async () => {
    setBusy('rotate');
    setStatus({});
    try {
      setFeed(await rotateCalendarFeed());
      setStatus({ success: feed?.enabled ? t('meetings.feed.rotated') : t('meetings.feed.created') });
    } catch (error) {
      setStatus({ error: describeApiError(error, t).message });
    } finally {
      setBusy(null);
    }
  };

  const revoke = async () => {
    setConfirming(false);
    setBusy('revoke');
    setStatus({});
    try {
      await revokeCalendarFeed();
      setFeed({ enabled: false, url: null, createdAt: null });
      setStatus({ success: t('meetings.feed.revoked') });
    } catch (error) {
      setStatus({ error: describeApiError(error, t).message });
    } finally {
      setBusy(null);
    }
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ success: t('meetings.feed.copied') });
    } catch {
      setStatus({ error: t('meetings.feed.copyFailed') });
    }
  };

  if (!feed) return null;
  return (
    <Stack spacing={2}>
      <FormAlert error={status.error} success={status.success} />
      {feed.enabled && feed.url ? (
        <TextField
          label={t('meetings.feed.url')}
          value={feed.url}
          helperText={t('meetings.feed.urlHelp')}
          slotProps={{
            htmlInput: { readOnly: true, onFocus: (event: FocusEvent<HTMLInputElement>) => event.target.select() },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton aria-label={t('meetings.feed.copy')} onClick={() => void copy(feed.url ?? '')} edge="end">
                    <ContentCopy />
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {feed.enabled ? t('meetings.feed.activeHidden') : t('meetings.feed.off')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button variant="contained" loading={busy === 'rotate'} disabled={busy !== null} onClick={() => void rotate()}>
          {feed.enabled ? t('meetings.feed.rotate') : t('meetings.feed.create')}
        </Button>
        {feed.enabled ? (
          <Button
            variant="outlined"
            color="error"
            loading={busy === 'revoke'}
            disabled={busy !== null}
            onClick={() => setConfirming(true)}
          >
            {t('meetings.feed.revoke')}
          </Button>
        ) : null}
      </Box>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="feed-revoke-title">
        <DialogTitle id="feed-revoke-title">{t('meetings.feed.revokeTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('meetings.feed.revokeBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => void revoke()}>
            {t('meetings.feed.revokeConfirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
