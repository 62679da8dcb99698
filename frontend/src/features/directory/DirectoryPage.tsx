import { useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Drawer from '@mui/material/Drawer';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import Tune from '@mui/icons-material/Tune';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeApiError } from '../../api/errors';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  activeFilterCount,
  filtersFromSearch,
  filtersToSearch,
  NO_FILTERS,
  type DirectoryFilters,
} from './directoryQuery';
import { FilterPanel } from './FilterPanel';
import { ProfileCard, ProfileCardSkeleton } from './ProfileCard';
import { useDirectoryResults } from './useDirectoryResults';

/** Read by screen readers, not shown (sizes in px: a bare `1` would mean 100% in `sx`). */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

const SKELETONS = 6;

/** `/directory`: browse profiles with filters kept in the URL, one page after another. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  const query = filtersToSearch(filters).toString();
  const { results, more, loadMore, retry } = useDirectoryResults(query);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const active = activeFilterCount(filters);
  usePageTitle(t('directory.title'));

  const setFilters = (next: DirectoryFilters) => setSearchParams(filtersToSearch(next), { replace: true });
  const clearFilters = () => setFilters(NO_FILTERS);

  // Infinite scroll: the next page loads as the end of the list comes near. The button below
  // does the same for keyboards, screen readers and browsers without IntersectionObserver.
  const canAutoLoad = Boolean(results?.nextCursor) && !more.error;
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || !canAutoLoad || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void loadMore();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [canAutoLoad, loadMore]);

  const loadMoreByButton = async () => {
    const firstNew = await loadMore();
    if (firstNew === null) return;
    // Keyboard users continue from the first new result instead of losing their place.
    window.setTimeout(() => {
      listRef.current?.querySelectorAll<HTMLElement>('[data-card-link]')[firstNew]?.focus();
    }, 0);
  };

  const filterPanel = <FilterPanel filters={filters} onChange={setFilters} />;

  return (
    <Container maxWidth="lg" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 1 }}>
        {t('directory.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 720 }}>
        {t('directory.lead')}
      </Typography>
      <Grid container spacing={3}>
        {desktop ? (
          <Grid size={{ md: 3 }}>
            <Paper
              component="section"
              variant="outlined"
              aria-labelledby="directory-filters"
              sx={{ p: 2.5, position: 'sticky', top: 88 }}
            >
              <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', mb: 2 }}>
                <Typography id="directory-filters" variant="h2" sx={{ fontSize: '1.1rem' }}>
                  {t('directory.filters.title')}
                </Typography>
                {active > 0 ? (
                  <Button size="small" onClick={clearFilters} sx={{ px: 1 }}>
                    {t('directory.clear')}
                  </Button>
                ) : null}
              </Box>
              {filterPanel}
            </Paper>
          </Grid>
        ) : null}
        <Grid size={{ xs: 12, md: 9 }}>
          {desktop ? null : (
            <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
              <Button
                variant="outlined"
                startIcon={
                  <Badge badgeContent={active} color="secondary">
                    <Tune />
                  </Badge>
                }
                onClick={() => setDrawerOpen(true)}
                aria-haspopup="dialog"
              >
                {t('directory.filters.open')}
              </Button>
              {active > 0 ? <Button onClick={clearFilters}>{t('directory.clear')}</Button> : null}
            </Box>
          )}
          <Box component="section" aria-labelledby="directory-results">
            <Typography id="directory-results" variant="h2" sx={visuallyHidden}>
              {t('directory.results')}
            </Typography>
            <Box aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
              {results && !results.error ? t('directory.shown', { count: results.items.length }) : ''}
            </Box>
            {!results ? (
              <Box aria-busy="true">
                <Typography role="status" sx={visuallyHidden}>
                  {t('app.loading')}
                </Typography>
                <Grid container spacing={2}>
                  {Array.from({ length: SKELETONS }, (_, index) => (
                    <Grid key={index} size={{ xs: 12, sm: 6, lg: 4 }}>
                      <ProfileCardSkeleton />
                    </Grid>
                  ))}
                </Grid>
              </Box>
            ) : results.error ? (
              <Alert
                severity="error"
                action={
                  <Button color="inherit" size="small" onClick={retry}>
                    {t('app.retry')}
                  </Button>
                }
              >
                {describeApiError(results.error, t).message}
              </Alert>
            ) : results.items.length === 0 ? (
              <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
                <Typography variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
                  {active > 0 ? t('directory.emptyFiltered') : t('directory.empty')}
                </Typography>
                <Typography color="text.secondary" sx={{ mb: active > 0 ? 2.5 : 0 }}>
                  {active > 0 ? t('directory.emptyFilteredHelp') : t('directory.emptyHelp')}
                </Typography>
                {active > 0 ? (
                  <Button variant="contained" onClick={clearFilters}>
                    {t('directory.clear')}
                  </Button>
                ) : null}
              </Paper>
            ) : (
              <>
                <Grid container spacing={2} ref={listRef} component="div">
                  {results.items.map((profile) => (
                    <Grid key={profile.id} size={{ xs: 12, sm: 6, lg: 4 }}>
                      <ProfileCard profile={profile} />
                    </Grid>
                  ))}
                </Grid>
                <Box ref={sentinelRef} sx={{ height: 1 }} />
                <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1.5, mt: 3 }}>
                  {more.error ? (
                    <Alert severity="error" sx={{ width: '100%' }}>
                      {describeApiError(more.error, t).message}
                    </Alert>
                  ) : null}
                  {results.nextCursor ? (
                    <Button variant="outlined" loading={more.loading} onClick={() => void loadMoreByButton()}>
                      {more.error ? t('app.retry') : t('directory.loadMore')}
                    </Button>
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {t('directory.end')}
                    </Typography>
                  )}
                </Box>
              </>
            )}
          </Box>
        </Grid>
      </Grid>
      {desktop ? null : (
        <Drawer
          anchor="bottom"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          slotProps={{
            paper: {
              role: 'dialog',
              'aria-labelledby': 'directory-filters-drawer',
              sx: { maxHeight: '88vh', borderTopLeftRadius: 16, borderTopRightRadius: 16 },
            },
          }}
        >
          <Box sx={{ p: 2.5 }}>
            <Typography id="directory-filters-drawer" variant="h2" sx={{ fontSize: '1.2rem', mb: 2 }}>
              {t('directory.filters.title')}
            </Typography>
            {filterPanel}
          </Box>
          <Box
            sx={{
              position: 'sticky',
              bottom: 0,
              display: 'flex',
              gap: 1,
              p: 2,
              borderTop: 1,
              borderColor: 'divider',
              bgcolor: 'background.paper',
            }}
          >
            <Button onClick={clearFilters} disabled={active === 0}>
              {t('directory.clear')}
            </Button>
            <Button variant="contained" onClick={() => setDrawerOpen(false)} sx={{ flex: 1 }}>
              {t('directory.filters.show')}
            </Button>
          </Box>
        </Drawer>
      )}
    </Container>
  );
}
