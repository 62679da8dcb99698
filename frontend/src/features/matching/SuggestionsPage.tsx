import { useMemo, useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { NOT_NOW_DAYS, type SuggestionDto } from '@musubi/shared';
import { describeApiError } from '../../api/errors';
import { CallsForYou } from '../calls/CallsForYou';
import { clearFeedback, fetchSuggestions, isProfileRequired, sendFeedback } from '../../api/matching';
import { useLanguage } from '../../i18n/useLanguage';
import { usePageTitle } from '../../layout/usePageTitle';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { activeFilterCount, filtersToSearch, NO_FILTERS, type DirectoryFilters } from '../directory/directoryQuery';
import { FilterLayout } from '../directory/FilterLayout';
import { FilterPanel } from '../directory/FilterPanel';
import {
  EmptyState,
  GridSkeleton,
  PagedGrid,
  ResultsError,
  WarmingUpNotice,
  type CardSize,
} from '../directory/PagedGrid';
import { usePagedResults } from '../directory/usePagedResults';
import { pickText } from '../profiles/labels';
import { focusCardAt, withItemAt, withoutItem } from './listEdits';
import { NoticeSnackbar, useNotice } from './NoticeSnackbar';
import { ReasonLegend } from './ReasonChips';
import { SuggestionCard } from './SuggestionCard';
import { SUGGESTION_FILTER_FIELDS, suggestionFiltersFromSearch, suggestionsApiQuery } from './suggestionsQuery';

const suggestionId = (suggestion: SuggestionDto) => suggestion.profile.id;
const CARD_SIZE: CardSize = { xs: 12, lg: 6 };

/** The call to action when there is nothing to match yet: suggestions start from one's own profile. */
function ProfileRequired() {
  const { t } = useTranslation();
  return (
    <Paper
      component="section"
      aria-labelledby="suggestions-profile-required"
      variant="outlined"
      sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center', borderColor: 'secondary.main', borderWidth: 2 }}
    >
      <Typography id="suggestions-profile-required" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
        {t('matching.profileRequired.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 560, mx: 'auto' }}>
        {t('matching.profileRequired.body')}
      </Typography>
      <Button component={RouterLink} to="/onboarding" variant="contained" color="secondary" size="large">
        {t('matching.profileRequired.action')}
      </Button>
    </Paper>
  );
}

/**
 * `/suggestions`: complementary partners with their score and reasons (written in the interface
 * language), filters in the URL; save, dismiss or snooze each one, with undo.
 */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => suggestionFiltersFromSearch(searchParams), [searchParams]);
  // The language is part of the query: switching it fetches the reasons again, in the new language.
  const query = suggestionsApiQuery(filters, language);
  const { results, warmingUp, more, loadMore, retry, updateItems } = usePagedResults(
    query,
    fetchSuggestions,
    suggestionId,
    { retryWhileWarmingUp: true },
  );
  const { notice, show, close } = useNotice();
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const active = activeFilterCount(filters);
  usePageTitle(t('matching.title'));

  const setFilters = (next: DirectoryFilters) => setSearchParams(filtersToSearch(next), { replace: true });
  const clearFilters = () => setFilters(NO_FILTERS);
  const nameOf = (suggestion: SuggestionDto) => pickText(suggestion.profile.name, language)?.text ?? '';
  const showError = (error: unknown) => show({ message: describeApiError(error, t).message });

  const setSaved = (id: string, saved: boolean) =>
    updateItems((items) => items.map((item) => (suggestionId(item) === id ? { ...item, saved } : item)));

  const toggleSave = (suggestion: SuggestionDto) => {
    const id = suggestionId(suggestion);
    const saved = !suggestion.saved;
    setSaved(id, saved);
    const request = saved ? sendFeedback(id, 'save') : clearFeedback(id);
    request.then(
      () =>
        show({
          message: t(saved ? 'matching.notices.saved' : 'matching.notices.unsaved', { name: nameOf(suggestion) }),
        }),
      (error: unknown) => {
        setSaved(id, !saved);
        showError(error);
      },
    );
  };

  /** Takes the card out at once; "Undo" puts it back and restores what the server had before. */
  const hide = (suggestion: SuggestionDto, action: 'dismiss' | 'not-now') => {
    const id = suggestionId(suggestion);
    const index = results?.items.findIndex((item) => suggestionId(item) === id) ?? 0;
    const restore = () => {
      updateItems(withItemAt(suggestionId, suggestion, index));
      focusCardAt(listRef.current, index);
    };
    updateItems(withoutItem(suggestionId, id));
    focusCardAt(listRef.current, index, headingRef.current);
    const recorded = sendFeedback(id, action).then(
      () => true,
      (error: unknown) => {
        restore();
        showError(error);
        return false;
      },
    );
    const undo = () => {
      restore();
      void recorded.then(async (wasRecorded) => {
        if (!wasRecorded) return;
        try {
          // Dismissing replaced a save; undoing brings the save back rather than forgetting it.
          await (suggestion.saved ? sendFeedback(id, 'save') : clearFeedback(id));
          show({ message: t('matching.notices.restored', { name: nameOf(suggestion) }) });
        } catch (error) {
          updateItems(withoutItem(suggestionId, id));
          showError(error);
        }
      });
    };
    const name = nameOf(suggestion);
    show({
      message:
        action === 'dismiss'
          ? t('matching.notices.dismissed', { name })
          : t('matching.notices.notNow', { name, days: NOT_NOW_DAYS }),
      undo,
    });
  };

  if (results?.error && isProfileRequired(results.error)) return <ProfileRequired />;

  return (
    <>
      <CallsForYou />
      <FilterLayout
        id="suggestions"
        panel={<FilterPanel filters={filters} onChange={setFilters} fields={SUGGESTION_FILTER_FIELDS} />}
        active={active}
        onClear={clearFilters}
      >
        <Box component="section" aria-labelledby="suggestions-results">
          <Typography id="suggestions-results" ref={headingRef} tabIndex={-1} variant="h2" sx={visuallyHidden}>
            {t('matching.results')}
          </Typography>
          <Box aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
            {results && !results.error ? t('matching.shown', { count: results.items.length }) : ''}
          </Box>
          {warmingUp ? (
            <WarmingUpNotice />
          ) : !results ? (
            <GridSkeleton count={4} size={CARD_SIZE} />
          ) : results.error ? (
            <ResultsError error={results.error} onRetry={retry} />
          ) : results.items.length === 0 && !results.nextCursor ? (
            <EmptyState
              title={active > 0 ? t('matching.emptyFiltered') : t('matching.empty')}
              help={active > 0 ? t('directory.emptyFilteredHelp') : t('matching.emptyHelp')}
              action={
                active > 0 ? (
                  <Button variant="contained" onClick={clearFilters}>
                    {t('directory.clear')}
                  </Button>
                ) : (
                  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'center' }}>
                    <Button component={RouterLink} to="/profile/edit" variant="contained">
                      {t('matching.editProfile')}
                    </Button>
                    <Button component={RouterLink} to="/directory">
                      {t('home.directory.action')}
                    </Button>
                  </Stack>
                )
              }
            />
          ) : (
            <Box ref={listRef}>
              <ReasonLegend />
              <PagedGrid
                items={results.items}
                idOf={suggestionId}
                renderItem={(suggestion) => (
                  <SuggestionCard suggestion={suggestion} onToggleSave={toggleSave} onHide={hide} />
                )}
                hasMore={Boolean(results.nextCursor)}
                more={more}
                loadMore={loadMore}
                endLabel={t('matching.end')}
                size={CARD_SIZE}
              />
            </Box>
          )}
        </Box>
      </FilterLayout>
      <NoticeSnackbar notice={notice} onClose={close} />
    </>
  );
}
