import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import PhotoCamera from '@mui/icons-material/PhotoCamera';
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS, type ProfileDto } from '@musubi/shared';
import { describeApiError } from '../../api/errors';
import { removeMyAvatar, uploadMyAvatar } from '../../api/profiles';

const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_MB = PROFILE_LIMITS.avatarMaxBytes / (1024 * 1024);

interface Props {
  profile: ProfileDto;
  onChange(profile: ProfileDto): void;
}

/** The owner's picture: upload (PNG, JPEG or WebP up to 1 MB, checked here first) or remove. */
export function AvatarControls({ profile, onChange }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const messages = {
    payload_too_large: t('profileView.avatar.tooLarge', { max: MAX_MB }),
    unsupported_media_type: t('profileView.avatar.unsupported'),
  };

  const run = async (action: () => Promise<ProfileDto>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      onChange(await action());
      setMessage({ error: false, text: done });
    } catch (error) {
      setMessage({ error: true, text: describeApiError(error, t, messages).message });
    } finally {
      setBusy(false);
    }
  };

  const upload = (file: File | undefined) => {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) {
      setMessage({ error: true, text: messages.unsupported_media_type });
      return;
    }
    if (file.size > PROFILE_LIMITS.avatarMaxBytes) {
      setMessage({ error: true, text: messages.payload_too_large });
      return;
    }
    void run(() => uploadMyAvatar(file), t('profileView.avatar.uploaded'));
  };

  return (
    <Box data-print="hide" sx={{ textAlign: { sm: 'center' } }}>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED.join(',')}
        aria-label={t('profileView.avatar.choose')}
        hidden
        onChange={(event) => {
          upload(event.target.files?.[0]);
          // The same file chosen again (after fixing it elsewhere) should still fire a change.
          event.target.value = '';
        }}
      />
      <Stack spacing={0.25} sx={{ alignItems: { xs: 'flex-start', sm: 'center' } }}>
        <Button size="small" startIcon={<PhotoCamera />} loading={busy} onClick={() => input.current?.click()}>
          {profile.hasAvatar ? t('profileView.avatar.change') : t('profileView.avatar.add')}
        </Button>
        {profile.hasAvatar ? (
          <Button
            size="small"
            color="inherit"
            startIcon={<DeleteOutlined />}
            disabled={busy}
            onClick={() => void run(removeMyAvatar, t('profileView.avatar.removed'))}
          >
            {t('profileView.avatar.remove')}
          </Button>
        ) : null}
      </Stack>
      <Box aria-live="polite" aria-atomic="true">
        {message ? (
          <Typography
            variant="caption"
            role={message.error ? 'alert' : undefined}
            color={message.error ? 'error' : 'success.dark'}
            sx={{ display: 'block', mt: 0.5 }}
          >
            {message.text}
          </Typography>
        ) : null}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {t('profileView.avatar.hint', { max: MAX_MB })}
      </Typography>
    </Box>
  );
}
