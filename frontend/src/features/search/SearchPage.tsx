import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Search from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import type { ProfileDto } from '@musubi/shared';
import { listProfiles } from '../../api/profiles';
import { usePageTitle } from '../../layout/usePageTitle';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { SEARCH_MAX_LENGTH } from '../directory/directoryQuery';
import { EmptyState, GridSkeleton, PagedGrid, ResultsError, WarmingUpNotice } from '../directory/PagedGrid';
import { ProfileCard } from '../directory/ProfileCard';
import { usePagedResults } from '../directory/usePagedResults';
import { searchPath } from './searchPath';

const profileId = (profile: ProfileDto) => profile.id;
const renderCard = (profile: ProfileDto) => <ProfileCard profile={profile} />;

/** The page's own search field (on phones the header's is tucked behind an icon). */
function SearchForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) void navigate(searchPath(text));
      }}
      // Wide screens have the same field in the app bar.
      sx={{ display: { xs: 'flex', lg: 'none' }, gap: 1, mb: 3, maxWidth: 640 }}
    >
      <TextField
        type="search"
        size="small"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('search.placeholder')}
        slotProps={{
          htmlInput: { 'aria-label': t('search.label'), maxLength: SEARCH_MAX_LENGTH },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
        sx={{ bgcolor: 'background.paper' }}
      />
      <Button type="submit" variant="contained" sx={{ display: { xs: 'none', sm: 'inline-flex' }, flex: 'none' }}>
        {t('search.submit')}
      </Button>
      <IconButton
        type="submit"
        aria-label={t('search.submit')}
        sx={{ display: { xs: 'inline-flex', sm: 'none' }, bgcolor: 'primary.main', color: 'primary.contrastText' }}
      >
        <Search />
      </IconButton>
    </Box>
  );
}

/** `/search?q=`: profiles ranked by how well they match the words, in Japanese or English. */
export function SearchPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH);
  const query = q ? new URLSearchParams({ q }).toString() : '';
  usePageTitle(q ? t('search.resultsFor', { q }) : t('search.title'));

  return (
    <Container maxWidth="lg" sx={{ px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2.25rem' }, mb: 1, overflowWrap: 'anywhere' }}>
        {q ? t('search.resultsFor', { q }) : t('search.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2.5, maxWidth: 720 }}>
        {t('search.lead')}
      </Typography>
      <SearchForm key={q} initial={q} />
      {q ? (
        <SearchResults q={q} query={query} />
      ) : (
        <EmptyState title={t('search.promptTitle')} help={t('search.promptHelp')} />
      )}
    </Container>
  );
}

function SearchResults({ q, query }: { q: string; query: string }) {
  const { t } = useTranslation();
  const { results, warmingUp, more, loadMore, retry } = usePagedResults(query, listProfiles, profileId, {
    retryWhileWarmingUp: true,
  });
  const refine = (
    <Button component={RouterLink} to={`/directory?${query}`} variant="outlined">
      {t('search.refine')}
    </Button>
  );
  return (
    <Box component="section" aria-labelledby="search-results">
      <Typography id="search-results" variant="h2" sx={visuallyHidden}>
        {t('search.results')}
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
        <EmptyState title={t('search.empty', { q })} help={t('search.emptyHelp')} action={refine} />
      ) : (
        <>
          <PagedGrid
            items={results.items}
            idOf={profileId}
            renderItem={renderCard}
            hasMore={Boolean(results.nextCursor)}
            more={more}
            loadMore={loadMore}
            endLabel={t('search.end')}
          />
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>{refine}</Box>
        </>
      )}
    </Box>
  );
}
