import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS, type MeetingDto, type MeetingOutcome } from '@musubi/shared';
import { saveMeetingOutcome } from '../../api/meetings';
import { FormAlert } from '../../forms/FormAlert';
import { describeMeetingError } from './meetingErrors';

interface Props {
  meeting: MeetingDto;
  onSaved(meeting: MeetingDto): void;
}

/** After the start: held or no-show, and notes only the viewer ever sees. */
export function MeetingOutcomeSection({ meeting, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<MeetingOutcome | ''>(meeting.myOutcome ?? '');
  const [notes, setNotes] = useState(meeting.myNotes);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});

  const save = async () => {
    setBusy(true);
    setStatus({});
    try {
      onSaved(await saveMeetingOutcome(meeting.id, { outcome: outcome || null, notes }));
      setStatus({ success: t('meetings.outcome.saved') });
    } catch (error) {
      setStatus({ error: describeMeetingError(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <FormAlert error={status.error} success={status.success} />
      <FormControl>
        <FormLabel id={`${id}-outcome`}>{t('meetings.outcome.question')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={`${id}-outcome`}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as MeetingOutcome | '')}
        >
          <FormControlLabel value="held" control={<Radio />} label={t('meetings.outcome.held')} />
          <FormControlLabel value="no_show" control={<Radio />} label={t('meetings.outcome.no_show')} />
          <FormControlLabel value="" control={<Radio />} label={t('meetings.outcome.unset')} />
        </RadioGroup>
      </FormControl>
      <TextField
        label={t('meetings.outcome.notes')}
        helperText={t('meetings.outcome.notesHelp')}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { maxLength: MEETING_LIMITS.notesMax } }}
      />
      <Stack direction="row">
        <Button variant="contained" loading={busy} onClick={() => void save()}>
          {t('meetings.outcome.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
