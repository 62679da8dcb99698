import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EventDashboardDto, EventDto, ProfileKind } from '@musubi/shared';
import { LOCATION_AREAS } from '@musubi/shared';
import { exportUrl, fetchDashboard } from '../../api/events';
import { KIND_COLORS } from '../profiles/KindChip';
import { describeEventError } from './eventText';

/** Labelled horizontal bars, each as wide as its share of the largest value. */
function Bars({ title, rows }: { title: string; rows: Array<{ label: string; value: number; color?: string }> }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1.5 }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('events.dashboard.noData')}
        </Typography>
      ) : (
        <Stack component="dl" spacing={1} sx={{ m: 0 }}>
          {rows.map((row) => (
            <Box key={row.label}>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                <Typography component="dt" variant="body2">
                  {row.label}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 700 }}>
                  {row.value}
                </Typography>
              </Box>
              <LinearProgress
                variant="determinate"
                value={(row.value / max) * 100}
                aria-hidden
                sx={{ height: 8, borderRadius: 4, '& .MuiLinearProgress-bar': row.color ? { bgcolor: row.color } : {} }}
              />
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontSize: '1.6rem', fontWeight: 800 }}>{value}</Typography>
    </Paper>
  );
}

/** Figures for the organisers: who takes part, how curation and meetings went; CSV exports. */
export function DashboardTab({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<EventDashboardDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchDashboard(event.id).then(setData, (e: unknown) => setError(describeEventError(e, t)));
  }, [event.id, t]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!data) return <CircularProgress aria-label={t('app.loading')} />;

  const areaLabel = (area: string) =>
    (LOCATION_AREAS as readonly string[]).includes(area) ? t(`profileForm.areas.${area}`) : area;
  const rate =
    data.requestAcceptanceRate === null
      ? t('events.dashboard.noRate')
      : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
          data.requestAcceptanceRate,
        );

  return (
    <Stack spacing={3}>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <Figure label={t('events.dashboard.participants')} value={data.participants.total} />
        <Figure label={t('events.dashboard.pairsApproved')} value={data.pairs.approved} />
        <Figure label={t('events.dashboard.meetingsScheduled')} value={data.meetings.scheduled} />
        <Figure label={t('events.dashboard.acceptance')} value={rate} />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        <Bars
          title={t('events.dashboard.byKind')}
          rows={(Object.entries(data.participants.byKind) as Array<[ProfileKind, number]>).map(([kind, value]) => ({
            label: t(`profileForm.kinds.${kind}`),
            value,
            color: KIND_COLORS[kind],
          }))}
        />
        <Bars
          title={t('events.dashboard.byArea')}
          rows={Object.entries(data.participants.byArea)
            .sort((a, b) => b[1] - a[1])
            .map(([area, value]) => ({ label: areaLabel(area), value }))}
        />
        <Bars
          title={t('events.dashboard.byStatus')}
          rows={Object.entries(data.participants.byStatus).map(([s, value]) => ({
            label: t(`events.participantStatus.${s}`),
            value,
          }))}
        />
        <Bars
          title={t('events.dashboard.pairs')}
          rows={(['suggested', 'approved', 'introduced', 'rejected'] as const).map((s) => ({
            label: t(`events.pairStatus.${s}`),
            value: data.pairs[s],
          }))}
        />
        <Bars
          title={t('events.dashboard.meetings')}
          rows={(['scheduled', 'accepted', 'held', 'noShow', 'cancelled'] as const).map((s) => ({
            label: t(`events.dashboard.meeting.${s}`),
            value: data.meetings[s],
          }))}
        />
        <Paper variant="outlined" component="section" aria-labelledby="exports-heading" sx={{ p: 2 }}>
          <Typography id="exports-heading" variant="h3" sx={{ fontSize: '1rem', mb: 1.5 }}>
            {t('events.dashboard.exports')}
          </Typography>
          <Stack spacing={1}>
            <Link href={exportUrl(event.id, 'participants')} download>
              {t('events.dashboard.exportParticipants')}
            </Link>
            <Link href={exportUrl(event.id, 'pairs')} download>
              {t('events.dashboard.exportPairs')}
            </Link>
            <Link href={exportUrl(event.id, 'schedule')} download>
              {t('events.dashboard.exportSchedule')}
            </Link>
          </Stack>
        </Paper>
      </Box>
    </Stack>
  );
}
