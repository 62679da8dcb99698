import { useId, useState, type SyntheticEvent } from 'react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CreateMeetingSchema, MEETING_LIMITS, type MeetingDto } from '@musubi/shared';
import { createMeeting } from '../../api/meetings';
import { LocationFields } from './LocationFields';
import {
  locationToInput,
  newSlotDraft,
  pastSlotErrors,
  slotsToInput,
  type LocationDraft,
  type SlotDraft,
} from './meetingForm';
import { MeetingFormDialog } from './MeetingFormDialog';
import { ProposalFields } from './ProposalFields';
import { useMeetingForm } from './useMeetingForm';

export type MeetingOrigin = 'profile' | 'suggestion' | 'conversation';

interface Props {
  onClose(): void;
  profileId: string;
  name: string;
  origin: MeetingOrigin;
  viewerZone: string;
  onCreated(meeting: MeetingDto): void;
}

/** Message, 1–3 slots in both zones, where; validated with the shared schema before sending. */
export function RequestMeetingDialog({ onClose, profileId, name, origin, viewerZone, onCreated }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState('');
  const [slots, setSlots] = useState<SlotDraft[]>(() => [newSlotDraft()]);
  const [location, setLocation] = useState<LocationDraft>({ format: 'online', url: '', place: '' });
  const form = useMeetingForm();
  const { errors } = form;

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
    <MeetingFormDialog
      title={t('meetings.request.title', { name })}
      wide
      busy={form.busy}
      formError={form.formError}
      cancelLabel={t('common.cancel')}
      submitLabel={t('meetings.request.send')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
    >
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
    </MeetingFormDialog>
  );
}
