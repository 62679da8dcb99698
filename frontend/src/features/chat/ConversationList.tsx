import List from '@mui/material/List';
import { useTranslation } from 'react-i18next';
import type { ConversationDto } from '@musubi/shared';
import { ConversationListItem } from './ConversationListItem';

interface Props {
  conversations: ConversationDto[];
  activeId: string | null;
  userId: string;
  timeZone?: string;
}

/** The viewer's conversations (1:1 and groups), most recent first, each with its unread count. */
export function ConversationList({ conversations, activeId, userId, timeZone }: Props) {
  const { t } = useTranslation();
  return (
    <List disablePadding aria-label={t('chat.list.label')}>
      {conversations.map((conversation) => (
        <li key={conversation.id}>
          <ConversationListItem
            conversation={conversation}
            active={conversation.id === activeId}
            userId={userId}
            timeZone={timeZone}
          />
        </li>
      ))}
    </List>
  );
}
