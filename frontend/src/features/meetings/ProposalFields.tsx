import Stack from '@mui/material/Stack';
import { MEETING_LIMITS } from '@musubi/shared';
import { FreeSlotList, useFreeSlots } from './FreeSlots';
import { newSlotDraft } from './meetingForm';
import { utcToZoned, zonedToUtc } from './meetingTime';
import { SlotPicker, type SlotPickerProps } from './SlotPicker';

type Props = Omit<SlotPickerProps, 'free'> & {
  /** Whose free slots to offer (none when the other person has no profile). */
  otherProfileId: string | null;
};

/** Proposed slots with the other person's free slots beside them, click to add. */
export function ProposalFields({
  idPrefix,
  slots,
  onChange,
  errors,
  viewerZone,
  otherZone,
  otherName,
  otherProfileId,
}: Props) {
  const duration = slots[0]?.duration ?? 30;
  const { free, loading } = useFreeSlots(otherProfileId, duration);
  const chosen = slots.map((s) => zonedToUtc(s.date, s.time, viewerZone)?.toISOString()).filter(Boolean) as string[];
  const blank = slots.find((s) => !s.date && !s.time);

  const pick = (start: string) => {
    const wall = utcToZoned(start, viewerZone);
    if (blank) onChange(slots.map((s) => (s.key === blank.key ? { ...s, ...wall } : s)));
    else if (slots.length < MEETING_LIMITS.slotsMax) onChange([...slots, newSlotDraft({ ...wall, duration })]);
  };

  return (
    <Stack spacing={2.5}>
      <SlotPicker
        idPrefix={idPrefix}
        slots={slots}
        onChange={onChange}
        errors={errors}
        viewerZone={viewerZone}
        otherZone={otherZone ?? free?.timeZone}
        otherName={otherName}
        free={free}
      />
      {otherProfileId ? (
        <FreeSlotList
          headingId={`${idPrefix}-free`}
          free={free}
          loading={loading}
          viewerZone={viewerZone}
          otherName={otherName}
          chosen={chosen}
          full={!blank && slots.length >= MEETING_LIMITS.slotsMax}
          onPick={pick}
        />
      ) : null}
    </Stack>
  );
}
