import Box from '@mui/material/Box';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { NotificationDto } from '@musubi/shared';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { formatDay, formatTime } from '../meetings';
import { notificationLink, notificationStart, notificationText } from './notificationText';

function when(iso: string, language: string, timeZone: string): string {
  return `${formatDay(iso, language, timeZone)} ${formatTime(iso, language, timeZone)}`;
}

interface Props {
  notification: NotificationDto;
  /** The viewer's zone: times read as on their own clock. */
  timeZone: string;
  /** Called when the item is followed (to mark it read, close a popover). */
  onFollow(notification: NotificationDto): void;
  dense?: boolean;
}

/**
 * One notification in a list (the bell's, the notifications page's): its sentence, the meeting
 * time it is about, when it came, and a link to its subject. Unread ones are bold, marked by a
 * bar and named "Unread" for screen readers, so they stand out without colour.
 */
export function NotificationItem({ notification, timeZone, onFollow, dense = false }: Props) {
  const { t, i18n } = useTranslation();
  const link = notificationLink(notification);
  const start = notificationStart(notification);
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={link ? RouterLink : 'div'}
        to={link ?? undefined}
        onClick={() => onFollow(notification)}
        dense={dense}
        data-notification-item
        sx={{
          alignItems: 'flex-start',
          borderLeft: 3,
          borderColor: notification.read ? 'transparent' : 'secondary.main',
          bgcolor: notification.read ? undefined : 'action.hover',
        }}
      >
        <ListItemText
          primary={
            <>
              {notification.read ? null : (
                <Box component="span" sx={visuallyHidden}>
                  {t('notifications.unreadMark')}
                </Box>
              )}
              {notificationText(notification, t)}
            </>
          }
          secondary={
            <>
              {start ? (
                <Box component="span" sx={{ display: 'block' }}>
                  {t('notifications.meetingAt', { time: when(start, i18n.language, timeZone) })}
                </Box>
              ) : null}
              <Box component="time" dateTime={notification.createdAt} sx={{ display: 'block' }}>
                {when(notification.createdAt, i18n.language, timeZone)}
              </Box>
            </>
          }
          slotProps={{
            primary: { sx: { fontWeight: notification.read ? 400 : 700, overflowWrap: 'anywhere' } },
          }}
        />
      </ListItemButton>
    </ListItem>
  );
}
