import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import type { ConversationDto } from '@musubi/shared';
import { useAuth } from '../../auth/AuthContext';
import { useChatStore } from './ChatContext';
import { groupMemberName, groupTitle, isGroup, otherMember } from './chatFormat';

interface Toast {
  key: string;
  conversationId: string;
  /** "New message from …" (with the group's title in groups); null when unknown. */
  heading: string | null;
  text: string;
}

const TOAST_MS = 8000;
const PREVIEW_CHARS = 60;

/** "New message from …" when a message arrives in a conversation that is not on screen. */
export function ChatToasts() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const store = useChatStore();
  const [toast, setToast] = useState<Toast | null>(null);
  const { pathname } = useLocation();
  // Opening the conversation (from the list or elsewhere) answers the toast.
  const showing = Boolean(toast) && pathname !== `/messages/${toast?.conversationId}`;

  useEffect(() => {
    if (!store || !user) return;
    return store.onIncoming((message) => {
      if (store.activeConversationId === message.conversationId && document.visibilityState !== 'hidden') return;
      const chars = Array.from(message.text.replace(/\s+/g, ' ').trim());
      const text = chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('')}…` : chars.join('');
      const headingOf = (conversation: ConversationDto | undefined): string | null => {
        if (!conversation) return null;
        if (isGroup(conversation)) {
          return t('chat.group.toastFrom', {
            name: groupMemberName(conversation, message.senderId, {
              member: t('chat.group.member'),
              unnamed: t('chat.neutralMember'),
            }),
            group: groupTitle(conversation, i18n.language) ?? t('chat.group.untitled'),
          });
        }
        const name = otherMember(conversation, user.id)?.displayName;
        return name ? t('chat.toast.from', { name }) : null;
      };
      const show = (conversation: ConversationDto | undefined) =>
        setToast({
          key: message.id,
          conversationId: message.conversationId,
          heading: headingOf(conversation),
          text,
        });
      const known = store.conversation(message.conversationId);
      if (known) show(known);
      // Not on the messages page yet: fetch the conversation to name the sender.
      else store.loadConversation(message.conversationId).then(show, () => show(undefined));
    });
  }, [store, user, t, i18n.language]);

  const close = () => setToast(null);
  return (
    <Snackbar
      key={toast?.key}
      open={showing}
      autoHideDuration={TOAST_MS}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') close();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      message={
        toast ? (
          <span>
            <strong>{toast.heading ?? t('chat.toast.new')}</strong>
            <br />
            {toast.text}
          </span>
        ) : null
      }
      action={
        toast ? (
          <>
            <Button
              component={RouterLink}
              to={`/messages/${toast.conversationId}`}
              size="small"
              onClick={close}
              sx={{ color: '#ffb4a6' }}
            >
              {t('chat.toast.open')}
            </Button>
            <IconButton size="small" color="inherit" aria-label={t('chat.toast.close')} onClick={close}>
              <Close fontSize="small" />
            </IconButton>
          </>
        ) : null
      }
    />
  );
}
