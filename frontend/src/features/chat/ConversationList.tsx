import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ConversationDto } from '@musubi/shared';
import { ChatAvatar } from './ChatAvatar';
import { formatWhen, otherMember } from './chatFormat';

interface Props {
  conversations: ConversationDto[];
  activeId: string | null;
  userId: string;
  timeZone?: string;
}

function preview(conversation: ConversationDto, userId: string, t: (key: string) => string): string {
  const last = conversation.lastMessage;
  if (!last) return t('chat.list.noMessages');
  if (last.deletedAt) return t('chat.message.deleted');
  const text = last.text.replace(/\s+/g, ' ').trim();
  return last.senderId === userId ? `${t('chat.list.you')}: ${text}` : text;
}

/** The viewer's conversations, most recent first, each with the other member and unread count. */
export function ConversationList({ conversations, activeId, userId, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <List disablePadding aria-label={t('chat.list.label')}>
      {conversations.map((conversation) => {
        const other = otherMember(conversation, userId);
        const name = other?.displayName ?? t('chat.unknownMember');
        const unread = conversation.unreadCount;
        return (
          <li key={conversation.id}>
            <ListItemButton
              component={RouterLink}
              to={`/messages/${conversation.id}`}
              selected={conversation.id === activeId}
              aria-current={conversation.id === activeId ? 'page' : undefined}
              sx={{ gap: 1.5, py: 1.25, alignItems: 'center', borderBottom: 1, borderColor: 'divider' }}
            >
              <ChatAvatar member={other} />
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
                  <Typography component="span" sx={{ flex: 1, minWidth: 0, fontWeight: unread ? 700 : 600 }} noWrap>
                    {name}
                  </Typography>
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ flex: 'none' }}>
                    {formatWhen(conversation.lastActivityAt, i18n.language, timeZone)}
                  </Typography>
                </Box>
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
          </li>
        );
      })}
    </List>
  );
}
