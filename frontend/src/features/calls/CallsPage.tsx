import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { CallDto } from '@musubi/shared';
import { callsUrl, fetchCalls, type CallFilters } from '../../api/calls';
import { PagedListBody, type PagedList } from '../../components/PagedListBody';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../layout/usePageTitle';
import { CallCardList } from './CallCard';
import { CallFilterBar, filtersFromSearch, filtersToSearch } from './CallFilters';
import { describeCallError } from './callText';
import { MyApplicationsList } from './MyApplicationsList';
import { useCanPostCalls } from './useCanPostCalls';

type CallsTab = 'open' | 'mine' | 'applications';

type ListState = PagedList<CallDto> & { key: string };

/** Open calls with filters; the poster's own calls; the viewer's applications. */
export function CallsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const canPost = useCanPostCalls();
  const [params, setParams] = useSearchParams();
  const tabs: CallsTab[] = canPost ? ['open', 'mine', 'applications'] : ['open', 'applications'];
  const requested = params.get('tab') as CallsTab | null;
  const tab: CallsTab = requested && tabs.includes(requested) ? requested : 'open';
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const scope = tab === 'mine' ? 'mine' : 'open';
  const key = callsUrl(scope, filters);
  const [list, setList] = useState<ListState | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  usePageTitle(t('calls.title'));

  const load = useCallback(() => {
    if (tab === 'applications') return;
    fetchCalls(scope, filters).then(
      (page) => setList({ key, items: page.items, nextCursor: page.nextCursor, error: null }),
      (error: unknown) => setList({ key, items: [], nextCursor: null, error: describeCallError(error, t) }),
    );
  }, [key, scope, filters, tab, t]);

  useEffect(() => {
    load();
  }, [load]);

  const update = (next: { tab?: CallsTab; filters?: CallFilters }) =>
    setParams(filtersToSearch(next.filters ?? filters, next.tab ?? tab), { replace: true });

  const more = async () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchCalls(scope, filters, list.nextCursor);
      setList((current) =>
        current && current.key === key
          ? { ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor }
          : current,
      );
    } catch (error) {
      setList((current) => (current ? { ...current, error: describeCallError(error, t) } : current));
    } finally {
      setLoadingMore(false);
    }
  };

  const current = list?.key === key ? list : null;
  const body =
    tab === 'applications' ? (
      <MyApplicationsList viewerZone={user?.timeZone} />
    ) : (
      <PagedListBody
        list={current}
        onRetry={load}
        empty={t(`calls.list.empty.${tab}`)}
        moreLabel={t('calls.list.loadMore')}
        loadingMore={loadingMore}
        onMore={() => void more()}
      >
        {(items) => <CallCardList calls={items} viewerZone={user?.timeZone} />}
      </PagedListBody>
    );

  return (
    <Container maxWidth="lg" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { xs: 'stretch', sm: 'center' }, mb: 1 }}
      >
        <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' } }}>
          {t('calls.title')}
        </Typography>
        {canPost ? (
          <Button variant="contained" component={RouterLink} to="/calls/new" startIcon={<Add />}>
            {t('calls.list.create')}
          </Button>
        ) : null}
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
        {t('calls.lead')}
      </Typography>
      <Tabs
        value={tab}
        onChange={(_, next: CallsTab) => update({ tab: next })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('calls.list.tabs')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {tabs.map((value) => (
          <Tab
            key={value}
            value={value}
            label={t(`calls.list.tab.${value}`)}
            id={`calls-tab-${value}`}
            aria-controls="calls-panel"
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="calls-panel" aria-labelledby={`calls-tab-${tab}`}>
        {tab === 'open' ? (
          <CallFilterBar key={filters.q} filters={filters} onChange={(next) => update({ filters: next })} />
        ) : null}
        {body}
      </Box>
    </Container>
  );
}
