import { useState } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import ChatBubbleOutline from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { startConversation } from '../../api/chat';
import { describeApiError } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { useChatStore } from './ChatContext';

interface Props {
  profileId: string;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
  /** Reports a failure (translated) to the page. */
  onError?(message: string): void;
  /** "Message" rather than "Send a message", for cards. */
  short?: boolean;
}

/** Opens (or starts) the conversation with a profile's owner; visitors are sent to log in. */
export function MessageButton({ profileId, size, variant = 'contained', onError, short = false }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const store = useChatStore();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    if (!user) {
      await navigate(`/login?next=${encodeURIComponent(`/profiles/${profileId}`)}`);
      return;
    }
    setBusy(true);
    try {
      const conversation = await startConversation(profileId);
      store?.upsertConversation(conversation);
      await navigate(`/messages/${conversation.id}`);
    } catch (error) {
      setBusy(false);
      const message = describeApiError(error, t).message;
      if (onError) onError(message);
      else setError(message);
    }
  };

  return (
    <>
      <Button
        size={size}
        variant={variant}
        startIcon={<ChatBubbleOutline />}
        loading={busy}
        onClick={() => void open()}
        sx={{ whiteSpace: 'nowrap', px: size === 'small' ? 1 : undefined }}
      >
        {short ? t('chat.messageShort') : t('chat.messageButton')}
      </Button>
      <Snackbar
        open={Boolean(error)}
        autoHideDuration={8000}
        onClose={() => setError(null)}
        message={error}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </>
  );
}
