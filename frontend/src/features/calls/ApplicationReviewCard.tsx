import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ChatBubbleOutline from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { CALL_LIMITS, type ApplicationDto, type ApplicationStatus } from '@musubi/shared';
import { conversationWithApplicant, reviewApplication } from '../../api/calls';
import { ApiError } from '../../api/client';
import { useChatStore } from '../chat/ChatContext';
import { MatchScore } from '../matching/MatchScore';
import { RequestMeetingButton } from '../meetings';
import { KindChip } from '../profiles/KindChip';
import { ApplicationStatusChip } from './CallParts';
import { describeCallError } from './callText';
import { localized } from '../../lib/localized';
import { safeHttpUrl } from '../../lib/safeHttpUrl';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type ReviewStatus = Exclude<ApplicationStatus, 'withdrawn'>;

/** The review moves from each status: new → shortlisted → accepted / declined. */
const MOVES: Record<ApplicationStatus, ReviewStatus[]> = {
  new: ['shortlisted', 'declined'],
  shortlisted: ['accepted', 'declined'],
  accepted: [],
  declined: [],
  withdrawn: [],
};

interface Props {
  callId: string;
  application: ApplicationDto;
  onChange(next: ApplicationDto): void;
  /** Someone else changed it first: reload the list. */
  onStale(): void;
}

/** One application as the poster sees it: pitch, links, score, status moves, private notes, contact. */
export function ApplicationReviewCard({ callId, application, onChange, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const store = useChatStore();
  const nameId = useId();
  const notesId = useId();
  const [asking, setAsking] = useState<ReviewStatus | null>(null);
  // The dialog keeps its words while it fades out after `asking` is cleared.
  const [shown, setShown] = useState<ReviewStatus>('shortlisted');
  const [notes, setNotes] = useState(application.notes ?? '');
  const [busy, setBusy] = useState<'status' | 'notes' | 'message' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = localized(application.applicant.name, i18n.language);
  const pitch = localized(application.pitch, i18n.language);
  const notesChanged = notes !== (application.notes ?? '');

  const review = async (change: { status?: ReviewStatus; notes?: string }, kind: 'status' | 'notes') => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      const next = await reviewApplication(callId, application.id, { version: application.version, ...change });
      onChange(next);
      if (kind === 'notes') setNotice(t('calls.review.notesSaved'));
    } catch (e) {
      setError(describeCallError(e, t));
      if (e instanceof ApiError && e.details?.reason === 'stale') onStale();
    } finally {
      setBusy(null);
      setAsking(null);
    }
  };

  const message = async () => {
    setBusy('message');
    setError(null);
    try {
      const conversation = await conversationWithApplicant(callId, application.id);
      store?.upsertConversation(conversation);
      await navigate(`/messages/${conversation.id}`);
    } catch (e) {
      setError(describeCallError(e, t));
      setBusy(null);
    }
  };

  const links = application.links.map((link) => ({ link, href: safeHttpUrl(link) }));
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={nameId}
      sx={{ p: { xs: 2, sm: 2.5 }, display: 'grid', gap: 1.25 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 700, overflowWrap: 'anywhere' }}>
          <Link component={RouterLink} to={`/profiles/${application.applicant.id}`} id={nameId} lang={name.lang}>
            {name.text}
          </Link>
        </Typography>
        <KindChip kind={application.applicant.kind} />
        <ApplicationStatusChip status={application.status} />
      </Box>
      {application.strength ? <MatchScore strength={application.strength} /> : null}
      {pitch.text ? (
        <Typography lang={pitch.lang} sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {pitch.text}
        </Typography>
      ) : null}
      {links.length > 0 ? (
        <Box component="ul" aria-label={t('calls.review.links')} sx={{ m: 0, pl: 2.5 }}>
          {links.map(({ link, href }) => (
            <li key={link}>
              {href ? (
                <Link href={href} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
                  {link}
                </Link>
              ) : (
                <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
                  {link}
                </Typography>
              )}
            </li>
          ))}
        </Box>
      ) : null}
      {MOVES[application.status].length > 0 || application.status === 'shortlisted' ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {MOVES[application.status].map((status) => (
            <Button
              key={status}
              size="small"
              variant={status === 'declined' ? 'outlined' : 'contained'}
              color={status === 'declined' ? 'inherit' : 'primary'}
              onClick={() => {
                setShown(status);
                setAsking(status);
              }}
            >
              {t(`calls.review.to.${status}`)}
            </Button>
          ))}
          {application.status === 'shortlisted' ? (
            <>
              <Button
                size="small"
                variant="outlined"
                startIcon={<ChatBubbleOutline />}
                loading={busy === 'message'}
                onClick={() => void message()}
              >
                {t('calls.review.message')}
              </Button>
              <RequestMeetingButton
                profileId={application.applicant.id}
                name={name.text}
                origin="profile"
                size="small"
              />
            </>
          ) : null}
        </Box>
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Divider />
      <Box sx={{ display: 'grid', gap: 1 }}>
        <TextField
          id={notesId}
          label={t('calls.review.notes')}
          helperText={notice ?? t('calls.review.notesHelp')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          multiline
          minRows={2}
          size="small"
          slotProps={{ htmlInput: { maxLength: CALL_LIMITS.notesMax } }}
        />
        <Box>
          <Button
            size="small"
            variant="outlined"
            disabled={!notesChanged}
            loading={busy === 'notes'}
            onClick={() => void review({ notes }, 'notes')}
          >
            {t('calls.review.saveNotes')}
          </Button>
        </Box>
      </Box>
      <ConfirmDialog
        open={asking !== null}
        title={t(`calls.review.confirm.${shown}`, { name: name.text })}
        confirmLabel={t(`calls.review.to.${shown}`)}
        busy={busy === 'status'}
        onConfirm={() => asking && void review({ status: asking }, 'status')}
        onClose={() => setAsking(null)}
      >
        {t(`calls.review.confirmBody.${shown}`)}
      </ConfirmDialog>
    </Paper>
  );
}
