import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ArrowForward from '@mui/icons-material/ArrowForward';
import Bookmark from '@mui/icons-material/Bookmark';
import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import Close from '@mui/icons-material/Close';
import Snooze from '@mui/icons-material/Snooze';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SuggestionDto } from '@musubi/shared';
import { MessageButton } from '../chat/MessageButton';
import { RequestMeetingButton } from '../meetings';
import { pickText } from '../profiles/labels';
import { ProfileCard } from '../directory/ProfileCard';
import { MatchScore } from './MatchScore';
import { ReasonChips } from './ReasonChips';

const actionSx = { px: 1, whiteSpace: 'nowrap' } as const;

interface Props {
  suggestion: SuggestionDto;
  onToggleSave(suggestion: SuggestionDto): void;
  onHide(suggestion: SuggestionDto, action: 'dismiss' | 'not-now'): void;
}

/** A directory card with the match score, the reasons and what one can do about it. */
export function SuggestionCard({ suggestion, onToggleSave, onHide }: Props) {
  const { t, i18n } = useTranslation();
  const { profile, saved } = suggestion;
  const name = pickText(profile.name, i18n.language === 'en' ? 'en' : 'ja')?.text ?? '';
  return (
    <ProfileCard profile={profile} showTags={false}>
      <MatchScore strength={suggestion.strength} />
      <ReasonChips reasons={suggestion.reasons} />
      <Divider sx={{ mt: 2, mb: 1.5 }} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5 }}>
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          <Button
            size="small"
            variant={saved ? 'contained' : 'outlined'}
            aria-pressed={saved}
            startIcon={saved ? <Bookmark /> : <BookmarkBorder />}
            onClick={() => onToggleSave(suggestion)}
            sx={{ px: 1.5 }}
          >
            {t('matching.actions.save')}
          </Button>
          <Button
            size="small"
            color="inherit"
            startIcon={<Snooze />}
            onClick={() => onHide(suggestion, 'not-now')}
            sx={actionSx}
          >
            {t('matching.actions.notNow')}
          </Button>
          <Button
            size="small"
            color="inherit"
            startIcon={<Close />}
            onClick={() => onHide(suggestion, 'dismiss')}
            sx={actionSx}
          >
            {t('matching.actions.dismiss')}
          </Button>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: 0.5, ml: 'auto' }}>
          <MessageButton profileId={profile.id} size="small" variant="text" short />
          <RequestMeetingButton
            profileId={profile.id}
            name={name}
            origin="suggestion"
            size="small"
            variant="text"
            short
          />
          <Button
            size="small"
            component={RouterLink}
            to={`/profiles/${profile.id}`}
            endIcon={<ArrowForward />}
            sx={actionSx}
          >
            {t('matching.actions.view')}
          </Button>
        </Box>
      </Box>
    </ProfileCard>
  );
}
