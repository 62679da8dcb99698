import { useRef } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import List from '@mui/material/List';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import DoneAll from '@mui/icons-material/DoneAll';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { NotificationDto } from '@musubi/shared';
import { useAuth } from '../../auth/AuthContext';
import { PagedListBody } from '../../components/PagedListBody';
import { focusFirstNew } from '../directory/usePagedResults';
import { usePageTitle } from '../../layout/usePageTitle';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { NotificationItem } from './NotificationItem';
import { useNotifications } from './NotificationsContext';
import { useNotificationList } from './useNotificationList';

const PAGE_SIZE = 20;
const FILTERS = ['all', 'unread'] as const;
type Filter = (typeof FILTERS)[number];

/** Every notification the member has had, newest first, page by page; all or only the unread ones. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const centre = useNotifications();
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get('filter') === 'unread' ? 'unread' : 'all';
  const { results, more, loadMore, retry } = useNotificationList({ unreadOnly: filter === 'unread', limit: PAGE_SIZE });
  const listRef = useRef<HTMLUListElement>(null);
  usePageTitle(t('notifications.title'));

  const follow = (notification: NotificationDto) => {
    if (!notification.read) centre.markRead({ ids: [notification.id] });
  };

  const showMore = async () => focusFirstNew(listRef, '[data-notification-item]', await loadMore());

  if (!user) return null;
  const list = results && { ...results, error: results.error ? t('notifications.loadFailed') : null };
  const unreadLabel = centre.unreadCount
    ? t('notifications.page.unreadWithCount', { count: centre.unreadCount })
    : t('notifications.page.unread');

  return (
    <Container maxWidth="md" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Stack
        direction="row"
        spacing={2}
        // Gaps rather than margins: a button wrapped below the heading lines up with it.
        useFlexGap
        sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}
      >
        <Typography id="notifications-title" variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' } }}>
          {t('notifications.title')}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<DoneAll />}
          disabled={centre.unreadCount === 0}
          onClick={() => centre.markRead({ all: true })}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Stack>
      <Tabs
        value={filter}
        onChange={(_, next: Filter) => setParams(next === 'all' ? {} : { filter: next }, { replace: true })}
        aria-label={t('notifications.page.filter')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {FILTERS.map((value) => (
          <Tab
            key={value}
            value={value}
            label={value === 'all' ? t('notifications.page.all') : unreadLabel}
            id={`notifications-tab-${value}`}
            aria-controls="notifications-panel"
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="notifications-panel" aria-labelledby={`notifications-tab-${filter}`}>
        <Box aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
          {results && !results.error ? t('notifications.page.shown', { count: results.items.length }) : ''}
        </Box>
        <PagedListBody
          list={list}
          onRetry={retry}
          empty={t(filter === 'unread' ? 'notifications.page.emptyUnread' : 'notifications.empty')}
          moreLabel={t('notifications.page.loadMore')}
          loadingMore={more.loading}
          onMore={() => void showMore()}
        >
          {(items) => (
            <List
              ref={listRef}
              aria-labelledby="notifications-title"
              sx={{
                py: 0,
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
                overflow: 'hidden',
                '& > li + li': { borderTop: 1, borderColor: 'divider' },
              }}
            >
              {items.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  timeZone={user.timeZone}
                  onFollow={follow}
                />
              ))}
            </List>
          )}
        </PagedListBody>
        {more.error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('notifications.page.moreFailed')}
          </Alert>
        ) : null}
      </Box>
    </Container>
  );
}
