import { useId, useState } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Popover from '@mui/material/Popover';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { NotificationDto, UserDto } from '@musubi/shared';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { formatDay, formatTime } from '../meetings';
import { notificationLink, notificationStart, notificationText } from './notificationText';
import { useNotificationCentre } from './useNotificationCentre';

const TOAST_MS = 8000;

function when(iso: string, language: string, timeZone: string): string {
  return `${formatDay(iso, language, timeZone)} ${formatTime(iso, language, timeZone)}`;
}

/** The bell in the app bar: unread badge (live), recent notifications, mark read; toasts new ones. */
export function NotificationBell({ user }: { user: UserDto }) {
  const { t, i18n } = useTranslation();
  const [toast, setToast] = useState<NotificationDto | null>(null);
  const centre = useNotificationCentre(setToast);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const panelId = useId();
  const titleId = useId();
  const { unreadCount, items } = centre;

  const open = (target: HTMLElement) => {
    setAnchor(target);
    centre.load();
  };
  const close = () => setAnchor(null);

  const follow = (notification: NotificationDto) => {
    if (!notification.read) centre.markRead([notification.id]);
    close();
  };

  let body;
  if (items === null && centre.loadError) {
    body = (
      <Box sx={{ p: 2 }}>
        <Typography variant="body2" color="error" sx={{ mb: 1 }}>
          {t('notifications.loadFailed')}
        </Typography>
        <Button size="small" onClick={centre.load}>
          {t('app.retry')}
        </Button>
      </Box>
    );
  } else if (items === null) {
    body = (
      <Box role="status" sx={{ display: 'grid', placeItems: 'center', p: 3 }}>
        <CircularProgress size={28} aria-label={t('app.loading')} />
      </Box>
    );
  } else if (items.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {t('notifications.empty')}
      </Typography>
    );
  } else {
    body = (
      <List dense aria-labelledby={titleId} sx={{ py: 0 }}>
        {items.map((notification) => {
          const link = notificationLink(notification);
          const start = notificationStart(notification);
          const text = notificationText(notification, t);
          return (
            <ListItemButton
              key={notification.id}
              component={link ? RouterLink : 'div'}
              to={link ?? undefined}
              onClick={() => follow(notification)}
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
                    {text}
                  </>
                }
                secondary={
                  <>
                    {start ? (
                      <Box component="span" sx={{ display: 'block' }}>
                        {t('notifications.meetingAt', { time: when(start, i18n.language, user.timeZone) })}
                      </Box>
                    ) : null}
                    <Box component="time" dateTime={notification.createdAt} sx={{ display: 'block' }}>
                      {when(notification.createdAt, i18n.language, user.timeZone)}
                    </Box>
                  </>
                }
                slotProps={{ primary: { sx: { fontWeight: notification.read ? 400 : 700 } } }}
              />
            </ListItemButton>
          );
        })}
      </List>
    );
  }

  const toastLink = toast ? notificationLink(toast) : null;
  return (
    <>
      <IconButton
        color="inherit"
        onClick={(event) => open(event.currentTarget)}
        aria-label={unreadCount ? t('notifications.bellUnread', { count: unreadCount }) : t('notifications.bell')}
        aria-haspopup="dialog"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? panelId : undefined}
      >
        <Badge color="secondary" badgeContent={unreadCount} max={99} overlap="circular">
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover
        id={panelId}
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-labelledby': titleId,
            sx: { width: 360, maxWidth: 'calc(100vw - 16px)', maxHeight: '70vh' },
          },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
          <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {t('notifications.title')}
          </Typography>
          <Button size="small" onClick={centre.markAllRead}>
            {t('notifications.markAllRead')}
          </Button>
        </Box>
        <Divider />
        {body}
        <Divider />
        <Box sx={{ px: 2, py: 1 }}>
          <Button component={RouterLink} to="/meetings" size="small" onClick={close}>
            {t('notifications.allMeetings')}
          </Button>
        </Box>
      </Popover>
      <Snackbar
        key={toast?.id}
        open={Boolean(toast)}
        autoHideDuration={TOAST_MS}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setToast(null);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        message={toast ? notificationText(toast, t) : null}
        action={
          toast ? (
            <>
              {toastLink ? (
                <Button
                  component={RouterLink}
                  to={toastLink}
                  size="small"
                  sx={{ color: '#ffb4a6' }}
                  onClick={() => {
                    centre.markRead([toast.id]);
                    setToast(null);
                  }}
                >
                  {t('notifications.open')}
                </Button>
              ) : null}
              <IconButton
                size="small"
                color="inherit"
                aria-label={t('notifications.closeToast')}
                onClick={() => setToast(null)}
              >
                <Close fontSize="small" />
              </IconButton>
            </>
          ) : null
        }
      />
    </>
  );
}
