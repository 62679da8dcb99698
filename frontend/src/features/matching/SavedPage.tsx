import { useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import BookmarkRemove from '@mui/icons-material/BookmarkRemove';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ProfileCardDto } from '@musubi/shared';
import { describeApiError } from '../../api/errors';
import { clearFeedback, fetchSavedProfiles, sendFeedback } from '../../api/matching';
import { useLanguage } from '../../i18n/useLanguage';
import { usePageTitle } from '../../layout/usePageTitle';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { EmptyState, GridSkeleton, PagedGrid, ResultsError } from '../directory/PagedGrid';
import { ProfileCard } from '../directory/ProfileCard';
import { usePagedResults } from '../directory/usePagedResults';
import { pickText } from '../profiles/labels';
import { focusCardAt, withItemAt, withoutItem } from './listEdits';
import { NoticeSnackbar, useNotice } from './NoticeSnackbar';

const profileId = (profile: ProfileCardDto) => profile.id;

/** `/suggestions/saved`: the profiles the member saved, most recent first, each with "Remove". */
export function SavedPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { results, more, loadMore, retry, updateItems } = usePagedResults('', fetchSavedProfiles, profileId);
  const { notice, show, close } = useNotice();
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('matching.saved.title'));

  const showError = (error: unknown) => show({ message: describeApiError(error, t).message });

  const unsave = (profile: ProfileCardDto) => {
    const index = results?.items.findIndex((item) => item.id === profile.id) ?? 0;
    const restore = () => {
      updateItems(withItemAt(profileId, profile, index));
      focusCardAt(listRef.current, index);
    };
    updateItems(withoutItem(profileId, profile.id));
    focusCardAt(listRef.current, index, headingRef.current);
    const removed = clearFeedback(profile.id).then(
      () => true,
      (error: unknown) => {
        restore();
        showError(error);
        return false;
      },
    );
    const undo = () => {
      restore();
      void removed.then(async (wasRemoved) => {
        if (!wasRemoved) return;
        try {
          await sendFeedback(profile.id, 'save');
        } catch (error) {
          updateItems(withoutItem(profileId, profile.id));
          showError(error);
        }
      });
    };
    show({ message: t('matching.notices.unsaved', { name: pickText(profile.name, language)?.text ?? '' }), undo });
  };

  return (
    <Box component="section" aria-labelledby="saved-results">
      <Typography id="saved-results" ref={headingRef} tabIndex={-1} variant="h2" sx={visuallyHidden}>
        {t('matching.saved.results')}
      </Typography>
      <Box aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
        {results && !results.error ? t('matching.saved.shown', { count: results.items.length }) : ''}
      </Box>
      {!results ? (
        <GridSkeleton count={3} />
      ) : results.error ? (
        <ResultsError error={results.error} onRetry={retry} />
      ) : results.items.length === 0 && !results.nextCursor ? (
        <EmptyState
          title={t('matching.saved.empty')}
          help={t('matching.saved.emptyHelp')}
          action={
            <Button component={RouterLink} to="/suggestions" variant="contained">
              {t('matching.saved.toSuggestions')}
            </Button>
          }
        />
      ) : (
        <Box ref={listRef}>
          <PagedGrid
            items={results.items}
            idOf={profileId}
            renderItem={(profile) => (
              <ProfileCard profile={profile}>
                <Divider sx={{ mb: 1 }} />
                <Box>
                  <Button
                    size="small"
                    color="inherit"
                    startIcon={<BookmarkRemove />}
                    onClick={() => unsave(profile)}
                    sx={{ px: 1 }}
                  >
                    {t('matching.actions.unsave')}
                  </Button>
                </Box>
              </ProfileCard>
            )}
            hasMore={Boolean(results.nextCursor)}
            more={more}
            loadMore={loadMore}
            endLabel={t('matching.saved.end')}
          />
        </Box>
      )}
      <NoticeSnackbar notice={notice} onClose={close} />
    </Box>
  );
}
