import { useId, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { ApplySchema, CALL_LIMITS, type ApplicationDto } from '@musubi/shared';
import { applyToCall } from '../../api/calls';
import { FormAlert } from '../../forms/FormAlert';
import { issuesToPathErrors, type FieldErrors } from '../../forms/validation';
import { describeCallError } from './callText';

interface Props {
  callId: string;
  callTitle: string;
  onClose(): void;
  onApplied(application: ApplicationDto): void;
}

const pitchInput = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});

/** A pitch in Japanese and/or English and up to five http(s) links; checked with the shared schema. */
export function ApplyDialog({ callId, callTitle, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const [pitchJa, setPitchJa] = useState('');
  const [pitchEn, setPitchEn] = useState('');
  const [links, setLinks] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { pitch: pitchInput(pitchJa, pitchEn), links: links.map((l) => l.trim()).filter(Boolean) };
    const parsed = ApplySchema.safeParse(input);
    if (!parsed.success) {
      setErrors(
        issuesToPathErrors(parsed.error.issues, input, t, (issue) => {
          if (issue.path[0] === 'pitch' && issue.code === 'custom') return t('calls.apply.errors.pitch');
          if (issue.path[0] === 'links') return t('calls.apply.errors.link');
          return undefined;
        }),
      );
      setFormError(t('validation.summary'));
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      onApplied(await applyToCall(callId, parsed.data.pitch, parsed.data.links));
    } catch (error) {
      setFormError(describeCallError(error, t));
      setBusy(false);
    }
  };

  // Links are checked after blanks are dropped; map an issue back to the box it came from.
  const filled = links.map((l, index) => ({ l: l.trim(), index })).filter((x) => x.l);
  const linkError = (index: number) => {
    const position = filled.findIndex((x) => x.index === index);
    return position >= 0 ? errors[`links.${position}`] : undefined;
  };
  const pitchError = errors.pitch ?? errors['pitch.ja'] ?? errors['pitch.en'];

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
    >
      <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id={titleId}>{t('calls.apply.title', { title: callTitle })}</DialogTitle>
        <DialogContent>
          <FormAlert error={formError} />
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t('calls.apply.intro')}
            </Typography>
            <TextField
              label={t('calls.apply.pitchJa')}
              value={pitchJa}
              onChange={(e) => setPitchJa(e.target.value)}
              multiline
              minRows={3}
              error={Boolean(pitchError)}
              slotProps={{ htmlInput: { lang: 'ja', maxLength: CALL_LIMITS.pitchMax } }}
            />
            <TextField
              label={t('calls.apply.pitchEn')}
              value={pitchEn}
              onChange={(e) => setPitchEn(e.target.value)}
              multiline
              minRows={3}
              error={Boolean(pitchError)}
              helperText={pitchError ?? t('calls.apply.pitchHelp')}
              slotProps={{ htmlInput: { lang: 'en', maxLength: CALL_LIMITS.pitchMax } }}
            />
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 1 }}>
              <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
                {t('calls.apply.links', { max: CALL_LIMITS.linksMax })}
              </Typography>
              {links.map((link, index) => (
                <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                  <TextField
                    fullWidth
                    size="small"
                    type="url"
                    label={t('calls.apply.link', { n: index + 1 })}
                    value={link}
                    onChange={(e) => setLinks((current) => current.map((l, i) => (i === index ? e.target.value : l)))}
                    error={Boolean(linkError(index))}
                    helperText={linkError(index)}
                    placeholder="https://"
                  />
                  <IconButton
                    aria-label={t('calls.apply.removeLink', { n: index + 1 })}
                    onClick={() => setLinks((current) => current.filter((_, i) => i !== index))}
                  >
                    <DeleteOutline />
                  </IconButton>
                </Box>
              ))}
              {links.length < CALL_LIMITS.linksMax ? (
                <Box>
                  <Button size="small" startIcon={<Add />} onClick={() => setLinks((current) => [...current, ''])}>
                    {t('calls.apply.addLink')}
                  </Button>
                </Box>
              ) : null}
            </Box>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('calls.actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {t('calls.apply.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
