import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RetryAlert } from './RetryAlert';

/** A list read page by page: the items so far, the cursor of the next page, and the last error. */
export interface PagedList<T> {
  items: T[];
  nextCursor: string | null;
  error: string | null;
}

interface Props<T> {
  /** The list shown, or null while its first page loads. */
  list: PagedList<T> | null;
  onRetry(): void;
  /** What an empty list says. */
  empty: ReactNode;
  moreLabel: string;
  loadingMore: boolean;
  onMore(): void;
  children(items: T[]): ReactNode;
}

/** A paged list's body: a spinner, an error with a retry, the empty message, or the items and a "load more" button. */
export function PagedListBody<T>({ list, onRetry, empty, moreLabel, loadingMore, onMore, children }: Props<T>) {
  const { t } = useTranslation();
  if (!list) {
    return (
      <Box role="status" sx={{ display: 'grid', placeItems: 'center', py: 6 }}>
        <CircularProgress aria-label={t('app.loading')} />
      </Box>
    );
  }
  if (list.error && list.items.length === 0) {
    return <RetryAlert onRetry={onRetry}>{list.error}</RetryAlert>;
  }
  if (list.items.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <>
      {children(list.items)}
      {list.nextCursor ? (
        <Box sx={{ textAlign: 'center', mt: 3 }}>
          <Button variant="outlined" loading={loadingMore} onClick={onMore}>
            {moreLabel}
          </Button>
        </Box>
      ) : null}
    </>
  );
}
