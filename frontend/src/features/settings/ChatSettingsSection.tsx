import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { fetchChatSettings, updateChatSettings } from '../../api/chat';
import { describeApiError } from '../../api/errors';
import { SettingsSection } from './SettingsSection';

/** Messaging preferences: whether others see when you have read their messages. */
export function ChatSettingsSection() {
  const { t } = useTranslation();
  const [receipts, setReceipts] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetchChatSettings()
      .then((settings) => {
        if (live) setReceipts(settings.sendReadReceipts);
      })
      .catch(() => {
        // Read receipts are on unless turned off: show the default and let the switch save.
        if (live) setReceipts(true);
      });
    return () => {
      live = false;
    };
  }, []);

  const change = async (next: boolean) => {
    setBusy(true);
    setError(null);
    const previous = receipts;
    setReceipts(next);
    try {
      const saved = await updateChatSettings({ sendReadReceipts: next });
      setReceipts(saved.sendReadReceipts);
    } catch (err) {
      setReceipts(previous);
      setError(describeApiError(err, t).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="settings-chat" title={t('settings.chat.title')} lead={t('settings.chat.lead')}>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      <FormControlLabel
        control={
          <Switch
            checked={receipts ?? true}
            disabled={receipts === null || busy}
            onChange={(event) => void change(event.target.checked)}
          />
        }
        label={t('settings.chat.readReceipts')}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('settings.chat.readReceiptsHint')}
      </Typography>
    </SettingsSection>
  );
}
