import { useCallback, useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Lock from '@mui/icons-material/Lock';
import LockOpen from '@mui/icons-material/LockOpen';
import OpenWith from '@mui/icons-material/OpenWith';
import Add from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { EventDto, ScheduleDto, ScheduledMeetingDto } from '@musubi/shared';
import {
  addScheduledMeeting,
  exportUrl,
  fetchSchedule,
  generateSchedule,
  publishSchedule,
  removeScheduledMeeting,
  updateScheduledMeeting,
} from '../../api/events';
import { KIND_COLORS } from '../profiles/KindChip';
import { AddMeetingDialog } from './AddMeetingDialog';
import { GenerationProgress } from './GenerationProgress';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeEventError } from './eventText';
import { TabAlerts } from './TabAlerts';
import { roundLabelText } from './RoundLabel';

const percent = (value: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const number = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

/** The optimiser's figures: objective against plain greedy and against the proven upper bound. */
const UNPLACED_REASONS = ['no-common-round', 'meeting-limit', 'tables-full', 'rounds-busy'];

function Stats({ stats, names }: { stats: NonNullable<ScheduleDto['stats']>; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const gain = stats.greedyObjective > 0 ? stats.objective / stats.greedyObjective - 1 : null;
  const ofBound = stats.upperBound > 0 ? stats.objective / stats.upperBound : null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="schedule-stats-heading" sx={{ p: 2, mb: 2 }}>
      <Typography id="schedule-stats-heading" variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
        {t('events.schedule.stats')}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(4, minmax(0, 1fr))' }, gap: 1.5 }}
      >
        {[
          [t('events.schedule.objective'), number(stats.objective, lang)],
          [
            t('events.schedule.greedy'),
            gain === null
              ? number(stats.greedyObjective, lang)
              : t('events.schedule.greedyGain', {
                  value: number(stats.greedyObjective, lang),
                  gain: percent(gain, lang),
                }),
          ],
          [t('events.schedule.ofBound'), ofBound === null ? '—' : percent(ofBound, lang)],
          [t('events.schedule.approvedPlaced'), `${stats.approvedPlaced} / ${stats.approvedPairs}`],
        ].map(([label, value]) => (
          <Box key={label}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontWeight: 700, fontSize: '1.15rem' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('events.schedule.time', { ms: Math.round(stats.ms) })}
      </Typography>
      {stats.unplacedApproved.length > 0 ? (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {t('events.schedule.unplaced', { count: stats.unplacedApproved.length })}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {stats.unplacedApproved.map((u) => {
              const [a = '', b = ''] = u.key.split('-');
              const who =
                names.has(a) && names.has(b)
                  ? t('events.pairs.pairNames', { a: names.get(a), b: names.get(b) })
                  : t('events.schedule.unplacedPair');
              const why = UNPLACED_REASONS.includes(u.reason)
                ? t(`events.schedule.unplacedReason.${u.reason}`)
                : u.reason;
              return <li key={u.key}>{`${who}: ${why}`}</li>;
            })}
          </Box>
        </Alert>
      ) : null}
    </Paper>
  );
}

function MoveDialog({
  meeting,
  rounds,
  tables,
  onClose,
  onMove,
}: {
  meeting: ScheduledMeetingDto | null;
  rounds: number;
  tables: number;
  onClose(): void;
  onMove(round: number, table: number): void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  // Mounted per meeting (keyed), so the pickers start at its cell.
  const [round, setRound] = useState(meeting?.round ?? 1);
  const [table, setTable] = useState(meeting?.table ?? 1);
  return (
    <Dialog open={Boolean(meeting)} onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('events.schedule.moveTitle')}</DialogTitle>
      <DialogContent>
        {meeting ? (
          <Typography sx={{ mb: 2 }}>
            {t('events.pairs.pairNames', { a: meeting.a.name, b: meeting.b.name })}
          </Typography>
        ) : null}
        <Stack direction="row" spacing={2}>
          <TextField
            select
            label={t('events.schedule.round')}
            value={round}
            onChange={(e) => setRound(Number(e.target.value))}
            fullWidth
          >
            {Array.from({ length: rounds }, (_, i) => (
              <MenuItem key={i + 1} value={i + 1}>
                {i + 1}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('events.schedule.table')}
            value={table}
            onChange={(e) => setTable(Number(e.target.value))}
            fullWidth
          >
            {Array.from({ length: tables }, (_, i) => (
              <MenuItem key={i + 1} value={i + 1}>
                {i + 1}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('events.actions.cancel')}</Button>
        <Button variant="contained" onClick={() => onMove(round, table)}>
          {t('events.schedule.move')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Cell({
  meeting,
  disabled,
  onToggleLock,
  onMove,
  onRemove,
}: {
  meeting: ScheduledMeetingDto;
  disabled: boolean;
  onToggleLock(): void;
  onMove(): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const names = t('events.pairs.pairNames', { a: meeting.a.name, b: meeting.b.name });
  return (
    <Box sx={{ minWidth: 150 }} data-meeting={meeting.key}>
      {[meeting.a, meeting.b].map((p) => (
        <Typography
          key={p.profileId}
          variant="body2"
          sx={{
            fontWeight: 600,
            borderLeft: 3,
            borderColor: KIND_COLORS[p.kind],
            pl: 0.75,
            overflowWrap: 'anywhere',
            lineHeight: 1.35,
            mb: 0.25,
          }}
        >
          {p.name}
        </Typography>
      ))}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.25, mt: 0.5 }}>
        <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
          {meeting.score === null
            ? t('events.schedule.noScore')
            : t('events.schedule.score', { score: Math.round(meeting.score) })}
          {meeting.approved ? ` · ${t('events.pairStatus.approved')}` : ''}
        </Typography>
        <Tooltip title={meeting.locked ? t('events.schedule.unlock') : t('events.schedule.lock')}>
          <IconButton
            size="small"
            aria-pressed={meeting.locked}
            aria-label={t('events.schedule.lockWho', { names })}
            onClick={onToggleLock}
            disabled={disabled}
            color={meeting.locked ? 'primary' : 'default'}
          >
            {meeting.locked ? <Lock fontSize="small" /> : <LockOpen fontSize="small" />}
          </IconButton>
        </Tooltip>
        <Tooltip title={t('events.schedule.move')}>
          <IconButton
            size="small"
            aria-label={t('events.schedule.moveWho', { names })}
            onClick={onMove}
            disabled={disabled}
          >
            <OpenWith fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('events.schedule.remove')}>
          <IconButton
            size="small"
            aria-label={t('events.schedule.removeWho', { names })}
            onClick={onRemove}
            disabled={disabled}
          >
            <DeleteOutline fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
    </Box>
  );
}

/** The rounds × tables grid; scrolls sideways on small screens with the round column kept in view. */
function Grid({
  schedule,
  event,
  busy,
  onAction,
  onAdd,
}: {
  schedule: ScheduleDto;
  event: EventDto;
  busy: boolean;
  onAction(meeting: ScheduledMeetingDto, action: 'lock' | 'move' | 'remove'): void;
  onAdd(cell: { round: number; table: number }): void;
}) {
  const { t, i18n } = useTranslation();
  const byCell = new Map(schedule.meetings.map((m) => [`${m.round}-${m.table}`, m]));
  const tables = Array.from({ length: schedule.tables }, (_, i) => i + 1);
  return (
    <Box
      sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, maxWidth: '100%' }}
      tabIndex={0}
      role="region"
      aria-label={t('events.schedule.grid')}
    >
      <Box
        component="table"
        sx={{
          borderCollapse: 'collapse',
          minWidth: '100%',
          '& th, & td': { border: 1, borderColor: 'divider', p: 1, verticalAlign: 'top', textAlign: 'left' },
          '& thead th': { bgcolor: 'grey.100', fontSize: '0.875rem', whiteSpace: 'nowrap' },
        }}
      >
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ position: 'sticky', left: 0, zIndex: 1 }}>
              {t('events.schedule.round')}
            </Box>
            {tables.map((table) => (
              <th key={table} scope="col">
                {t('events.schedule.tableN', { table })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schedule.rounds.map((round) => (
            <tr key={round.round}>
              <Box
                component="th"
                scope="row"
                sx={{
                  position: 'sticky',
                  left: 0,
                  bgcolor: 'background.paper',
                  zIndex: 1,
                  fontSize: '0.8125rem',
                  minWidth: 96,
                  maxWidth: 130,
                }}
              >
                {roundLabelText(round, i18n.language, event.timeZone, undefined, t)}
              </Box>
              {tables.map((table) => {
                const meeting = byCell.get(`${round.round}-${table}`);
                return (
                  <td key={table}>
                    {meeting ? (
                      <Cell
                        meeting={meeting}
                        disabled={busy}
                        onToggleLock={() => onAction(meeting, 'lock')}
                        onMove={() => onAction(meeting, 'move')}
                        onRemove={() => onAction(meeting, 'remove')}
                      />
                    ) : (
                      <Button
                        size="small"
                        startIcon={<Add fontSize="small" />}
                        disabled={busy}
                        onClick={() => onAdd({ round: round.round, table })}
                        aria-label={t('events.schedule.addWhere', { round: round.round, table })}
                        sx={{ color: 'text.secondary' }}
                      >
                        {t('events.schedule.empty')}
                      </Button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}

/** Generate a draft schedule, adjust it (lock, move, remove), then publish it to participants. */
export function ScheduleTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const [schedule, setSchedule] = useState<ScheduleDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [fill, setFill] = useState(true);
  const [keepLocked, setKeepLocked] = useState(true);
  const [moving, setMoving] = useState<ScheduledMeetingDto | null>(null);
  const [adding, setAdding] = useState<{ round: number; table: number } | null>(null);
  const [askPublish, setAskPublish] = useState(false);

  const load = useCallback(() => {
    fetchSchedule(event.id).then(
      (loaded) => {
        setSchedule(loaded);
      },
      (e: unknown) => setError(describeEventError(e, t)),
    );
  }, [event.id, t]);

  useEffect(() => {
    load();
  }, [load]);

  /** Runs a change, then shows the schedule the server returns (or reloads it). */
  const run = async (kind: string, change: () => Promise<ScheduleDto | undefined>, done?: string) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      const next = await change();
      if (next && Array.isArray(next.meetings)) {
        // A change answers without stats; keep the last generation's figures on screen.
        setSchedule((current) => ({ ...next, stats: next.stats ?? current?.stats ?? null }));
      } else load();
      if (done) setNotice(done);
    } catch (e) {
      setError(describeEventError(e, t));
      load();
    } finally {
      setBusy(null);
    }
  };

  if (!event.sessionPlan) return <Alert severity="info">{t('events.schedule.needsPlan')}</Alert>;
  if (!schedule)
    return error ? <Alert severity="error">{error}</Alert> : <CircularProgress aria-label={t('app.loading')} />;

  const published = schedule.status === 'published';
  const names = new Map(
    schedule.meetings.flatMap(
      (m) =>
        [
          [m.a.profileId, m.a.name],
          [m.b.profileId, m.b.name],
        ] as const,
    ),
  );
  const onAction = (meeting: ScheduledMeetingDto, action: 'lock' | 'move' | 'remove') => {
    if (action === 'move') setMoving(meeting);
    else if (action === 'lock')
      void run(`lock:${meeting.key}`, () => updateScheduledMeeting(event.id, meeting.key, { locked: !meeting.locked }));
    else void run(`remove:${meeting.key}`, () => removeScheduledMeeting(event.id, meeting.key));
  };

  return (
    <Box>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <Typography sx={{ fontWeight: 700 }}>{t(`events.schedule.status.${schedule.status}`)}</Typography>
        <FormControlLabel
          control={<Checkbox checked={fill} onChange={(e) => setFill(e.target.checked)} />}
          label={t('events.schedule.fill')}
        />
        <FormControlLabel
          control={<Checkbox checked={keepLocked} onChange={(e) => setKeepLocked(e.target.checked)} />}
          label={t('events.schedule.keepLocked')}
        />
        <Button
          variant="contained"
          loading={busy === 'generate'}
          disabled={busy !== null && busy !== 'generate'}
          onClick={() =>
            void run(
              'generate',
              () => generateSchedule(event.id, { fillWithSuggestions: fill, keepLocked }),
              t('events.schedule.generated'),
            )
          }
        >
          {schedule.status === 'none' ? t('events.schedule.generate') : t('events.schedule.regenerate')}
        </Button>
        <Button
          variant="outlined"
          disabled={published || schedule.status === 'none' || schedule.violations.length > 0 || busy !== null}
          onClick={() => setAskPublish(true)}
        >
          {t('events.schedule.publish')}
        </Button>
        <Link href={exportUrl(event.id, 'schedule')} download>
          {t('events.dashboard.exportSchedule')}
        </Link>
      </Stack>
      {busy === 'generate' ? <GenerationProgress eventId={event.id} /> : null}
      <TabAlerts notice={notice} error={error} onCloseNotice={() => setNotice(null)} />
      {published ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('events.schedule.publishedNote')}
        </Alert>
      ) : null}
      {schedule.stats ? <Stats stats={schedule.stats} names={names} /> : null}
      {schedule.violations.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          <Typography sx={{ fontWeight: 700 }}>
            {t('events.schedule.violations', { count: schedule.violations.length })}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={t('events.schedule.violationsList')}>
            {schedule.violations.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {schedule.status === 'none' ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('events.schedule.noneYet')}
        </Typography>
      ) : null}
      {schedule.rounds.length > 0 ? (
        <Grid schedule={schedule} event={event} busy={busy !== null} onAction={onAction} onAdd={setAdding} />
      ) : null}
      <MoveDialog
        key={moving?.key ?? 'none'}
        meeting={moving}
        rounds={schedule.rounds.length}
        tables={schedule.tables}
        onClose={() => setMoving(null)}
        onMove={(round, table) => {
          const meeting = moving;
          setMoving(null);
          if (meeting && (meeting.round !== round || meeting.table !== table))
            void run(`move:${meeting.key}`, () => updateScheduledMeeting(event.id, meeting.key, { round, table }));
        }}
      />
      {adding ? (
        <AddMeetingDialog
          eventId={event.id}
          cell={adding}
          onClose={() => setAdding(null)}
          onAdd={(a, b) => {
            const cell = adding;
            setAdding(null);
            void run(`add:${cell.round}-${cell.table}`, () =>
              addScheduledMeeting(event.id, { a, b, round: cell.round, table: cell.table, locked: true }),
            );
          }}
        />
      ) : null}
      <ConfirmDialog
        open={askPublish}
        title={t('events.schedule.publishTitle')}
        confirmLabel={t('events.schedule.publish')}
        busy={busy === 'publish'}
        onClose={() => setAskPublish(false)}
        onConfirm={() => {
          setAskPublish(false);
          void run('publish', () => publishSchedule(event.id), t('events.schedule.publishDone'));
        }}
      >
        {t('events.schedule.publishBody', { count: schedule.meetings.length })}
      </ConfirmDialog>
    </Box>
  );
}
