import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMATS, MEETING_LIMITS, type MeetingFormat } from '@musubi/shared';
import type { LocationDraft, MeetingFieldErrors } from './meetingForm';

interface Props {
  idPrefix: string;
  value: LocationDraft;
  onChange(value: LocationDraft): void;
  errors: MeetingFieldErrors;
}

/** Online with a link, in person at a place, or at an event. */
export function LocationFields({ idPrefix, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const labelId = `${idPrefix}-format`;
  return (
    <Stack spacing={1.5}>
      <FormControl>
        <FormLabel id={labelId}>{t('meetings.form.format')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={labelId}
          value={value.format}
          onChange={(event) => onChange({ ...value, format: event.target.value as MeetingFormat })}
        >
          {MEETING_FORMATS.map((format) => (
            <FormControlLabel key={format} value={format} control={<Radio />} label={t(`meetings.format.${format}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      {value.format === 'online' ? (
        <TextField
          type="url"
          label={t('meetings.form.url')}
          value={value.url}
          onChange={(event) => onChange({ ...value, url: event.target.value })}
          error={Boolean(errors['location.url'])}
          helperText={errors['location.url'] ?? t('meetings.form.urlHelp')}
          placeholder="https://"
          slotProps={{ htmlInput: { maxLength: MEETING_LIMITS.urlMax, inputMode: 'url' } }}
        />
      ) : (
        <TextField
          label={value.format === 'event' ? t('meetings.form.eventPlace') : t('meetings.form.place')}
          value={value.place}
          required={value.format === 'in_person'}
          onChange={(event) => onChange({ ...value, place: event.target.value })}
          error={Boolean(errors['location.place'])}
          helperText={
            errors['location.place'] ?? (value.format === 'event' ? t('meetings.form.eventPlaceHelp') : undefined)
          }
          slotProps={{ htmlInput: { maxLength: MEETING_LIMITS.placeMax } }}
        />
      )}
    </Stack>
  );
}
