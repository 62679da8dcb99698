import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProfileDto } from '@musubi/shared';
import { listProfiles } from '../../api/profiles';
import { usePageTitle } from '../../layout/usePageTitle';
import { visuallyHidden } from '../../layout/visuallyHidden';
import {
  activeFilterCount,
  filtersFromSearch,
  filtersToSearch,
  NO_FILTERS,
  type DirectoryFilters,
} from './directoryQuery';
import { FilterLayout } from './FilterLayout';
import { FilterPanel } from './FilterPanel';
import { EmptyState, GridSkeleton, PagedGrid, ResultsError, WarmingUpNotice } from './PagedGrid';
import { ProfileCard } from './ProfileCard';
import { usePagedResults } from './usePagedResults';

const profileId = (profile: ProfileDto) => profile.id;
const renderCard = (profile: ProfileDto) => <ProfileCard profile={profile} />;

/** `/directory`: browse profiles with filters (and an optional ranked search) kept in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  const query = filtersToSearch(filters).toString();
  // Only a text search goes through the matching index, which may still be warming up.
  const { results, warmingUp, more, loadMore, retry } = usePagedResults(query, listProfiles, profileId, {
    retryWhileWarmingUp: Boolean(filters.q),
  });
  const active = activeFilterCount(filters);
  usePageTitle(t('directory.title'));

  const setFilters = (next: DirectoryFilters) => setSearchParams(filtersToSearch(next), { replace: true });
  const clearFilters = () => setFilters(NO_FILTERS);

  return (
    <Container maxWidth="lg" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.25rem' }, mb: 1 }}>
        {t('directory.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 720 }}>
        {t('directory.lead')}
      </Typography>
      <FilterLayout
        id="directory"
        panel={<FilterPanel filters={filters} onChange={setFilters} />}
        active={active}
        onClear={clearFilters}
      >
        <Box component="section" aria-labelledby="directory-results">
          <Typography id="directory-results" variant="h2" sx={visuallyHidden}>
            {t('directory.results')}
          </Typography>
          <Box aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
            {results && !results.error ? t('directory.shown', { count: results.items.length }) : ''}
          </Box>
          {warmingUp ? (
            <WarmingUpNotice />
          ) : !results ? (
            <GridSkeleton />
          ) : results.error ? (
            <ResultsError error={results.error} onRetry={retry} />
          ) : results.items.length === 0 ? (
            <EmptyState
              title={active > 0 ? t('directory.emptyFiltered') : t('directory.empty')}
              help={active > 0 ? t('directory.emptyFilteredHelp') : t('directory.emptyHelp')}
              action={
                active > 0 ? (
                  <Button variant="contained" onClick={clearFilters}>
                    {t('directory.clear')}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <PagedGrid
              items={results.items}
              idOf={profileId}
              renderItem={renderCard}
              hasMore={Boolean(results.nextCursor)}
              more={more}
              loadMore={loadMore}
              endLabel={t('directory.end')}
            />
          )}
        </Box>
      </FilterLayout>
    </Container>
  );
}
