import Avatar from '@mui/material/Avatar';
import Badge from '@mui/material/Badge';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import type { ConversationMemberDto } from '@musubi/shared';
import { initial } from './chatFormat';

/** The member's picture (or initial) with a green dot while online. */
export function ChatAvatar({ member, size = 44 }: { member: ConversationMemberDto | undefined; size?: number }) {
  const name = member?.displayName ?? '';
  return (
    <Badge
      overlap="circular"
      variant="dot"
      invisible={!member?.online}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      sx={{
        '& .MuiBadge-dot': {
          bgcolor: 'success.main',
          width: 12,
          height: 12,
          borderRadius: '50%',
          border: 2,
          borderColor: 'background.paper',
        },
      }}
    >
      <Avatar
        src={member?.avatarUrl ?? undefined}
        alt=""
        sx={{ width: size, height: size, bgcolor: 'secondary.main', fontSize: size * 0.42 }}
      >
        {initial(name)}
      </Avatar>
    </Badge>
  );
}

/** A group conversation's picture: a group icon (a megaphone for announcement channels). */
export function GroupAvatar({
  label,
  announcement = false,
  size = 44,
}: {
  label: string;
  announcement?: boolean;
  size?: number;
}) {
  const Icon = announcement ? CampaignOutlined : GroupsOutlined;
  return (
    <Avatar
      role="img"
      aria-label={label}
      sx={{ width: size, height: size, bgcolor: 'primary.light', color: 'primary.contrastText' }}
    >
      <Icon sx={{ fontSize: size * 0.55 }} aria-hidden />
    </Avatar>
  );
}
