import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationPageDto, type ApplicationStatus } from '@musubi/shared';
import { applicationsUrl, fetchApplications } from '../../api/calls';
import { ApplicationReviewCard } from './ApplicationReviewCard';
import { describeCallError } from './callText';
import { RetryAlert } from '../../components/RetryAlert';

type StatusFilter = ApplicationStatus | 'all';

/** The poster's review list, filtered by status, with counts per status. */
export function ApplicationsTab({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [page, setPage] = useState<{ key: string; data: ApplicationPageDto } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const statuses = filter === 'all' ? undefined : [filter];
  const key = applicationsUrl(callId, statuses);

  const load = useCallback(() => {
    fetchApplications(callId, filter === 'all' ? undefined : [filter]).then(
      (data) => setPage({ key: applicationsUrl(callId, filter === 'all' ? undefined : [filter]), data }),
      (e: unknown) => setError(describeCallError(e, t)),
    );
  }, [callId, filter, t]);

  useEffect(() => {
    load();
  }, [load]);

  const retry = () => {
    setError(null);
    load();
  };

  const more = async () => {
    if (!page?.data.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await fetchApplications(callId, statuses, page.data.nextCursor);
      setPage((current) =>
        current && current.key === key
          ? { key, data: { ...next, items: [...current.data.items, ...next.items] } }
          : current,
      );
    } catch (e) {
      setError(describeCallError(e, t));
    } finally {
      setLoadingMore(false);
    }
  };

  const current = page?.key === key ? page.data : null;
  const total = current ? Object.values(current.counts).reduce((sum, n) => sum + n, 0) : 0;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={filter}
        onChange={(_, next: StatusFilter | null) => {
          if (!next) return;
          setError(null);
          setFilter(next);
        }}
        aria-label={t('calls.review.filter')}
        sx={{ flexWrap: 'wrap' }}
      >
        <ToggleButton value="all">
          {t('calls.review.all')}
          {current ? ` (${total})` : ''}
        </ToggleButton>
        {APPLICATION_STATUSES.map((status) => (
          <ToggleButton key={status} value={status}>
            {t(`calls.applicationStatus.${status}`)}
            {current ? ` (${current.counts[status] ?? 0})` : ''}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {error ? <RetryAlert onRetry={retry}>{error}</RetryAlert> : null}
      {!current ? (
        error ? null : (
          <Box role="status" sx={{ display: 'grid', placeItems: 'center', py: 4 }}>
            <CircularProgress aria-label={t('app.loading')} />
          </Box>
        )
      ) : current.items.length === 0 ? (
        <Typography color="text.secondary">{t('calls.review.empty')}</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
          {current.items.map((application) => (
            <li key={application.id}>
              <ApplicationReviewCard
                callId={callId}
                application={application}
                onStale={load}
                onChange={(next) =>
                  setPage((p) =>
                    p
                      ? {
                          ...p,
                          data: {
                            ...p.data,
                            counts:
                              next.status === application.status
                                ? p.data.counts
                                : {
                                    ...p.data.counts,
                                    [application.status]: p.data.counts[application.status] - 1,
                                    [next.status]: p.data.counts[next.status] + 1,
                                  },
                            items: p.data.items.map((item) => (item.id === next.id ? next : item)),
                          },
                        }
                      : p,
                  )
                }
              />
            </li>
          ))}
        </Box>
      )}
      {current?.nextCursor ? (
        <Box sx={{ textAlign: 'center' }}>
          <Button variant="outlined" loading={loadingMore} onClick={() => void more()}>
            {t('calls.list.loadMore')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
