import { useId, useState, type SyntheticEvent } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { CreateMeetingSchema, MEETING_LIMITS, type MeetingDto } from '@musubi/shared';
import { createMeeting } from '../../api/meetings';
import { FormAlert } from '../../forms/FormAlert';
import { LocationFields } from './LocationFields';
import {
  locationToInput,
  newSlotDraft,
  pastSlotErrors,
  slotsToInput,
  type LocationDraft,
  type SlotDraft,
} from './meetingForm';
import { ProposalFields } from './ProposalFields';
import { useMeetingForm } from './useMeetingForm';

export type MeetingOrigin = 'profile' | 'suggestion' | 'conversation';

// Our own (translated) validation runs on submit, not the browser's bubbles; Paper's props type
// does not know form attributes.
const formNoValidate = { noValidate: true } as object;

interface Props {
  open: boolean;
  onClose(): void;
  profileId: string;
  name: string;
  origin: MeetingOrigin;
  viewerZone: string;
  onCreated(meeting: MeetingDto): void;
}

/** Message, 1–3 slots in both zones, where; validated with the shared schema before sending. */
export function RequestMeetingDialog({ open, onClose, profileId, name, origin, viewerZone, onCreated }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const [message, setMessage] = useState('');
  const [slots, setSlots] = useState<SlotDraft[]>(() => [newSlotDraft()]);
  const [location, setLocation] = useState<LocationDraft>({ format: 'online', url: '', place: '' });
  const form = useMeetingForm();
  const { errors, formError, busy } = form;

  const submit = (event: SyntheticEvent) =>
    form.submit(event, {
      parsed: CreateMeetingSchema.safeParse({
        profileId,
        message,
        slots: slotsToInput(slots, viewerZone),
        location: locationToInput(location),
        origin,
      }),
      extra: pastSlotErrors(slots, viewerZone, t),
      send: async (input) => onCreated(await createMeeting(input)),
    });

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="md"
      aria-labelledby={`${id}-title`}
      slotProps={{ paper: { component: 'form', ...formNoValidate, onSubmit: (e: SyntheticEvent) => void submit(e) } }}
    >
      <DialogTitle id={`${id}-title`}>{t('meetings.request.title', { name })}</DialogTitle>
      <DialogContent dividers>
        <FormAlert error={formError} />
        <Stack spacing={3}>
          <TextField
            label={t('meetings.form.message')}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            multiline
            minRows={3}
            error={Boolean(errors.message)}
            helperText={errors.message ?? t('meetings.form.messageHelp')}
            slotProps={{ htmlInput: { maxLength: MEETING_LIMITS.messageMax } }}
          />
          <ProposalFields
            idPrefix={id}
            slots={slots}
            onChange={setSlots}
            errors={errors}
            viewerZone={viewerZone}
            otherName={name}
            otherProfileId={profileId}
          />
          <LocationFields idPrefix={id} value={location} onChange={setLocation} errors={errors} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" loading={busy}>
          {t('meetings.request.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
