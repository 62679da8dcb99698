import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { CallDto, CallStatus } from '@musubi/shared';
import { changeCallStatus } from '../../api/calls';
import { describeCallError } from './callText';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** The moves a call can make from each status (open ↔ closed; awarded is final). */
const NEXT: Record<CallStatus, CallStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'awarded'],
  awarded: [],
};

/** Open, close or mark awarded, each after a confirmation. */
export function CallStatusActions({ call, onChange }: { call: CallDto; onChange(next: CallDto): void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<CallStatus | null>(null);
  // The dialog keeps its words while it fades out after `asking` is cleared.
  const [shown, setShown] = useState<CallStatus>('open');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moves = NEXT[call.status];
  if (moves.length === 0) return null;

  const confirm = async () => {
    if (!asking) return;
    setBusy(true);
    setError(null);
    try {
      onChange(await changeCallStatus(call.id, call.version, asking));
      setAsking(null);
    } catch (e) {
      setError(describeCallError(e, t));
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {moves.map((status) => (
        <Button
          key={status}
          variant={status === 'open' ? 'contained' : 'outlined'}
          color={status === 'open' ? 'secondary' : 'primary'}
          onClick={() => {
            setShown(status);
            setAsking(status);
          }}
        >
          {t(`calls.statusActions.${status}`)}
        </Button>
      ))}
      {error ? (
        <Alert severity="error" sx={{ width: '100%' }}>
          {error}
        </Alert>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={t(`calls.statusActions.${shown}Confirm`)}
        confirmLabel={t(`calls.statusActions.${shown}`)}
        busy={busy}
        onConfirm={() => void confirm()}
        onClose={() => setAsking(null)}
      >
        {t(`calls.statusActions.${shown}Body`)}
      </ConfirmDialog>
    </Box>
  );
}
