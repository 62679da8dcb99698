import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import Done from '@mui/icons-material/Done';
import DoneAll from '@mui/icons-material/DoneAll';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import Schedule from '@mui/icons-material/Schedule';
import { useTranslation } from 'react-i18next';
import type { ConversationMemberDto } from '@musubi/shared';
import { ChatAvatar } from './ChatAvatar';
import { MessageText } from './MessageText';

export type DeliveryState = 'sending' | 'sent' | 'read' | 'failed';

export interface BubbleProps {
  text: string;
  mine: boolean;
  time: string;
  edited: boolean;
  deleted: boolean;
  state?: DeliveryState;
  /** Why a message could not be sent (translated). */
  error?: string;
  onRetry?(): void;
  onDiscard?(): void;
  onEdit?(): void;
  onDelete?(): void;
  /**
   * Groups, others' messages: who wrote it — shown (name and avatar) on the first message of a
   * run from one sender; `continued` for the next ones (indented to line up, no name).
   */
  sender?: { name: string; member: ConversationMemberDto | undefined; organiser: boolean } | 'continued';
  /** Groups, own messages: how many members have read it ("Read by N" instead of "Read"). */
  readBy?: number;
}

const SENDER_AVATAR = 28;

const stateIcon = { sending: Schedule, sent: Done, read: DoneAll, failed: ErrorOutline } as const;

/** One message: text as text, time, "edited", and for your own its delivery state and actions. */
export function MessageBubble(props: BubbleProps) {
  const { text, mine, time, edited, deleted, state, error, sender, readBy } = props;
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const Icon = state ? stateIcon[state] : null;
  const canChange = mine && !deleted && (state === 'sent' || state === 'read') && (props.onEdit || props.onDelete);

  return (
    <Box
      sx={{
        display: 'flex',
        justifyContent: mine ? 'flex-end' : 'flex-start',
        alignItems: 'flex-start',
        gap: 0.25,
        px: { xs: 1, sm: 2 },
        py: 0.5,
        // On devices with a mouse, the actions button appears on hover or keyboard focus.
        '@media (hover: hover)': {
          '& .message-actions': { opacity: 0 },
          '&:hover .message-actions, & .message-actions:focus-visible, & .message-actions[aria-expanded="true"]': {
            opacity: 1,
          },
        },
      }}
    >
      {canChange ? (
        <>
          <IconButton
            size="small"
            aria-label={t('chat.message.actions')}
            aria-haspopup="menu"
            aria-expanded={anchor ? 'true' : undefined}
            aria-controls={anchor ? menuId : undefined}
            onClick={(event) => setAnchor(event.currentTarget)}
            className="message-actions"
            sx={{ mt: 0.5, color: 'text.secondary' }}
          >
            <MoreVert fontSize="small" />
          </IconButton>
          <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
            {props.onEdit ? (
              <MenuItem
                onClick={() => {
                  setAnchor(null);
                  props.onEdit?.();
                }}
              >
                {t('chat.message.edit')}
              </MenuItem>
            ) : null}
            {props.onDelete ? (
              <MenuItem
                onClick={() => {
                  setAnchor(null);
                  props.onDelete?.();
                }}
              >
                {t('chat.message.delete')}
              </MenuItem>
            ) : null}
          </Menu>
        </>
      ) : null}
      {sender === 'continued' ? <Box sx={{ width: SENDER_AVATAR, flex: 'none', mr: 0.75 }} /> : null}
      {sender && sender !== 'continued' ? (
        <Box sx={{ flex: 'none', mr: 0.75, mt: 2.5 }}>
          <ChatAvatar member={sender.member} size={SENDER_AVATAR} />
        </Box>
      ) : null}
      <Box
        sx={{
          maxWidth: { xs: '82%', sm: '70%' },
          display: 'flex',
          flexDirection: 'column',
          alignItems: mine ? 'flex-end' : 'flex-start',
        }}
      >
        {sender && sender !== 'continued' ? (
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ px: 0.5, mb: 0.25, fontWeight: 600, display: 'flex', gap: 0.75 }}
          >
            <span>{sender.name}</span>
            {sender.organiser ? (
              <Box component="span" sx={{ color: 'primary.main' }}>
                {t('chat.group.organiser')}
              </Box>
            ) : null}
          </Typography>
        ) : null}
        <Box
          sx={{
            px: 1.5,
            py: 1,
            borderRadius: 2.5,
            borderBottomRightRadius: mine ? 4 : undefined,
            borderBottomLeftRadius: mine ? undefined : 4,
            bgcolor: deleted ? 'transparent' : mine ? 'primary.main' : 'grey.100',
            color: deleted ? 'text.secondary' : mine ? 'primary.contrastText' : 'text.primary',
            border: deleted ? 1 : 0,
            borderColor: 'divider',
            opacity: state === 'sending' ? 0.75 : 1,
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            fontStyle: deleted ? 'italic' : undefined,
          }}
        >
          {deleted ? t('chat.message.deleted') : <MessageText text={text} />}
        </Box>
        <Typography
          variant="caption"
          color={state === 'failed' ? 'error' : 'text.secondary'}
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.25, px: 0.5 }}
        >
          <span>{time}</span>
          {edited && !deleted ? <span>· {t('chat.message.edited')}</span> : null}
          {state && Icon ? (
            <>
              <Icon sx={{ fontSize: 14 }} aria-hidden />
              <span>
                {state === 'read' && readBy !== undefined
                  ? t('chat.group.readBy', { count: readBy })
                  : t(`chat.state.${state}`)}
              </span>
            </>
          ) : null}
        </Typography>
        {state === 'failed' ? (
          <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end', gap: 0.5 }}>
            {error ? (
              <Typography variant="caption" color="error" role="alert">
                {error}
              </Typography>
            ) : null}
            {props.onRetry ? (
              <Button size="small" onClick={props.onRetry}>
                {t('chat.send.retry')}
              </Button>
            ) : null}
            {props.onDiscard ? (
              <Button size="small" color="inherit" onClick={props.onDiscard}>
                {t('chat.send.discard')}
              </Button>
            ) : null}
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
