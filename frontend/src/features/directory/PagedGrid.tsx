import { useEffect, useRef, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errors';
import { visuallyHidden } from '../../layout/visuallyHidden';
import { ProfileCardSkeleton } from './ProfileCard';
import { focusFirstNew } from './usePagedResults';
import { RetryAlert } from '../../components/RetryAlert';

/** Columns per card: one on phones, more as the screen widens. */
export type CardSize = { xs: number; sm?: number; md?: number; lg?: number };
export const CARD_SIZE: CardSize = { xs: 12, sm: 6, lg: 4 };

interface Props<T> {
  items: T[];
  idOf(item: T): string;
  renderItem(item: T): ReactNode;
  hasMore: boolean;
  more: { loading: boolean; error: unknown };
  /** Appends the next page; resolves to the index of its first item, or null. */
  loadMore(): Promise<number | null>;
  /** Shown once everything is loaded. */
  endLabel: string;
  size?: CardSize;
}

/**
 * A grid of cards that loads the next page as its end comes near (infinite scroll), with a "Load
 * more" button that does the same for keyboards, screen readers and browsers without
 * IntersectionObserver.
 */
export function PagedGrid<T>({
  items,
  idOf,
  renderItem,
  hasMore,
  more,
  loadMore,
  endLabel,
  size = CARD_SIZE,
}: Props<T>) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const canAutoLoad = hasMore && !more.error;

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

  const loadMoreByButton = async () => focusFirstNew(listRef, '[data-card-link]', await loadMore());

  return (
    <>
      <Grid container spacing={2} ref={listRef} component="div">
        {items.map((item) => (
          <Grid key={idOf(item)} size={size}>
            {renderItem(item)}
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
        {hasMore ? (
          <Button variant="outlined" loading={more.loading} onClick={() => void loadMoreByButton()}>
            {more.error ? t('app.retry') : t('directory.loadMore')}
          </Button>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {endLabel}
          </Typography>
        )}
      </Box>
    </>
  );
}

/** Placeholder cards while the first page loads, announced once as "Loading". */
export function GridSkeleton({ count = 6, size = CARD_SIZE }: { count?: number; size?: CardSize }) {
  const { t } = useTranslation();
  return (
    <Box aria-busy="true">
      <Typography role="status" sx={visuallyHidden}>
        {t('app.loading')}
      </Typography>
      <Grid container spacing={2}>
        {Array.from({ length: count }, (_, index) => (
          <Grid key={index} size={size}>
            <ProfileCardSkeleton />
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}

/** The first page failed: the reason and a retry. */
export function ResultsError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return <RetryAlert onRetry={onRetry}>{describeApiError(error, t).message}</RetryAlert>;
}

/** Nothing to show: a heading, a hint and, when it helps, one action. */
export function EmptyState({ title, help, action }: { title: string; help: string; action?: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Typography variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: action ? 2.5 : 0 }}>
        {help}
      </Typography>
      {action}
    </Paper>
  );
}

/** The server is still building its matching index; the list asks again by itself. */
export function WarmingUpNotice() {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" role="status" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <CircularProgress size={28} aria-hidden sx={{ mb: 2 }} />
      <Typography variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
        {t('matching.warmingUp.title')}
      </Typography>
      <Typography color="text.secondary">{t('matching.warmingUp.body')}</Typography>
    </Paper>
  );
}
