import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MyApplicationDto } from '@musubi/shared';
import { fetchMyApplications } from '../../api/calls';
import { formatDay } from '../meetings/meetingTime';
import { usePosterName } from './CallCard';
import { ApplicationStatusChip, CallDeadline } from './CallParts';
import { describeCallError } from './callText';
import { localized } from '../../lib/localized';

function MyApplicationRow({ item, viewerZone }: { item: MyApplicationDto; viewerZone?: string }) {
  const { t, i18n } = useTranslation();
  const title = localized(item.call.title, i18n.language);
  const poster = usePosterName(item.call);
  return (
    <Paper component="article" variant="outlined" sx={{ p: { xs: 2, sm: 2.5 }, display: 'grid', gap: 0.75 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 700, overflowWrap: 'anywhere' }}>
          <Link component={RouterLink} to={`/calls/${item.call.id}`} lang={title.lang}>
            {title.text || t('calls.untitled')}
          </Link>
        </Typography>
        <ApplicationStatusChip status={item.application.status} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('calls.card.postedBy', { name: poster })} ·{' '}
        {t('calls.mine.appliedOn', { date: formatDay(item.application.createdAt, i18n.language, viewerZone) })}
      </Typography>
      <Typography variant="body2" component="div">
        <CallDeadline call={item.call} viewerZone={viewerZone} />
      </Typography>
      {item.application.status === 'declined' ? (
        <Typography variant="body2" color="text.secondary">
          {t('calls.mine.declinedNote')}
        </Typography>
      ) : null}
    </Paper>
  );
}

/** The viewer's own applications with their status (newest first, as the server sends them). */
export function MyApplicationsList({ viewerZone }: { viewerZone?: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<MyApplicationDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchMyApplications().then(setItems, (e: unknown) => setError(describeCallError(e, t)));
  }, [t]);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!items)
    return (
      <Box role="status" sx={{ display: 'grid', placeItems: 'center', py: 6 }}>
        <CircularProgress aria-label={t('app.loading')} />
      </Box>
    );
  if (items.length === 0) return <Typography color="text.secondary">{t('calls.mine.empty')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
      {items.map((item) => (
        <li key={item.application.id}>
          <MyApplicationRow item={item} viewerZone={viewerZone} />
        </li>
      ))}
    </Box>
  );
}
