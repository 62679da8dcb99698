import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ConversationDto } from '@musubi/shared';
import { ChatAvatar, GroupAvatar } from './ChatAvatar';
import { conversationName, formatWhen, groupMemberName, isGroup, otherMember } from './chatFormat';

interface Props {
  conversation: ConversationDto;
  active: boolean;
  userId: string;
  timeZone?: string;
}

function preview(conversation: ConversationDto, userId: string, t: (key: string) => string): string {
  const last = conversation.lastMessage;
  if (!last) return t('chat.list.noMessages');
  if (last.deletedAt) return t('chat.message.deleted');
  const text = last.text.replace(/\s+/g, ' ').trim();
  if (last.senderId === userId) return `${t('chat.list.you')}: ${text}`;
  if (isGroup(conversation)) {
    const sender = groupMemberName(conversation, last.senderId, {
      member: t('chat.group.member'),
      unnamed: t('chat.neutralMember'),
    });
    return `${sender}: ${text}`;
  }
  return text;
}

/**
 * One row of the conversation list: the other member (1:1) or the group's title, icon and member
 * count; the last message and the unread badge.
 */
export function ConversationListItem({ conversation, active, userId, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const group = isGroup(conversation);
  const other = group ? undefined : otherMember(conversation, userId);
  const name = conversationName(conversation, userId, i18n.language, {
    untitled: t('chat.group.untitled'),
    unknown: t('chat.unknownMember'),
    unnamed: t('chat.neutralMember'),
  });
  const unread = conversation.unreadCount;
  return (
    <ListItemButton
      component={RouterLink}
      to={`/messages/${conversation.id}`}
      selected={active}
      aria-current={active ? 'page' : undefined}
      sx={{ gap: 1.5, py: 1.25, alignItems: 'center', borderBottom: 1, borderColor: 'divider' }}
    >
      {group ? (
        <GroupAvatar
          label={conversation.membersCanPost ? t('chat.group.icon') : t('chat.group.announcementIcon')}
          announcement={!conversation.membersCanPost}
        />
      ) : (
        <ChatAvatar member={other} />
      )}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
          <Typography component="span" sx={{ flex: 1, minWidth: 0, fontWeight: unread ? 700 : 600 }} noWrap>
            {name}
          </Typography>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ flex: 'none' }}>
            {formatWhen(conversation.lastActivityAt, i18n.language, timeZone)}
          </Typography>
        </Box>
        {group ? (
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }} noWrap>
            {t('chat.group.members', { count: conversation.memberCount })}
          </Typography>
        ) : null}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography
            component="span"
            variant="body2"
            color={unread ? 'text.primary' : 'text.secondary'}
            noWrap
            sx={{ flex: 1, minWidth: 0 }}
          >
            {preview(conversation, userId, t)}
          </Typography>
          {unread > 0 ? (
            <Badge
              color="primary"
              badgeContent={unread}
              max={99}
              sx={{ mr: 1.5, '& .MuiBadge-badge': { position: 'static', transform: 'none' } }}
            >
              <Box
                component="span"
                sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
              >
                {t('chat.list.unread', { count: unread })}
              </Box>
            </Badge>
          ) : null}
          {conversation.blocked ? (
            <Typography component="span" variant="caption" color="error">
              {t('chat.list.blocked')}
            </Typography>
          ) : null}
        </Box>
      </Box>
    </ListItemButton>
  );
}
