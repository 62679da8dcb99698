import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import Print from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { ScheduleDto } from '@musubi/shared';
import { fetchSchedule } from '../../api/events';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { formatDay, formatTime } from '../meetings/meetingTime';
import { describeEventError } from './eventText';
import { localized } from '../../lib/localized';
import { useEvent } from './useEvent';

/** `/events/:id/print`: one sheet per table with its rounds, times and names, for the venue. */
export function PrintPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { event, error: eventError } = useEvent(id);
  const [schedule, setSchedule] = useState<ScheduleDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('events.print.title'));

  useEffect(() => {
    if (!id) return;
    fetchSchedule(id).then(setSchedule, (e: unknown) => setError(describeEventError(e, t)));
  }, [id, t]);

  const problem = eventError ?? error;
  if (problem) {
    return (
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Alert severity="error">{problem}</Alert>
      </Container>
    );
  }
  if (!event || !schedule) return <PageLoader />;
  const title = localized(event.title, i18n.language);
  const zone = event.timeZone;
  const tables = Array.from({ length: schedule.tables }, (_, i) => i + 1).filter((table) =>
    schedule.meetings.some((m) => m.table === table),
  );

  return (
    <Container
      maxWidth="md"
      sx={{
        '@media print': {
          maxWidth: 'none',
          p: 0,
          '& .no-print': { display: 'none !important' },
        },
      }}
    >
      <Box
        component="style"
        // Hide the app's header and footer on paper; the sheet is all that prints.
        dangerouslySetInnerHTML={{
          __html: '@media print { header, footer, nav { display: none !important; } body { background: #fff; } }',
        }}
      />
      <Box className="no-print" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 2 }}>
        <Button component={RouterLink} to={`/events/${event.id}/manage?tab=schedule`}>
          {t('events.print.back')}
        </Button>
        <Button variant="contained" startIcon={<Print />} onClick={() => window.print()}>
          {t('events.print.print')}
        </Button>
      </Box>
      <Typography variant="h1" sx={{ fontSize: '1.6rem', mb: 0.5 }} lang={title.lang}>
        {title.text}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {formatDay(event.sessionPlan?.startsAt ?? event.startsAt, i18n.language, zone)} · {zone}
        {schedule.status !== 'published' ? ` · ${t('events.print.draft')}` : ''}
      </Typography>
      {tables.length === 0 ? <Typography color="text.secondary">{t('events.print.empty')}</Typography> : null}
      {tables.map((table) => (
        <Box
          key={table}
          component="section"
          aria-labelledby={`print-table-${table}`}
          sx={{ mb: 4, breakInside: 'avoid', '@media print': { breakAfter: 'page', mb: 0 } }}
        >
          <Typography id={`print-table-${table}`} variant="h2" sx={{ fontSize: '1.4rem', borderBottom: 2, mb: 1 }}>
            {t('events.schedule.tableN', { table })}
          </Typography>
          <Box
            component="table"
            sx={{
              width: '100%',
              borderCollapse: 'collapse',
              '& th, & td': { border: 1, borderColor: 'grey.400', p: 1, textAlign: 'left' },
            }}
          >
            <thead>
              <tr>
                <th scope="col">{t('events.schedule.round')}</th>
                <th scope="col">{t('events.print.time')}</th>
                <th scope="col">{t('events.print.names')}</th>
              </tr>
            </thead>
            <tbody>
              {schedule.rounds.map((round) => {
                const meeting = schedule.meetings.find((m) => m.table === table && m.round === round.round);
                return (
                  <tr key={round.round}>
                    <td>{round.round}</td>
                    <td style={{ whiteSpace: 'nowrap' }}>
                      {formatTime(round.start, i18n.language, zone)}–{formatTime(round.end, i18n.language, zone)}
                    </td>
                    <td>{meeting ? `${meeting.a.name} / ${meeting.b.name}` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </Box>
        </Box>
      ))}
    </Container>
  );
}
