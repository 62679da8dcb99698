import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MeetingDto, MeetingStatsDto, UserDto } from '@musubi/shared';
import { fetchMeetings, fetchMeetingStats } from '../../api/meetings';
import { describeApiError } from '../../api/errors';
import { PagedListBody, type PagedList } from '../../components/PagedListBody';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../layout/usePageTitle';
import { MeetingCard } from './MeetingCard';
import { dayKey, formatDay } from './meetingTime';
import { useMeetingUpdates } from './useMeetingUpdates';

export const MEETING_TABS = ['incoming', 'outgoing', 'upcoming', 'past'] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];

function isTab(value: string | null): value is MeetingTab {
  return (MEETING_TABS as readonly string[]).includes(value ?? '');
}

type ListState = PagedList<MeetingDto> & { box: MeetingTab };

/** Upcoming meetings grouped by day in the viewer's zone, soonest first. */
function Agenda({ meetings, user }: { meetings: MeetingDto[]; user: UserDto }) {
  const { i18n } = useTranslation();
  const days = new Map<string, MeetingDto[]>();
  for (const meeting of meetings) {
    const start = meeting.acceptedSlot?.start ?? meeting.slots[0]?.start;
    if (!start) continue;
    const key = dayKey(start, user.timeZone);
    days.set(key, [...(days.get(key) ?? []), meeting]);
  }
  return (
    <Stack spacing={3}>
      {[...days].map(([key, items]) => {
        const first = items[0]?.acceptedSlot?.start ?? items[0]?.slots[0]?.start ?? '';
        return (
          <Box key={key} component="section" aria-labelledby={`agenda-${key}`}>
            <Typography id={`agenda-${key}`} variant="h2" sx={{ fontSize: '1.05rem', mb: 1, color: 'primary.dark' }}>
              {formatDay(first, i18n.language, user.timeZone)}
            </Typography>
            <Stack spacing={1.5}>
              {items.map((meeting) => (
                <MeetingCard key={meeting.id} meeting={meeting} viewerId={user.id} viewerZone={user.timeZone} />
              ))}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}

/** Incoming, outgoing, upcoming (an agenda) and past meetings, kept current over the socket. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const requested = params.get('box');
  const box: MeetingTab = isTab(requested) ? requested : 'upcoming';
  const [list, setList] = useState<ListState | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [stats, setStats] = useState<MeetingStatsDto | null>(null);
  usePageTitle(t('meetings.title'));

  const load = useCallback(
    (tab: MeetingTab) => {
      fetchMeetingStats().then(setStats, () => {
        // The counts on the tabs are a hint; the lists work without them.
      });
      fetchMeetings(tab).then(
        (page) => setList({ box: tab, items: page.items, nextCursor: page.nextCursor, error: null }),
        (error: unknown) =>
          setList({ box: tab, items: [], nextCursor: null, error: describeApiError(error, t).message }),
      );
    },
    [t],
  );

  useEffect(() => {
    load(box);
  }, [box, load]);
  useMeetingUpdates(() => load(box));

  const more = async () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchMeetings(box, { cursor: list.nextCursor });
      setList((current) =>
        current && current.box === box
          ? { ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor }
          : current,
      );
    } catch (error) {
      setList((current) => (current ? { ...current, error: describeApiError(error, t).message } : current));
    } finally {
      setLoadingMore(false);
    }
  };

  const tabCount = (tab: MeetingTab) =>
    tab === 'incoming' ? stats?.pendingIncoming : tab === 'outgoing' ? stats?.pendingOutgoing : undefined;
  const tabLabel = (tab: MeetingTab) => {
    const count = tabCount(tab);
    return count
      ? t('meetings.tabs.withCount', { label: t(`meetings.tabs.${tab}`), count })
      : t(`meetings.tabs.${tab}`);
  };

  if (!user) return null;
  const current = list?.box === box ? list : null;

  const body = (
    <PagedListBody
      list={current}
      onRetry={() => load(box)}
      empty={t(`meetings.empty.${box}`)}
      moreLabel={t('meetings.list.loadMore')}
      loadingMore={loadingMore}
      onMore={() => void more()}
    >
      {(items) =>
        box === 'upcoming' ? (
          <Agenda meetings={items} user={user} />
        ) : (
          <Stack spacing={1.5}>
            {items.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} viewerId={user.id} viewerZone={user.timeZone} />
            ))}
          </Stack>
        )
      }
    </PagedListBody>
  );

  return (
    <Container maxWidth="md">
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 2 }}>
        {t('meetings.title')}
      </Typography>
      <Tabs
        value={box}
        onChange={(_, next: MeetingTab) => setParams(next === 'upcoming' ? {} : { box: next })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('meetings.tabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {MEETING_TABS.map((tab) => (
          <Tab
            key={tab}
            value={tab}
            label={tabLabel(tab)}
            id={`meetings-tab-${tab}`}
            aria-controls="meetings-panel"
            // Four tabs in Japanese fit a 360 px screen without scrolling.
            sx={{ minWidth: { xs: 0, sm: 90 }, px: { xs: 1.5, sm: 2 } }}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="meetings-panel" aria-labelledby={`meetings-tab-${box}`}>
        {body}
      </Box>
    </Container>
  );
}
