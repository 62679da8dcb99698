import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type FreeSlotsDto } from '@musubi/shared';
import { SelectField } from '../../forms/SelectField';
import { DURATIONS, newSlotDraft, type MeetingFieldErrors, type SlotDraft } from './meetingForm';
import { addMinutes, zonedToUtc } from './meetingTime';
import { ZonedRange } from './ZonedRange';

export interface SlotPickerProps {
  idPrefix: string;
  slots: SlotDraft[];
  onChange(slots: SlotDraft[]): void;
  errors: MeetingFieldErrors;
  viewerZone: string;
  otherZone?: string | null;
  otherName: string;
  /** The other person's free slots: a proposal outside them is flagged. */
  free?: FreeSlotsDto | null;
}

/** True when the receiver set availability and the slot falls outside every free range we know. */
function outsideFree(start: string, end: string, free: FreeSlotsDto | null | undefined): boolean {
  if (!free?.hasAvailability || free.slots.length === 0) return false;
  const lastEnd = Math.max(...free.slots.map((s) => Date.parse(s.end)));
  if (Date.parse(start) >= lastEnd) return false; // beyond what we were told: unknown
  return !free.slots.some((s) => Date.parse(s.start) <= Date.parse(start) && Date.parse(end) <= Date.parse(s.end));
}

/** 1–3 proposed slots: date, start time on the quarter hour and a duration, each in the viewer's zone. */
export function SlotPicker({
  idPrefix,
  slots,
  onChange,
  errors,
  viewerZone,
  otherZone,
  otherName,
  free,
}: SlotPickerProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<SlotDraft>) =>
    onChange(slots.map((slot) => (slot.key === key ? { ...slot, ...patch } : slot)));
  const durationOptions = DURATIONS.map((d) => ({ value: String(d), label: t('meetings.form.minutes', { count: d }) }));

  return (
    <Stack spacing={2}>
      {slots.map((slot, i) => {
        const legendId = `${idPrefix}-slot-${slot.key}`;
        const start = zonedToUtc(slot.date, slot.time, viewerZone)?.toISOString();
        const end = start ? addMinutes(start, slot.duration) : undefined;
        const startError = errors[`slots.${i}.start`];
        const durationError = errors[`slots.${i}.durationMinutes`];
        return (
          <Box
            key={slot.key}
            role="group"
            aria-labelledby={legendId}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: { xs: 1.5, sm: 2 } }}
          >
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
              <Typography id={legendId} variant="subtitle2" component="p">
                {t('meetings.form.slotLabel', { number: i + 1 })}
              </Typography>
              {slots.length > MEETING_LIMITS.slotsMin ? (
                <IconButton
                  size="small"
                  aria-label={t('meetings.form.removeSlot', { number: i + 1 })}
                  onClick={() => onChange(slots.filter((s) => s.key !== slot.key))}
                >
                  <DeleteOutline fontSize="small" />
                </IconButton>
              ) : null}
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
              <TextField
                type="date"
                label={t('meetings.form.date')}
                value={slot.date}
                onChange={(event) => update(slot.key, { date: event.target.value })}
                error={Boolean(startError)}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-describedby': `${legendId}-preview` } }}
                sx={{ flex: 1.4 }}
              />
              <TextField
                type="time"
                label={t('meetings.form.time')}
                value={slot.time}
                onChange={(event) => update(slot.key, { time: event.target.value })}
                error={Boolean(startError)}
                helperText={startError}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: MEETING_LIMITS.blockMinutes * 60 } }}
                sx={{ flex: 1 }}
              />
              <SelectField
                label={t('meetings.form.duration')}
                value={String(slot.duration)}
                options={durationOptions}
                onChange={(value) => update(slot.key, { duration: Number(value) })}
                error={Boolean(durationError)}
                helperText={durationError}
                sx={{ flex: 1 }}
              />
            </Stack>
            <Box id={`${legendId}-preview`} aria-live="polite" sx={{ mt: 1, minHeight: 24 }}>
              {start && end ? (
                <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                  <ZonedRange
                    start={start}
                    end={end}
                    viewerZone={viewerZone}
                    otherZone={otherZone}
                    otherLabel={otherName}
                  />
                  {outsideFree(start, end, free) ? (
                    <Chip
                      size="small"
                      color="warning"
                      variant="outlined"
                      label={t('meetings.form.outsideAvailability')}
                    />
                  ) : null}
                </Stack>
              ) : null}
            </Box>
          </Box>
        );
      })}
      {errors.slots ? (
        <Typography color="error" variant="body2" role="alert">
          {errors.slots}
        </Typography>
      ) : null}
      {slots.length < MEETING_LIMITS.slotsMax ? (
        <Box>
          <Button
            startIcon={<Add />}
            onClick={() => onChange([...slots, newSlotDraft({ duration: slots.at(-1)?.duration ?? 30 })])}
          >
            {t('meetings.form.addSlot')}
          </Button>
        </Box>
      ) : null}
    </Stack>
  );
}
