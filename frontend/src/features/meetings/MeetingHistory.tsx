import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, UserDto } from '@musubi/shared';
import { formatDay, formatTime } from './meetingTime';

/** What happened to the meeting, oldest first, each with who and when (viewer's zone). */
export function MeetingHistory({ meeting, viewer }: { meeting: MeetingDto; viewer: UserDto }) {
  const { t, i18n } = useTranslation();
  const nameOf = (userId: string | null) => {
    if (!userId) return t('meetings.history.system');
    if (userId === viewer.id) return t('meetings.history.you');
    return (
      [meeting.requester, meeting.receiver].find((p) => p.userId === userId)?.displayName ?? t('meetings.time.them')
    );
  };
  return (
    <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
      {meeting.history.map((entry, i) => (
        <Box component="li" key={`${entry.at}-${i}`} sx={{ mb: 0.75 }}>
          <Typography component="span">
            {t(`meetings.history.${entry.action}`, { name: nameOf(entry.byUserId) })}
          </Typography>{' '}
          <Typography component="time" dateTime={entry.at} variant="body2" color="text.secondary">
            {formatDay(entry.at, i18n.language, viewer.timeZone)} {formatTime(entry.at, i18n.language, viewer.timeZone)}
          </Typography>
          {entry.reason ? (
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              “{entry.reason}”
            </Typography>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}
