import { useCallback, useEffect, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { EventDto } from '@musubi/shared';
import { fetchEvents, type EventScope } from '../../api/events';
import { PagedListBody, type PagedList } from '../../components/PagedListBody';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../layout/usePageTitle';
import { EventCardList } from './EventCard';
import { describeEventError } from './eventText';

const SCOPES: EventScope[] = ['upcoming', 'past', 'mine', 'invitations', 'drafts'];

type ListState = PagedList<EventDto> & { key: string };

export const isOrganiserRole = (role: string | undefined) => role === 'organiser' || role === 'admin';

/** Upcoming, past, mine, my open invitations and (for organisers) draft events, with a search. */
export function EventsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const organiser = isOrganiserRole(user?.role);
  const scopes = SCOPES.filter((scope) =>
    scope === 'mine' || scope === 'invitations' ? Boolean(user) : scope !== 'drafts' || organiser,
  );
  const requested = params.get('scope') as EventScope | null;
  const scope: EventScope = requested && scopes.includes(requested) ? requested : 'upcoming';
  const q = params.get('q') ?? '';
  const [draftQuery, setDraftQuery] = useState(q);
  const [list, setList] = useState<ListState | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const key = `${scope}|${q}`;
  usePageTitle(t('events.title'));

  const load = useCallback(() => {
    fetchEvents(scope, { q }).then(
      (page) => setList({ key, items: page.items, nextCursor: page.nextCursor, error: null }),
      (error: unknown) => setList({ key, items: [], nextCursor: null, error: describeEventError(error, t) }),
    );
  }, [scope, q, key, t]);

  useEffect(() => {
    load();
  }, [load]);

  const update = (next: { scope?: EventScope; q?: string }) => {
    const s = next.scope ?? scope;
    const query = next.q ?? q;
    const out: Record<string, string> = {};
    if (s !== 'upcoming') out.scope = s;
    if (query) out.q = query;
    setParams(out);
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draftQuery.trim() });
  };

  const more = async () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchEvents(scope, { q, cursor: list.nextCursor });
      setList((current) =>
        current && current.key === key
          ? { ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor }
          : current,
      );
    } catch (error) {
      setList((current) => (current ? { ...current, error: describeEventError(error, t) } : current));
    } finally {
      setLoadingMore(false);
    }
  };

  const current = list?.key === key ? list : null;
  const body = (
    <PagedListBody
      list={current}
      onRetry={load}
      empty={t(q ? 'events.list.noResults' : `events.list.empty.${scope}`)}
      moreLabel={t('events.list.loadMore')}
      loadingMore={loadingMore}
      onMore={() => void more()}
    >
      {(items) => <EventCardList events={items} viewerZone={user?.timeZone} />}
    </PagedListBody>
  );

  return (
    <Container maxWidth="lg">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { xs: 'stretch', sm: 'center' }, mb: 2 }}
      >
        <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' } }}>
          {t('events.title')}
        </Typography>
        {organiser ? (
          <Button variant="contained" component={RouterLink} to="/events/new" startIcon={<Add />}>
            {t('events.list.create')}
          </Button>
        ) : null}
      </Stack>
      <Box component="form" role="search" onSubmit={search} sx={{ display: 'flex', gap: 1, mb: 2, maxWidth: 520 }}>
        <TextField
          size="small"
          fullWidth
          type="search"
          label={t('events.list.search')}
          value={draftQuery}
          onChange={(e) => setDraftQuery(e.target.value)}
        />
        <Button type="submit" variant="outlined" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
          {t('events.list.searchButton')}
        </Button>
      </Box>
      <Tabs
        value={scope}
        onChange={(_, next: EventScope) => update({ scope: next })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('events.list.tabs')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {scopes.map((s) => (
          <Tab
            key={s}
            value={s}
            label={t(`events.list.scope.${s}`)}
            id={`events-tab-${s}`}
            aria-controls="events-panel"
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="events-panel" aria-labelledby={`events-tab-${scope}`}>
        {body}
      </Box>
    </Container>
  );
}
