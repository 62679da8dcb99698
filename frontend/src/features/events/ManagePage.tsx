import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { PageLoader } from '../../layout/PageStatus';
import { usePageTitle } from '../../layout/usePageTitle';
import { DashboardTab } from './DashboardTab';
import { EventStatusChips } from './EventCard';
import { EventStatusActions } from './EventStatusActions';
import { canManage } from './eventText';
import { localized } from '../../lib/localized';
import { PairsTab } from './PairsTab';
import { ParticipantsTab } from './ParticipantsTab';
import { ScheduleTab } from './ScheduleTab';
import { useEvent } from './useEvent';

const TABS = ['participants', 'pairs', 'schedule', 'dashboard'] as const;
type ManageTab = (typeof TABS)[number];

/** `/events/:id/manage`: the organisers' workspace — participants, curation, schedule, figures. */
export function ManagePage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const { event, setEvent, error } = useEvent(id);
  const requested = params.get('tab') as ManageTab | null;
  const tab: ManageTab = requested && TABS.includes(requested) ? requested : 'participants';
  usePageTitle(t('events.manage.title'));

  if (error && !event) {
    return (
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Alert severity="error">{error}</Alert>
      </Container>
    );
  }
  if (!event) return <PageLoader />;
  if (!canManage(event, user?.role)) {
    return (
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Alert severity="error">{t('errors.forbidden')}</Alert>
      </Container>
    );
  }
  const title = localized(event.title, i18n.language);

  return (
    <Container maxWidth="xl">
      <Button component={RouterLink} to={`/events/${event.id}`} size="small" sx={{ mb: 1 }}>
        {t('events.manage.back')}
      </Button>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { xs: 'flex-start', md: 'center' }, mb: 2 }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" sx={{ fontSize: { xs: '1.5rem', sm: '2rem' }, overflowWrap: 'anywhere' }}>
            {t('events.manage.title')}
          </Typography>
          <Typography color="text.secondary" lang={title.lang} sx={{ overflowWrap: 'anywhere' }}>
            {title.text}
          </Typography>
          <Box sx={{ display: 'flex', gap: 0.75, mt: 0.5 }}>
            <EventStatusChips event={event} />
          </Box>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="outlined" component={RouterLink} to={`/events/${event.id}/edit`}>
            {t('events.page.edit')}
          </Button>
          <Button variant="outlined" component={RouterLink} to={`/events/${event.id}/print`}>
            {t('events.manage.print')}
          </Button>
          <EventStatusActions event={event} onChange={setEvent} />
        </Stack>
      </Stack>
      <Tabs
        value={tab}
        onChange={(_, next: ManageTab) => setParams(next === 'participants' ? {} : { tab: next })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('events.manage.tabs')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {TABS.map((name) => (
          <Tab
            key={name}
            value={name}
            label={t(`events.manage.tab.${name}`)}
            id={`manage-tab-${name}`}
            aria-controls="manage-panel"
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="manage-panel" aria-labelledby={`manage-tab-${tab}`} sx={{ mb: 6 }}>
        {tab === 'participants' ? <ParticipantsTab event={event} /> : null}
        {tab === 'pairs' ? <PairsTab event={event} /> : null}
        {tab === 'schedule' ? <ScheduleTab event={event} /> : null}
        {tab === 'dashboard' ? <DashboardTab event={event} /> : null}
      </Box>
    </Container>
  );
}
