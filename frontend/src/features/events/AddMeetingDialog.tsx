import { useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ProfileDto } from '@musubi/shared';
import { fetchParticipants } from '../../api/events';
import { describeEventError } from './eventText';
import { PairPicker } from './PairPicker';

interface Props {
  eventId: string;
  /** The empty cell to fill. */
  cell: { round: number; table: number };
  onClose(): void;
  onAdd(a: string, b: string): void;
}

/** Put two approved participants in an empty cell by hand (locked, checked against every constraint). */
export function AddMeetingDialog({ eventId, cell, onClose, onAdd }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [people, setPeople] = useState<ProfileDto[]>([]);
  const [a, setA] = useState<ProfileDto | null>(null);
  const [b, setB] = useState<ProfileDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchParticipants(eventId, { status: 'approved', limit: 100 }).then(
      (page) => setPeople(page.items.map((p) => p.profile)),
      (e: unknown) => setError(describeEventError(e, t)),
    );
  }, [eventId, t]);

  const add = () => {
    if (!a || !b || a.id === b.id) {
      setError(t('events.pairs.manualPickTwo'));
      return;
    }
    onAdd(a.id, b.id);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('events.schedule.addTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('events.schedule.addBody', { round: cell.round, table: cell.table })}
        </DialogContentText>
        <Stack spacing={2}>
          <PairPicker people={people} a={a} b={b} onChangeA={setA} onChangeB={setB} />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('events.actions.cancel')}</Button>
        <Button variant="contained" onClick={add}>
          {t('events.schedule.add')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
