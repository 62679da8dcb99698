import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import CardActionArea from '@mui/material/CardActionArea';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MeetingDto } from '@musubi/shared';
import { otherParticipant, StatusChip } from './MeetingParts';
import { ZonedRange } from './ZonedRange';

interface Props {
  meeting: MeetingDto;
  viewerId: string;
  viewerZone: string;
}

/** One meeting in a list: who, when (agreed, or the first option), where, status. */
export function MeetingCard({ meeting, viewerId, viewerZone }: Props) {
  const { t } = useTranslation();
  const other = otherParticipant(meeting, viewerId);
  const when = meeting.acceptedSlot ?? meeting.slots[0];
  const moreOptions = meeting.acceptedSlot ? 0 : meeting.slots.length - 1;
  return (
    <Paper variant="outlined" component="article" aria-label={t('meetings.list.with', { name: other.displayName })}>
      <CardActionArea component={RouterLink} to={`/meetings/${meeting.id}`} sx={{ p: { xs: 1.5, sm: 2 } }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Avatar src={other.avatarUrl ?? undefined} alt="" sx={{ bgcolor: 'secondary.main' }}>
            {Array.from(other.displayName)[0] ?? '?'}
          </Avatar>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography component="h3" sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>
                {t('meetings.list.with', { name: other.displayName })}
              </Typography>
              <StatusChip status={meeting.status} />
            </Stack>
            {when ? (
              <Box sx={{ mt: 0.5 }}>
                <ZonedRange
                  start={when.start}
                  end={when.end}
                  viewerZone={viewerZone}
                  otherZone={other.timeZone}
                  otherLabel={other.displayName}
                />
              </Box>
            ) : null}
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t(`meetings.format.${meeting.location.format}`)}
              {moreOptions > 0 ? ` · ${t('meetings.list.moreOptions', { count: moreOptions })}` : ''}
            </Typography>
          </Box>
        </Stack>
      </CardActionArea>
    </Paper>
  );
}
