import { useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ProfileDto } from '@musubi/shared';
import { createManualPair, fetchParticipants } from '../../api/events';
import { describeEventError } from './eventText';
import { PairPicker } from './PairPicker';

interface Props {
  eventId: string;
  open: boolean;
  onClose(): void;
  onCreated(): void;
}

/** Pick two approved participants to pair by hand (approved at once). */
export function ManualPairDialog({ eventId, open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [people, setPeople] = useState<ProfileDto[]>([]);
  const [a, setA] = useState<ProfileDto | null>(null);
  const [b, setB] = useState<ProfileDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    fetchParticipants(eventId, { status: 'approved', limit: 100 }).then(
      (page) => setPeople(page.items.map((p) => p.profile)),
      (e: unknown) => setError(describeEventError(e, t)),
    );
  }, [eventId, open, t]);

  const create = async () => {
    if (!a || !b || a.id === b.id) {
      setError(t('events.pairs.manualPickTwo'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await createManualPair(eventId, a.id, b.id);
      onCreated();
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('events.pairs.manualTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <PairPicker people={people} a={a} b={b} onChangeA={setA} onChangeB={setB} />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('events.actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void create()} loading={busy}>
          {t('events.pairs.manualCreate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
