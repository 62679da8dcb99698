import { useEffect, useId, useState } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import Popover from '@mui/material/Popover';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { NotificationDto, UserDto } from '@musubi/shared';
import { NotificationItem } from './NotificationItem';
import { notificationLink, notificationText } from './notificationText';
import { useNotificationList } from './useNotificationList';
import { useNotifications } from './NotificationsContext';

const TOAST_MS = 8000;

const RECENT = 10;

interface RecentProps {
  user: UserDto;
  titleId: string;
  onFollow(notification: NotificationDto): void;
}

/** The latest notifications; mounted while the popover is open, so each opening reads them afresh. */
function RecentNotifications({ user, titleId, onFollow }: RecentProps) {
  const { t } = useTranslation();
  const { results, retry } = useNotificationList({ limit: RECENT });
  if (results?.error) {
    return (
      <Box sx={{ p: 2 }}>
        <Typography variant="body2" color="error" sx={{ mb: 1 }}>
          {t('notifications.loadFailed')}
        </Typography>
        <Button size="small" onClick={retry}>
          {t('app.retry')}
        </Button>
      </Box>
    );
  }
  if (!results) {
    return (
      <Box role="status" sx={{ display: 'grid', placeItems: 'center', p: 3 }}>
        <CircularProgress size={28} aria-label={t('app.loading')} />
      </Box>
    );
  }
  if (results.items.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {t('notifications.empty')}
      </Typography>
    );
  }
  return (
    <List dense aria-labelledby={titleId} sx={{ py: 0 }}>
      {results.items.slice(0, RECENT).map((notification) => (
        <NotificationItem
          key={notification.id}
          notification={notification}
          timeZone={user.timeZone}
          onFollow={onFollow}
          dense
        />
      ))}
    </List>
  );
}

/** The bell in the app bar: unread badge (live), recent notifications, mark read; toasts new ones. */
export function NotificationBell({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<NotificationDto | null>(null);
  const centre = useNotifications();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const panelId = useId();
  const titleId = useId();
  const { unreadCount, subscribe } = centre;

  useEffect(
    () =>
      subscribe((change) => {
        if (change.kind === 'new') setToast(change.notification);
      }),
    [subscribe],
  );

  const close = () => setAnchor(null);
  const follow = (notification: NotificationDto) => {
    if (!notification.read) centre.markRead({ ids: [notification.id] });
    close();
  };

  const toastLink = toast ? notificationLink(toast) : null;
  return (
    <>
      <IconButton
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
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
          <Button size="small" onClick={() => centre.markRead({ all: true })}>
            {t('notifications.markAllRead')}
          </Button>
        </Box>
        <Divider />
        <RecentNotifications user={user} titleId={titleId} onFollow={follow} />
        <Divider />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1, px: 2, py: 1 }}>
          <Button component={RouterLink} to="/notifications" size="small" onClick={close}>
            {t('notifications.seeAll')}
          </Button>
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
                    centre.markRead({ ids: [toast.id] });
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
