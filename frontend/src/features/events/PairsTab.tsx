import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PushPin from '@mui/icons-material/PushPin';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  EVENT_LIMITS,
  KindPairSchema,
  PAIR_STATUSES,
  type EventDto,
  type KindPair,
  type PairDto,
  type PairPageDto,
  type PairStatus,
  type ProfileDto,
} from '@musubi/shared';
import { bulkApprovePairs, decidePair, exportUrl, fetchPairs, type PairAction } from '../../api/events';
import { MatchScore } from '../matching/MatchScore';
import { ReasonChips } from '../matching/ReasonChips';
import { KindChip } from '../profiles/KindChip';
import { describeEventError } from './eventText';
import { TabAlerts } from './TabAlerts';
import { localized, uiLanguage } from '../../lib/localized';
import { IntroduceDialog } from './IntroduceDialog';
import { ManualPairDialog } from './ManualPairDialog';
import { WhyNotHigher } from './WhyNotHigher';

const KIND_PAIRS = KindPairSchema.options;

function Person({ profile }: { profile: ProfileDto }) {
  const { i18n } = useTranslation();
  const name = localized(profile.name, i18n.language);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap', minWidth: 0 }}>
      <Link
        component={RouterLink}
        to={`/profiles/${profile.id}`}
        lang={name.lang}
        sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}
      >
        {name.text}
      </Link>
      <KindChip kind={profile.kind} />
    </Box>
  );
}

const STATUS_COLORS: Record<PairStatus, 'default' | 'success' | 'error' | 'info'> = {
  suggested: 'default',
  approved: 'success',
  rejected: 'error',
  introduced: 'info',
};

function PairRow({
  eventId,
  pair,
  busy,
  onAction,
  onIntroduce,
}: {
  eventId: string;
  pair: PairDto;
  busy: string | null;
  onAction(pair: PairDto, action: PairAction): void;
  onIntroduce(pair: PairDto): void;
}) {
  const { t, i18n } = useTranslation();
  const names = t('events.pairs.pairNames', {
    a: localized(pair.a.name, i18n.language).text,
    b: localized(pair.b.name, i18n.language).text,
  });
  const isBusy = (action: string) => busy === `${pair.key}:${action}`;
  const button = (action: PairAction, variant: 'contained' | 'outlined' | 'text' = 'text') => (
    <Button
      size="small"
      variant={variant}
      color={action === 'reject' ? 'error' : 'primary'}
      loading={isBusy(action)}
      disabled={busy !== null && !isBusy(action)}
      onClick={() => onAction(pair, action)}
      aria-label={t(`events.pairs.actionWho.${action}`, { names })}
    >
      {t(`events.pairs.action.${action}`)}
    </Button>
  );
  return (
    <Paper component="li" variant="outlined" aria-label={names} sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
        <Person profile={pair.a} />
        <Typography component="span" aria-hidden color="text.secondary">
          ×
        </Typography>
        <Person profile={pair.b} />
        <Box sx={{ flexGrow: 1 }} />
        {pair.pinned ? <PushPin fontSize="small" color="primary" titleAccess={t('events.pairs.pinned')} /> : null}
        {pair.manual ? <Chip size="small" variant="outlined" label={t('events.pairs.manual')} /> : null}
        <Chip size="small" color={STATUS_COLORS[pair.status]} label={t(`events.pairStatus.${pair.status}`)} />
      </Box>
      {pair.strength ? <MatchScore strength={pair.strength} rawScore={pair.score} /> : null}
      <ReasonChips reasons={pair.reasons} />
      <WhyNotHigher eventId={eventId} pair={pair} names={names} />
      <Stack direction="row" spacing={0.5} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 0.5 }}>
        {pair.status === 'suggested' || pair.status === 'rejected' ? button('approve', 'contained') : null}
        {pair.status === 'approved' ? (
          <Button
            size="small"
            variant="contained"
            disabled={busy !== null}
            onClick={() => onIntroduce(pair)}
            aria-label={t('events.pairs.introduceWho', { names })}
          >
            {t('events.pairs.introduce')}
          </Button>
        ) : null}
        {pair.status === 'introduced' && pair.conversationId ? (
          <Button size="small" component={RouterLink} to={`/messages/${pair.conversationId}`}>
            {t('events.pairs.openConversation')}
          </Button>
        ) : null}
        {pair.status === 'suggested' || pair.status === 'approved' ? button('reject') : null}
        {pair.status === 'approved' || pair.status === 'rejected' ? button('reset') : null}
        {pair.pinned ? button('unpin') : button('pin')}
      </Stack>
    </Paper>
  );
}

/** Curation: the suggested pairs among participants with the organisers' decisions. */
export function PairsTab({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<PairStatus | ''>('');
  const [kinds, setKinds] = useState<KindPair | ''>('');
  const [pinnedOnly, setPinnedOnly] = useState(false);
  const [draftQuery, setDraftQuery] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState<PairPageDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [top, setTop] = useState('10');
  const [introducing, setIntroducing] = useState<PairDto | null>(null);
  const [manualOpen, setManualOpen] = useState(false);

  const filter = useMemo(
    () => ({
      status: status ? [status] : undefined,
      kinds: kinds ? [kinds] : undefined,
      q,
      pinned: pinnedOnly ? true : undefined,
      limit: 100,
      lang: uiLanguage(i18n.language),
    }),
    [status, kinds, q, pinnedOnly, i18n.language],
  );

  const load = useCallback(() => {
    fetchPairs(event.id, filter).then(
      (loaded) => {
        setPage(loaded);
        setError(null);
      },
      (e: unknown) => setError(describeEventError(e, t)),
    );
  }, [event.id, filter, t]);

  useEffect(() => {
    load();
  }, [load]);

  const act = async (pair: PairDto, action: PairAction) => {
    setBusy(`${pair.key}:${action}`);
    setError(null);
    setNotice(null);
    try {
      const updated = await decidePair(event.id, pair.key, action);
      setPage((current) =>
        current ? { ...current, items: current.items.map((p) => (p.key === updated.key ? updated : p)) } : current,
      );
      load();
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(null);
    }
  };

  const more = async () => {
    if (!page?.nextCursor) return;
    setBusy('more');
    try {
      const next = await fetchPairs(event.id, { ...filter, cursor: page.nextCursor });
      setPage((current) => (current ? { ...next, items: [...current.items, ...next.items] } : next));
    } catch (e) {
      setError(describeEventError(e, t));
    } finally {
      setBusy(null);
    }
  };

  const bulk = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(top);
    if (!Number.isInteger(n) || n < 1 || n > EVENT_LIMITS.bulkApproveMax) {
      setError(t('events.pairs.bulkInvalid', { max: EVENT_LIMITS.bulkApproveMax }));
      return;
    }
    setBusy('bulk');
    setError(null);
    setNotice(null);
    try {
      const result = await bulkApprovePairs(event.id, n, kinds ? [kinds] : undefined);
      setNotice(
        typeof result?.approved === 'number'
          ? t('events.pairs.bulkDone', { count: result.approved })
          : t('events.pairs.bulkDoneUnknown'),
      );
      load();
    } catch (err) {
      setError(describeEventError(err, t));
    } finally {
      setBusy(null);
    }
  };

  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draftQuery.trim());
  };

  return (
    <Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
          mb: 2,
          alignItems: 'center',
        }}
      >
        <TextField
          select
          size="small"
          label={t('events.pairs.filterStatus')}
          value={status}
          onChange={(e) => setStatus(e.target.value as PairStatus | '')}
        >
          <MenuItem value="">{t('events.pairs.allStatuses')}</MenuItem>
          {PAIR_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`events.pairStatus.${s}`)}
              {page ? ` (${page.counts[s]})` : ''}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('events.pairs.filterKinds')}
          value={kinds}
          onChange={(e) => setKinds(e.target.value as KindPair | '')}
        >
          <MenuItem value="">{t('events.pairs.allKinds')}</MenuItem>
          {KIND_PAIRS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`events.kindPair.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <Box component="form" role="search" onSubmit={search} sx={{ display: 'flex', gap: 1 }}>
          <TextField
            size="small"
            type="search"
            fullWidth
            label={t('events.pairs.search')}
            value={draftQuery}
            onChange={(e) => setDraftQuery(e.target.value)}
          />
          <Button type="submit" variant="outlined" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
            {t('events.list.searchButton')}
          </Button>
        </Box>
        <FormControlLabel
          control={<Checkbox checked={pinnedOnly} onChange={(e) => setPinnedOnly(e.target.checked)} />}
          label={t('events.pairs.pinnedOnly')}
        />
      </Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <Box
          component="form"
          onSubmit={(e) => void bulk(e)}
          sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
        >
          <TextField
            size="small"
            type="number"
            label={t('events.pairs.topN')}
            value={top}
            onChange={(e) => setTop(e.target.value)}
            sx={{ width: 120 }}
            slotProps={{ htmlInput: { min: 1, max: EVENT_LIMITS.bulkApproveMax } }}
          />
          <Button type="submit" variant="contained" loading={busy === 'bulk'}>
            {t('events.pairs.bulkApprove')}
          </Button>
        </Box>
        <Button variant="outlined" onClick={() => setManualOpen(true)}>
          {t('events.pairs.manualOpen')}
        </Button>
        <Link href={exportUrl(event.id, 'pairs')} download>
          {t('events.dashboard.exportPairs')}
        </Link>
      </Stack>
      <TabAlerts notice={notice} error={error} onCloseNotice={() => setNotice(null)} />
      {!page ? (
        <CircularProgress aria-label={t('app.loading')} />
      ) : page.items.length === 0 ? (
        <Typography color="text.secondary">{t('events.pairs.none')}</Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1.5}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label={t('events.manage.tab.pairs')}
        >
          {page.items.map((pair) => (
            <PairRow
              key={pair.key}
              eventId={event.id}
              pair={pair}
              busy={busy}
              onAction={(p, a) => void act(p, a)}
              onIntroduce={setIntroducing}
            />
          ))}
        </Stack>
      )}
      {page?.nextCursor ? (
        <Box sx={{ textAlign: 'center', mt: 2 }}>
          <Button variant="outlined" loading={busy === 'more'} onClick={() => void more()}>
            {t('events.list.loadMore')}
          </Button>
        </Box>
      ) : null}
      <IntroduceDialog
        key={introducing?.key ?? 'none'}
        eventId={event.id}
        pair={introducing}
        onClose={() => setIntroducing(null)}
        onIntroduced={(pair) => {
          setIntroducing(null);
          setNotice(t('events.introduce.done'));
          setPage((current) =>
            current ? { ...current, items: current.items.map((p) => (p.key === pair.key ? pair : p)) } : current,
          );
          load();
        }}
      />
      <ManualPairDialog
        key={manualOpen ? 'open' : 'closed'}
        eventId={event.id}
        open={manualOpen}
        onClose={() => setManualOpen(false)}
        onCreated={() => {
          setManualOpen(false);
          setNotice(t('events.pairs.manualDone'));
          load();
        }}
      />
    </Box>
  );
}
