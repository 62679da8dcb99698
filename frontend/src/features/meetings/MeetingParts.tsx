import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { safeHttpUrl } from '../../lib/safeHttpUrl';
import type { MeetingDto, MeetingLocation, MeetingParticipantDto, MeetingStatus } from '@musubi/shared';

/** The participant who is not the viewer. */
export function otherParticipant(meeting: MeetingDto, viewerId: string): MeetingParticipantDto {
  return meeting.requester.userId === viewerId ? meeting.receiver : meeting.requester;
}

const STATUS_COLOR: Record<MeetingStatus, ChipProps['color']> = {
  pending: 'warning',
  accepted: 'success',
  declined: 'default',
  cancelled: 'default',
  expired: 'default',
};

export function StatusChip({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={STATUS_COLOR[status]} label={t(`meetings.status.${status}`)} />;
}

/** Where the meeting takes place, with an online link opened safely in a new tab. */
export function LocationView({ location }: { location: MeetingLocation }) {
  const { t } = useTranslation();
  const format = t(`meetings.format.${location.format}`);
  if (location.format === 'online') {
    const href = safeHttpUrl(location.url);
    return (
      <Box>
        <Typography component="span">{format}</Typography>
        {location.url ? (
          <Typography component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
            {href ? (
              <Link href={href} target="_blank" rel="noopener noreferrer nofollow">
                {location.url}
              </Link>
            ) : (
              location.url
            )}
          </Typography>
        ) : (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            {t('meetings.detail.linkLater')}
          </Typography>
        )}
      </Box>
    );
  }
  return (
    <Box>
      <Typography component="span">{format}</Typography>
      {location.place ? (
        <Typography component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
          {location.place}
        </Typography>
      ) : null}
    </Box>
  );
}
