import { useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { EVENT_LIMITS, IntroduceSchema, type PairDto } from '@musubi/shared';
import { fetchIntroduction, introducePair } from '../../api/events';
import { describeEventError } from './eventText';
import { localized, uiLanguage } from '../../lib/localized';

interface Props {
  eventId: string;
  pair: PairDto | null;
  onClose(): void;
  onIntroduced(pair: PairDto): void;
}

/** Introduce an approved pair: the default message (ja/en template) loads, and can be edited. */
export function IntroduceDialog({ eventId, pair, onClose, onIntroduced }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = pair?.key;

  useEffect(() => {
    if (!key) return;
    fetchIntroduction(eventId, key, uiLanguage(i18n.language)).then(
      (intro) => setMessage(intro.message),
      (e: unknown) => {
        setMessage('');
        setError(describeEventError(e, t));
      },
    );
  }, [eventId, key, t, i18n.language]);

  const send = async () => {
    if (!pair) return;
    const parsed = IntroduceSchema.safeParse({ message: message ?? '' });
    if (!parsed.success) {
      setFieldError(t('validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onIntroduced(await introducePair(eventId, pair.key, parsed.data.message));
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const names = pair
    ? t('events.pairs.pairNames', {
        a: localized(pair.a.name, i18n.language).text,
        b: localized(pair.b.name, i18n.language).text,
      })
    : '';

  return (
    <Dialog open={Boolean(pair)} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('events.introduce.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('events.introduce.body', { names })}</DialogContentText>
        {message === null ? (
          <CircularProgress aria-label={t('app.loading')} />
        ) : (
          <TextField
            label={t('events.introduce.message')}
            value={message}
            onChange={(e) => {
              setMessage(e.target.value);
              setFieldError(null);
            }}
            multiline
            minRows={6}
            fullWidth
            error={Boolean(fieldError)}
            helperText={fieldError ?? t('events.introduce.help', { max: EVENT_LIMITS.introMessageMax })}
            slotProps={{ htmlInput: { maxLength: EVENT_LIMITS.introMessageMax } }}
          />
        )}
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('events.actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void send()} loading={busy} disabled={message === null}>
          {t('events.introduce.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
