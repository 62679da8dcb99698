import { Fragment, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import MoreVert from '@mui/icons-material/MoreVert';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CHAT_LIMITS, type ConversationDto, type MessageDto } from '@musubi/shared';
import { blockConversation, reportConversation, unblockConversation } from '../../api/chat';
import { describeApiError } from '../../api/errors';
import { RequestMeetingButton } from '../meetings';
import { useChatState, useChatStore } from './ChatContext';
import { ChatAvatar, GroupAvatar } from './ChatAvatar';
import {
  conversationName,
  dayKey,
  formatDay,
  formatTime,
  formatWhen,
  isGroup,
  groupMemberName,
  memberById,
  otherMember,
  readByCount,
} from './chatFormat';
import { idAtLeast, type OutboxItem } from './chatStore';
import { Composer } from './Composer';
import { MessageBubble, type BubbleProps, type DeliveryState } from './MessageBubble';
import { ReadOnlyComposer } from './ReadOnlyComposer';

interface Props {
  conversation: ConversationDto;
  userId: string;
  timeZone?: string;
  /** Shown on phones, where the list is a screen of its own. */
  showBack: boolean;
}

type Row = { kind: 'message'; message: MessageDto } | { kind: 'outbox'; item: OutboxItem };

const rowTime = (row: Row) => (row.kind === 'message' ? row.message.createdAt : row.item.createdAt);
const NEAR_BOTTOM_PX = 150;

function ThreadHeader({ conversation, userId, showBack, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const store = useChatStore();
  const group = isGroup(conversation);
  const other = group ? undefined : otherMember(conversation, userId);
  const title = conversationName(conversation, userId, i18n.language, {
    untitled: t('chat.group.untitled'),
    unknown: t('chat.unknownMember'),
    unnamed: t('chat.neutralMember'),
  });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const menuId = useId();

  const presence = group
    ? t('chat.group.members', { count: conversation.memberCount })
    : other?.online
      ? t('chat.presence.online')
      : other?.lastSeenAt
        ? t('chat.presence.lastSeen', { time: formatWhen(other.lastSeenAt, i18n.language, timeZone) })
        : null;

  const toggleBlock = async () => {
    setAnchor(null);
    try {
      const updated = conversation.blockedByMe
        ? await unblockConversation(conversation.id)
        : await blockConversation(conversation.id);
      if (updated) store?.upsertConversation(updated);
      else await store?.loadConversation(conversation.id);
      setNotice({
        severity: 'success',
        text: conversation.blockedByMe ? t('chat.actions.unblocked') : t('chat.actions.blocked'),
      });
    } catch (error) {
      setNotice({ severity: 'error', text: describeApiError(error, t).message });
    }
  };

  const sendReport = async () => {
    try {
      await reportConversation(conversation.id, reason.trim());
      setReporting(false);
      setReason('');
      setNotice({ severity: 'success', text: t('chat.report.sent') });
    } catch (error) {
      setNotice({ severity: 'error', text: describeApiError(error, t).message });
    }
  };

  return (
    <>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1.5,
          px: { xs: 1, sm: 2 },
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
          minHeight: 64,
        }}
      >
        {showBack ? (
          <IconButton component={RouterLink} to="/messages" aria-label={t('chat.back')} edge="start">
            <ArrowBack />
          </IconButton>
        ) : null}
        {group ? (
          <GroupAvatar
            size={40}
            label={conversation.membersCanPost ? t('chat.group.icon') : t('chat.group.announcementIcon')}
            announcement={!conversation.membersCanPost}
          />
        ) : (
          <ChatAvatar member={other} size={40} />
        )}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 700, lineHeight: 1.3 }} noWrap>
            {group ? (
              title
            ) : other?.profileId ? (
              <Box component={RouterLink} to={`/profiles/${other.profileId}`} sx={{ color: 'inherit' }}>
                {title}
              </Box>
            ) : (
              title
            )}
          </Typography>
          {presence ? (
            <Typography
              variant="caption"
              color={!group && other?.online ? 'success.dark' : 'text.secondary'}
              noWrap
              component="p"
            >
              {presence}
            </Typography>
          ) : null}
        </Box>
        {group && conversation.eventId ? (
          <Button component={RouterLink} to={`/events/${encodeURIComponent(conversation.eventId)}`} size="small">
            {t('chat.group.eventLink')}
          </Button>
        ) : null}
        {other?.profileId && !conversation.blocked ? (
          <RequestMeetingButton
            profileId={other.profileId}
            name={other.displayName}
            origin="conversation"
            size="small"
            short
          />
        ) : null}
        <IconButton
          aria-label={t('chat.actions.menu')}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          aria-controls={anchor ? menuId : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
          edge="end"
        >
          <MoreVert />
        </IconButton>
        <Menu
          id={menuId}
          anchorEl={anchor}
          open={Boolean(anchor)}
          onClose={() => setAnchor(null)}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        >
          {group ? null : (
            <MenuItem onClick={() => void toggleBlock()}>
              {conversation.blockedByMe ? t('chat.actions.unblock') : t('chat.actions.block')}
            </MenuItem>
          )}
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setReporting(true);
            }}
          >
            {t('chat.actions.report')}
          </MenuItem>
        </Menu>
      </Box>
      {notice ? (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ borderRadius: 0 }}>
          {notice.text}
        </Alert>
      ) : null}
      <Dialog open={reporting} onClose={() => setReporting(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('chat.report.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {group ? t('chat.group.reportLead') : t('chat.report.lead')}
          </Typography>
          <TextField
            label={t('chat.report.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            multiline
            minRows={3}
            fullWidth
            slotProps={{ htmlInput: { maxLength: CHAT_LIMITS.reportReasonMax } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setReporting(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" disabled={!reason.trim()} onClick={() => void sendReport()}>
            {t('chat.report.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function EditDialog({ message, onClose }: { message: MessageDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const store = useChatStore();
  const [text, setText] = useState(message?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!message || !store) return;
    const res = await store.edit(message.id, text);
    if (res.ok) onClose();
    else setError(t(`chat.errors.${res.error.code}`, { defaultValue: t('chat.errors.generic') }));
  };
  return (
    <Dialog open={Boolean(message)} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('chat.message.editTitle')}</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <TextField
          value={text}
          onChange={(event) => setText(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { 'aria-label': t('chat.message.editLabel') } }}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!text.trim() || Array.from(text).length > CHAT_LIMITS.messageMaxChars}
          onClick={() => void save()}
        >
          {t('chat.message.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** One conversation: header, the messages (a live log), and the composer. */
export function ThreadView(props: Props) {
  const { conversation, userId, timeZone } = props;
  const { t, i18n } = useTranslation();
  const store = useChatStore();
  const state = useChatState();
  const thread = state.threads[conversation.id];
  const messages = useMemo(() => thread?.messages ?? [], [thread]);
  const group = isGroup(conversation);
  const other = group ? undefined : otherMember(conversation, userId);
  const name = conversationName(conversation, userId, i18n.language, {
    untitled: t('chat.group.untitled'),
    unknown: t('chat.unknownMember'),
    unnamed: t('chat.neutralMember'),
  });
  const typingId = state.typing[conversation.id];
  const typingName = !typingId
    ? null
    : group
      ? groupMemberName(conversation, typingId, { member: t('chat.group.member'), unnamed: t('chat.neutralMember') })
      : other?.displayName;
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<MessageDto | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const lastLayout = useRef<{ firstId: string | null; height: number; top: number; nearBottom: boolean }>({
    firstId: null,
    height: 0,
    top: 0,
    nearBottom: true,
  });
  const lastMarked = useRef<string | null>(null);

  const conversationId = conversation.id;
  const loaded = thread?.loaded ?? false;

  useEffect(() => {
    if (!store || loaded) return;
    store.loadLatest(conversationId).catch((error: unknown) => setLoadError(describeApiError(error, t).message));
  }, [store, conversationId, loaded, t]);

  useEffect(() => {
    if (!store) return;
    return store.showing(conversationId);
  }, [store, conversationId]);

  // Read while on screen: mark the latest message read whenever a new one arrives.
  const lastMessage = messages[messages.length - 1];
  const lastOtherId = [...messages].reverse().find((m) => m.senderId !== userId)?.id ?? null;
  const lastId = lastMessage?.id ?? null;
  const unread = conversation.unreadCount;
  useEffect(() => {
    if (!store || !lastId || !lastOtherId) return;
    const mark = () => {
      if (document.visibilityState === 'hidden') return;
      if (lastMarked.current === lastId && unread === 0) return;
      lastMarked.current = lastId;
      store.markRead(conversationId, lastId);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [store, conversationId, lastId, lastOtherId, unread]);

  const outbox = useMemo(
    () => state.outbox.filter((item) => item.conversationId === conversationId),
    [state.outbox, conversationId],
  );

  const rows: Row[] = useMemo(() => {
    const stored = new Set(messages.filter((m) => m.senderId === userId).map((m) => m.clientId));
    return [
      ...messages.map((message): Row => ({ kind: 'message', message })),
      ...outbox.filter((item) => !stored.has(item.clientId)).map((item): Row => ({ kind: 'outbox', item })),
    ];
  }, [messages, outbox, userId]);

  // Keep the reader's place when older messages load above; follow new ones when at the bottom.
  useLayoutEffect(() => {
    const el = logRef.current;
    if (!el) return;
    const previous = lastLayout.current;
    const firstId = messages[0]?.id ?? null;
    if (previous.firstId && firstId !== previous.firstId && el.scrollHeight > previous.height) {
      el.scrollTop = el.scrollHeight - previous.height + previous.top;
    } else if (previous.nearBottom) {
      el.scrollTop = el.scrollHeight;
    }
    lastLayout.current = {
      firstId,
      height: el.scrollHeight,
      top: el.scrollTop,
      nearBottom: el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX,
    };
  }, [rows, messages, typingName]);

  const onScroll = () => {
    const el = logRef.current;
    if (!el || !store) return;
    lastLayout.current = {
      ...lastLayout.current,
      height: el.scrollHeight,
      top: el.scrollTop,
      nearBottom: el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX,
    };
    if (el.scrollTop < 80 && thread?.hasMore && !thread.loading) {
      store.loadOlder(conversationId).catch(() => undefined);
    }
  };

  const readUpTo = other?.lastReadMessageId ?? null;
  const deliveryOf = (message: MessageDto): DeliveryState =>
    group
      ? readByCount(conversation, userId, message.id) > 0
        ? 'read'
        : 'sent'
      : readUpTo && idAtLeast(readUpTo, message.id)
        ? 'read'
        : 'sent';
  const organisers = useMemo(() => new Set(conversation.adminIds), [conversation.adminIds]);
  /** Groups: the sender shown above the first of a run of others' messages. */
  const senderOf = (message: MessageDto, previous: MessageDto | null): BubbleProps['sender'] => {
    if (!group || message.senderId === userId) return undefined;
    if (
      previous &&
      previous.senderId === message.senderId &&
      dayKey(previous.createdAt, timeZone) === dayKey(message.createdAt, timeZone)
    )
      return 'continued';
    const member = memberById(conversation, message.senderId);
    return {
      name: groupMemberName(conversation, message.senderId, {
        member: t('chat.group.member'),
        unnamed: t('chat.neutralMember'),
      }),
      member,
      organiser: organisers.has(message.senderId),
    };
  };

  const sendError = (code: string | null) =>
    code ? t(`chat.errors.${code}`, { defaultValue: t('chat.errors.generic') }) : undefined;

  const remove = async (message: MessageDto) => {
    if (!store) return;
    const res = await store.remove(message.id);
    setActionError(res.ok ? null : t(`chat.errors.${res.error.code}`, { defaultValue: t('chat.errors.generic') }));
  };

  let previousDay: string | null = null;
  let previousMessage: MessageDto | null = null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <ThreadHeader {...props} />
      <Box
        ref={logRef}
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label={group ? t('chat.group.threadLabel', { name }) : t('chat.thread.label', { name })}
        tabIndex={0}
        onScroll={onScroll}
        sx={{ flex: 1, minHeight: 0, overflowY: 'auto', py: 1, outline: 'none' }}
      >
        {thread?.loading ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 1 }}>
            <CircularProgress size={20} aria-label={t('app.loading')} />
          </Box>
        ) : null}
        {thread?.hasMore && !thread.loading ? (
          <Box sx={{ display: 'flex', justifyContent: 'center' }}>
            <Button size="small" onClick={() => store?.loadOlder(conversationId).catch(() => undefined)}>
              {t('chat.thread.older')}
            </Button>
          </Box>
        ) : null}
        {loadError ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {loadError}
          </Alert>
        ) : null}
        {loaded && rows.length === 0 ? (
          <Typography color="text.secondary" sx={{ textAlign: 'center', p: 4 }}>
            {group ? t('chat.group.empty') : t('chat.thread.empty', { name })}
          </Typography>
        ) : null}
        {rows.map((row) => {
          const time = rowTime(row);
          const day = dayKey(time, timeZone);
          const separator =
            day !== previousDay ? (
              <Box role="separator" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, my: 1.5 }}>
                <Box sx={{ flex: 1, borderTop: 1, borderColor: 'divider' }} />
                <Typography variant="caption" color="text.secondary">
                  {formatDay(time, i18n.language, timeZone)}
                </Typography>
                <Box sx={{ flex: 1, borderTop: 1, borderColor: 'divider' }} />
              </Box>
            ) : null;
          previousDay = day;
          if (row.kind === 'outbox') {
            const { item } = row;
            previousMessage = null;
            return (
              <Fragment key={`c-${item.clientId}`}>
                {separator}
                <MessageBubble
                  text={item.text}
                  mine
                  time={formatTime(item.createdAt, i18n.language, timeZone)}
                  edited={false}
                  deleted={false}
                  state={item.error ? 'failed' : 'sending'}
                  error={sendError(item.error)}
                  onRetry={item.error ? () => store?.retry(item.clientId) : undefined}
                  onDiscard={item.error ? () => store?.discard(item.clientId) : undefined}
                />
              </Fragment>
            );
          }
          const { message } = row;
          const mine = message.senderId === userId;
          const sender = senderOf(message, previousMessage);
          previousMessage = message;
          return (
            <Fragment key={message.id}>
              {separator}
              <MessageBubble
                text={message.text}
                mine={mine}
                time={formatTime(message.createdAt, i18n.language, timeZone)}
                edited={Boolean(message.editedAt)}
                deleted={Boolean(message.deletedAt)}
                state={mine ? deliveryOf(message) : undefined}
                readBy={mine && group ? readByCount(conversation, userId, message.id) : undefined}
                sender={sender}
                onEdit={mine ? () => setEditing(message) : undefined}
                onDelete={mine ? () => void remove(message) : undefined}
              />
            </Fragment>
          );
        })}
      </Box>
      <Box aria-live="polite" sx={{ minHeight: 22, px: 2 }}>
        {typingName ? (
          <Typography variant="caption" color="text.secondary">
            {t('chat.thread.typing', { name: typingName })}
          </Typography>
        ) : null}
      </Box>
      {actionError ? (
        <Alert severity="error" onClose={() => setActionError(null)} sx={{ borderRadius: 0 }}>
          {actionError}
        </Alert>
      ) : null}
      {group && !conversation.canPost ? (
        <ReadOnlyComposer />
      ) : conversation.memberDeleted ? (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          {t('chat.thread.memberDeleted')}
        </Alert>
      ) : conversation.blocked ? (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          {conversation.blockedByMe ? t('chat.thread.blockedByMe') : t('chat.thread.blocked')}
        </Alert>
      ) : (
        <Composer
          onSend={(text) => store?.send(conversationId, text)}
          onTyping={(typing) => store?.setTyping(conversationId, typing)}
        />
      )}
      <EditDialog key={editing?.id ?? 'none'} message={editing} onClose={() => setEditing(null)} />
    </Box>
  );
}
