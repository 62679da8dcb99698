import { useId, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CALL_LIMITS } from '@musubi/shared';
import { inviteCandidate } from '../../api/calls';
import { FormAlert } from '../../forms/FormAlert';
import { describeCallError } from './callText';

interface Props {
  callId: string;
  profileId: string;
  name: string;
  onClose(): void;
  onInvited(): void;
}

/** Invites a candidate to apply, with an optional personal message (they get a notification). */
export function InviteDialog({ callId, profileId, name, onClose, onInvited }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await inviteCandidate(callId, profileId, message.trim());
      onInvited();
    } catch (e) {
      setError(describeCallError(e, t));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id={titleId}>{t('calls.candidates.inviteTitle', { name })}</DialogTitle>
        <DialogContent>
          <FormAlert error={error} />
          <TextField
            fullWidth
            multiline
            minRows={3}
            label={t('calls.candidates.inviteMessage')}
            helperText={t('calls.candidates.inviteHelp')}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            slotProps={{ htmlInput: { maxLength: CALL_LIMITS.inviteMessageMax } }}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('calls.actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {t('calls.candidates.sendInvite')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
