import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, CallDto, CallOffer } from '@musubi/shared';
import { TwoZoneTime, ZoneAbbr } from '../../components/TwoZoneTime';
import { formatDay, formatTime, zoneCity } from '../meetings/meetingTime';
import { daysLeft } from './callText';

/** What the poster offers, as chips. */
export function OfferChips({ offers }: { offers: CallOffer[] }) {
  const { t } = useTranslation();
  if (offers.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label={t('calls.offers.label')}
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 0.75 }}
    >
      {offers.map((offer) => (
        <li key={offer}>
          <Chip size="small" color="primary" variant="outlined" label={t(`calls.offers.${offer}`)} />
        </li>
      ))}
    </Box>
  );
}

/**
 * The deadline as the poster set it (in the call's zone), the viewer's own time when that reads
 * differently, and how many days are left.
 */
export function CallDeadline({ call, viewerZone }: { call: CallDto; viewerZone?: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const left = daysLeft(call);
  const at = (zone: string) =>
    `${formatDay(call.deadlineAt, language, zone)} ${formatTime(call.deadlineAt, language, zone)}`;
  return (
    <TwoZoneTime
      at={call.deadlineAt}
      zone={call.timeZone}
      viewerZone={viewerZone}
      viewerText={(zone) => t('calls.deadline.yourTime', { time: at(zone), zone: zoneCity(zone) })}
    >
      <span>
        {t('calls.deadline.label')}
        {t('calls.colon')}
        {at(call.timeZone)} <ZoneAbbr zone={call.timeZone}>({zoneCity(call.timeZone)})</ZoneAbbr>{' '}
        <Box
          component="strong"
          sx={{
            color: left < 0 ? 'text.secondary' : left < 7 ? 'error.main' : 'success.dark',
            fontWeight: 700,
            whiteSpace: 'nowrap',
          }}
        >
          {left < 0 ? t('calls.deadline.passed') : t('calls.deadline.daysLeft', { count: left })}
        </Box>
      </span>
    </TwoZoneTime>
  );
}

const APPLICATION_COLORS: Record<ApplicationStatus, 'default' | 'info' | 'success' | 'warning' | 'primary'> = {
  new: 'info',
  shortlisted: 'primary',
  accepted: 'success',
  declined: 'default',
  withdrawn: 'default',
};

export function ApplicationStatusChip({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={APPLICATION_COLORS[status]} label={t(`calls.applicationStatus.${status}`)} />;
}

/** Draft, closed and awarded calls say so; open ones need no chip. */
export function CallStatusChip({ call }: { call: CallDto }) {
  const { t } = useTranslation();
  if (call.status === 'open') return null;
  return (
    <Chip
      size="small"
      color={call.status === 'draft' ? 'warning' : call.status === 'awarded' ? 'success' : 'default'}
      label={t(`calls.status.${call.status}`)}
    />
  );
}
