import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '@musubi/shared';
import { transitionEvent } from '../../api/events';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeEventError } from './eventText';

/** Publish a draft or close a published event, each after a confirmation. */
export function EventStatusActions({ event, onChange }: { event: EventDto; onChange(event: EventDto): void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'publish' | 'close' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const action = event.status === 'draft' ? 'publish' : event.status === 'published' ? 'close' : null;
  if (!action) return null;

  const confirm = async () => {
    if (!asking) return;
    setBusy(true);
    setError(null);
    try {
      onChange(await transitionEvent(event.id, asking, event.version));
      setAsking(null);
    } catch (e) {
      setError(describeEventError(e, t));
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Button variant={action === 'publish' ? 'contained' : 'outlined'} onClick={() => setAsking(action)}>
        {t(`events.actions.${action}`)}
      </Button>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={t(`events.confirm.${action}Title`)}
        confirmLabel={t(`events.actions.${action}`)}
        busy={busy}
        onConfirm={() => void confirm()}
        onClose={() => setAsking(null)}
      >
        {t(`events.confirm.${action}Body`)}
      </ConfirmDialog>
    </Box>
  );
}
