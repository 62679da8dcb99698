import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Download from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, UserDto } from '@musubi/shared';
import { meetingIcsUrl } from '../../api/meetings';
import { MeetingActionDialog, type MeetingAction } from './MeetingActionDialog';
import { MeetingHistory } from './MeetingHistory';
import { MeetingOutcomeSection } from './MeetingOutcomeSection';
import { LocationView, otherParticipant } from './MeetingParts';
import { ZonedRange } from './ZonedRange';

export interface Notice {
  severity: 'success' | 'warning' | 'info';
  text: string;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.1rem', mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Whose turn it is, in one sentence. */
function turnText(meeting: MeetingDto, viewer: UserDto, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (meeting.status !== 'pending') return null;
  const other = otherParticipant(meeting, viewer.id);
  return meeting.proposedByUserId === viewer.id
    ? t('meetings.detail.waitingFor', { name: other.displayName })
    : t('meetings.detail.yourTurn', { name: other.displayName });
}

/** The meeting's times (both zones), actions by `can`, message, place, outcome and history. */
export function MeetingView({
  meeting,
  viewer,
  onChange,
  onStale,
}: {
  meeting: MeetingDto;
  viewer: UserDto;
  onChange(meeting: MeetingDto, notice?: Notice): void;
  onStale(): void;
}) {
  const { t } = useTranslation();
  // The dialog keeps the meeting as it was when opened: acting on it sends that version, so a
  // change by the other side in the meantime is answered with 409 stale rather than overridden.
  const [dialog, setDialog] = useState<{ action: MeetingAction; start?: string; meeting: MeetingDto } | null>(null);
  const other = otherParticipant(meeting, viewer.id);
  const turn = turnText(meeting, viewer, t);
  const { can } = meeting;
  const otherActions = (['counter', 'edit', 'reschedule', 'decline', 'cancel'] as const).filter((a) => can[a]);

  return (
    <Stack spacing={3}>
      {turn ? <Alert severity={meeting.proposedByUserId === viewer.id ? 'info' : 'warning'}>{turn}</Alert> : null}

      <Section
        id="meeting-when"
        title={meeting.acceptedSlot ? t('meetings.detail.when') : t('meetings.detail.options')}
      >
        {meeting.acceptedSlot && meeting.status === 'accepted' ? (
          <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
            <ZonedRange
              start={meeting.acceptedSlot.start}
              end={meeting.acceptedSlot.end}
              viewerZone={viewer.timeZone}
              otherZone={other.timeZone}
              otherLabel={other.displayName}
            />
            <Button component="a" href={meetingIcsUrl(meeting.id)} download startIcon={<Download />} variant="outlined">
              {t('meetings.detail.ics')}
            </Button>
          </Stack>
        ) : (
          <Stack component="ol" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {meeting.slots.map((slot, i) => (
              <Paper
                key={slot.start}
                component="li"
                variant="outlined"
                sx={{ p: 1.5, display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
              >
                <Typography component="span" variant="body2" color="text.secondary" sx={{ minWidth: 24 }}>
                  {i + 1}.
                </Typography>
                <Box sx={{ flex: 1, minWidth: 200 }}>
                  <ZonedRange
                    start={slot.start}
                    end={slot.end}
                    viewerZone={viewer.timeZone}
                    otherZone={other.timeZone}
                    otherLabel={other.displayName}
                  />
                  {slot.outsideAvailability ? (
                    <Chip
                      size="small"
                      color="warning"
                      variant="outlined"
                      label={t('meetings.detail.outsideAvailability')}
                      sx={{ ml: 1 }}
                    />
                  ) : null}
                </Box>
                {can.accept ? (
                  <Button
                    variant="contained"
                    size="small"
                    onClick={() => setDialog({ action: 'accept', start: slot.start, meeting })}
                    aria-label={t('meetings.detail.acceptOption', { number: i + 1 })}
                  >
                    {t('meetings.actions.accept.button')}
                  </Button>
                ) : null}
              </Paper>
            ))}
          </Stack>
        )}
      </Section>

      {otherActions.length > 0 ? (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {otherActions.map((action) => (
            <Button
              key={action}
              variant="outlined"
              color={action === 'decline' || action === 'cancel' ? 'error' : 'primary'}
              onClick={() => setDialog({ action, meeting })}
            >
              {t(`meetings.actions.${action}.button`)}
            </Button>
          ))}
        </Stack>
      ) : null}

      {meeting.message ? (
        <Section id="meeting-message" title={t('meetings.detail.message')}>
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{meeting.message}</Typography>
        </Section>
      ) : null}

      <Section id="meeting-where" title={t('meetings.detail.where')}>
        <LocationView location={meeting.location} />
      </Section>

      {meeting.declineReason || meeting.cancelReason ? (
        <Section id="meeting-reason" title={t('meetings.detail.reason')}>
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {meeting.cancelReason ?? meeting.declineReason}
          </Typography>
        </Section>
      ) : null}

      {can.recordOutcome ? (
        <Section id="meeting-outcome" title={t('meetings.outcome.title')}>
          <MeetingOutcomeSection meeting={meeting} onSaved={(updated) => onChange(updated)} />
        </Section>
      ) : null}

      <Section id="meeting-history" title={t('meetings.detail.history')}>
        <MeetingHistory meeting={meeting} viewer={viewer} />
      </Section>

      {dialog ? (
        <MeetingActionDialog
          action={dialog.action}
          start={dialog.start}
          meeting={dialog.meeting}
          viewer={viewer}
          onClose={() => setDialog(null)}
          onDone={(updated, action) => {
            setDialog(null);
            onChange(updated, { severity: 'success', text: t(`meetings.actions.${action}.done`) });
          }}
          onStale={() => {
            setDialog(null);
            onStale();
          }}
        />
      ) : null}
    </Stack>
  );
}
