import { useId, useState, type SyntheticEvent } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  CancelMeetingSchema,
  CounterMeetingSchema,
  DeclineMeetingSchema,
  EditMeetingSchema,
  MEETING_LIMITS,
  RescheduleMeetingSchema,
  type MeetingDto,
  type UserDto,
} from '@musubi/shared';
import { acceptMeeting, cancelMeeting, declineMeeting, editMeeting, proposeNewSlots } from '../../api/meetings';
import { LocationFields } from './LocationFields';
import { MeetingFormDialog } from './MeetingFormDialog';
import { conflictReason } from './meetingErrors';
import {
  locationToInput,
  newSlotDraft,
  pastSlotErrors,
  slotsToInput,
  type LocationDraft,
  type SlotDraft,
} from './meetingForm';
import { otherParticipant } from './MeetingParts';
import { utcToZoned } from './meetingTime';
import { ProposalFields } from './ProposalFields';
import { useMeetingForm, type MeetingParse } from './useMeetingForm';
import { ZonedRange } from './ZonedRange';

export type MeetingAction = 'accept' | 'decline' | 'counter' | 'edit' | 'cancel' | 'reschedule';

interface Props {
  action: MeetingAction;
  meeting: MeetingDto;
  viewer: UserDto;
  /** The slot to accept. */
  start?: string;
  onClose(): void;
  onDone(meeting: MeetingDto, action: MeetingAction): void;
  /** Someone acted first (409 stale): the page reloads the meeting and says so. */
  onStale(): void;
}

function initialLocation(meeting: MeetingDto): LocationDraft {
  const l = meeting.location;
  if (l.format === 'online') return { format: 'online', url: l.url ?? '', place: '' };
  return { format: l.format, url: '', place: l.place ?? '' };
}

/** The confirmation for one action: a question, a reason, or new slots. */
export function MeetingActionDialog({ action, meeting, viewer, start, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const proposes = action === 'counter' || action === 'reschedule' || action === 'edit';
  const other = otherParticipant(meeting, viewer.id);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState(action === 'edit' ? meeting.message : '');
  const [slots, setSlots] = useState<SlotDraft[]>(() =>
    action === 'edit'
      ? meeting.slots.map((s) => newSlotDraft({ ...utcToZoned(s.start, viewer.timeZone), duration: s.durationMinutes }))
      : [newSlotDraft()],
  );
  const [location, setLocation] = useState<LocationDraft>(() => initialLocation(meeting));
  const form = useMeetingForm();
  const { errors, formError, busy } = form;

  const validate = (): MeetingParse<unknown> => {
    const version = meeting.version;
    switch (action) {
      case 'decline':
        return DeclineMeetingSchema.safeParse({ version, reason });
      case 'cancel':
        return CancelMeetingSchema.safeParse({ version, reason });
      case 'counter':
        return CounterMeetingSchema.safeParse({ version, slots: slotsToInput(slots, viewer.timeZone), message });
      case 'reschedule':
        return RescheduleMeetingSchema.safeParse({ version, slots: slotsToInput(slots, viewer.timeZone), message });
      case 'edit':
        return EditMeetingSchema.safeParse({
          version,
          slots: slotsToInput(slots, viewer.timeZone),
          message,
          location: locationToInput(location),
        });
      default:
        return { success: true, data: null };
    }
  };

  const send = (data: unknown): Promise<MeetingDto> => {
    const v = meeting.version;
    switch (action) {
      case 'accept':
        return acceptMeeting(meeting.id, v, start ?? '');
      case 'decline':
        return declineMeeting(meeting.id, v, reason.trim());
      case 'cancel':
        return cancelMeeting(meeting.id, v, reason.trim());
      case 'edit':
        return editMeeting(meeting.id, data as Parameters<typeof editMeeting>[1]);
      default:
        return proposeNewSlots(meeting.id, action, data as Parameters<typeof proposeNewSlots>[2]);
    }
  };

  const submit = (event: SyntheticEvent) =>
    form.submit(event, {
      parsed: validate(),
      extra: proposes ? pastSlotErrors(slots, viewer.timeZone, t) : {},
      send: async (data) => onDone(await send(data), action),
      handled: (error) => {
        if (conflictReason(error) !== 'stale') return false;
        onStale();
        return true;
      },
    });

  const acceptedSlot = meeting.slots.find((s) => s.start === start);
  return (
    <MeetingFormDialog
      title={t(`meetings.actions.${action}.title`, { name: other.displayName })}
      wide={proposes}
      busy={busy}
      formError={formError}
      cancelLabel={t('meetings.actions.back')}
      submitLabel={t(`meetings.actions.${action}.confirm`)}
      submitColor={action === 'decline' || action === 'cancel' ? 'error' : 'primary'}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
    >
      <Stack spacing={2.5}>
        <DialogContentText component="div">
          {t(`meetings.actions.${action}.body`, { name: other.displayName })}
          {action === 'accept' && acceptedSlot ? (
            <Stack sx={{ mt: 1.5 }}>
              <ZonedRange
                start={acceptedSlot.start}
                end={acceptedSlot.end}
                viewerZone={viewer.timeZone}
                otherZone={other.timeZone}
                otherLabel={other.displayName}
              />
            </Stack>
          ) : null}
        </DialogContentText>
        {action === 'decline' || action === 'cancel' ? (
          <TextField
            autoFocus
            label={t('meetings.actions.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            multiline
            minRows={2}
            error={Boolean(errors.reason)}
            helperText={errors.reason ?? t('meetings.actions.reasonHelp')}
            slotProps={{ htmlInput: { maxLength: MEETING_LIMITS.reasonMax } }}
          />
        ) : null}
        {proposes ? (
          <>
            <ProposalFields
              idPrefix={id}
              slots={slots}
              onChange={setSlots}
              errors={errors}
              viewerZone={viewer.timeZone}
              otherZone={other.timeZone}
              otherName={other.displayName}
              otherProfileId={other.profileId}
            />
            {action === 'edit' ? (
              <LocationFields idPrefix={id} value={location} onChange={setLocation} errors={errors} />
            ) : null}
            <TextField
              label={t('meetings.form.message')}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              multiline
              minRows={2}
              error={Boolean(errors.message)}
              helperText={errors.message}
              slotProps={{ htmlInput: { maxLength: MEETING_LIMITS.messageMax } }}
            />
          </>
        ) : null}
      </Stack>
    </MeetingFormDialog>
  );
}
