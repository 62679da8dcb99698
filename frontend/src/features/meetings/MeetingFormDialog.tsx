import { useId, type ReactNode, type SyntheticEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { FormAlert } from '../../forms/FormAlert';

// Our own (translated) validation runs on submit, not the browser's bubbles; Paper's props type
// does not know form attributes.
const formNoValidate = { noValidate: true } as object;

interface Props {
  title: string;
  /** Slot pickers need room: wide, and the whole screen on phones. */
  wide?: boolean;
  busy: boolean;
  formError: string | null;
  cancelLabel: string;
  submitLabel: string;
  submitColor?: 'primary' | 'error';
  onClose(): void;
  onSubmit(event: SyntheticEvent): void;
  children: ReactNode;
}

/** A dialog that is one form: title, a live error summary, the fields, cancel and submit. */
export function MeetingFormDialog(props: Props) {
  const { title, wide = false, busy, formError, cancelLabel, submitLabel, submitColor = 'primary' } = props;
  const id = useId();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  return (
    <Dialog
      open
      onClose={busy ? undefined : props.onClose}
      fullScreen={wide && phone}
      fullWidth
      maxWidth={wide ? 'md' : 'sm'}
      aria-labelledby={`${id}-title`}
      slotProps={{ paper: { component: 'form', ...formNoValidate, onSubmit: props.onSubmit } }}
    >
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent dividers={wide}>
        <FormAlert error={formError} />
        {props.children}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {cancelLabel}
        </Button>
        <Button type="submit" variant="contained" color={submitColor} loading={busy}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
