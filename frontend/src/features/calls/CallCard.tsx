import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CallDto } from '@musubi/shared';
import { ApplicationStatusChip, CallDeadline, CallStatusChip, OfferChips } from './CallParts';
import { localized } from '../../lib/localized';
import { CardGrid } from '../../components/CardGrid';
import { CardTitleLink } from '../../components/CardTitleLink';

/** The poster's profile name, or their display name when they post without one. */
export function usePosterName(call: CallDto): string {
  const { i18n } = useTranslation();
  return call.poster.profile ? localized(call.poster.profile.name, i18n.language).text : call.poster.displayName;
}

interface Props {
  call: CallDto;
  viewerZone?: string | null;
  /** Extra content under the card (reasons in "for you"). */
  children?: ReactNode;
}

/** One call in a list; the title is the (stretched) link. */
export function CallCard({ call, viewerZone, children }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const title = localized(call.title, i18n.language);
  const poster = usePosterName(call);
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{
        position: 'relative',
        p: { xs: 2, sm: 2.5 },
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        '&:hover, &:focus-within': { boxShadow: '0 6px 20px rgba(30, 50, 89, 0.12)' },
      }}
    >
      <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 700, lineHeight: 1.4, overflowWrap: 'anywhere' }}>
        <CardTitleLink to={`/calls/${call.id}`} id={titleId} lang={title.lang}>
          {title.text || t('calls.untitled')}
        </CardTitleLink>
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('calls.card.postedBy', { name: poster })}
      </Typography>
      <Typography variant="body2" component="div">
        <CallDeadline call={call} viewerZone={viewerZone} />
      </Typography>
      <OfferChips offers={call.offers} />
      {children}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mt: 'auto', pt: 0.5 }}>
        <CallStatusChip call={call} />
        {call.viewer.applicationStatus ? <ApplicationStatusChip status={call.viewer.applicationStatus} /> : null}
        {call.viewer.isPoster ? (
          <Typography variant="body2" color="text.secondary">
            {t('calls.card.applications', { count: call.applicationCount })}
          </Typography>
        ) : null}
      </Box>
    </Paper>
  );
}

export function CallCardList({ calls, viewerZone }: { calls: CallDto[]; viewerZone?: string | null }) {
  return (
    <CardGrid>
      {calls.map((call) => (
        <li key={call.id}>
          <CallCard call={call} viewerZone={viewerZone} />
        </li>
      ))}
    </CardGrid>
  );
}
