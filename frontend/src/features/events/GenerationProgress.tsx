import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ScheduleJobDto } from '@musubi/shared';
import { fetchScheduleJob } from '../../api/events';

const POLL_MS = 500;

/**
 * While a generation runs: the server's job (phase, share of the time budget used) as a progress
 * bar, read every POLL_MS. One generation runs per event at a time, so a running job is this one;
 * until it shows up the bar is indeterminate.
 */
export function GenerationProgress({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const [job, setJob] = useState<ScheduleJobDto | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      fetchScheduleJob(eventId)
        .then(
          (latest) => {
            // An older, finished job says nothing about this run.
            if (!stopped && latest.status === 'running') setJob(latest);
          },
          () => undefined,
        )
        .finally(() => {
          if (!stopped) timer = setTimeout(poll, POLL_MS);
        });
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [eventId]);

  const phase = job?.phase ?? null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
    job?.progress ?? 0,
  );
  const text = phase ? t(`events.schedule.progress.${phase}`, { percent }) : t('events.schedule.progress.starting');
  const determinate = phase === 'optimise' || phase === 'saving';
  return (
    <Box role="status" sx={{ mb: 2 }}>
      <LinearProgress
        aria-label={t('events.schedule.progress.label')}
        variant={determinate ? 'determinate' : 'indeterminate'}
        value={determinate ? Math.round((job?.progress ?? 0) * 100) : undefined}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {text}
      </Typography>
    </Box>
  );
}
