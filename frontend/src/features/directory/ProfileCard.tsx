import { useId, type ReactNode } from 'react';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Language, ProfileCardDto } from '@musubi/shared';
import { KIND_COLORS, KindChip } from '../profiles/KindChip';
import { initialsOf, locationLabel, pickText } from '../profiles/labels';

const TOP_TAGS = 4;

const clamp = (lines: number) => ({
  display: '-webkit-box',
  WebkitLineClamp: lines,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
});

/** What a card shows: the directory's full profiles and the lists' compact cards both have it. */
export type CardProfile = Pick<ProfileCardDto, 'id' | 'kind' | 'name' | 'headline' | 'location' | 'tags' | 'avatarUrl'>;

interface Props {
  profile: CardProfile;
  /** Hidden when the card shows something more telling instead (a suggestion's reasons). */
  showTags?: boolean;
  /** More content and actions at the bottom; they stay clickable above the stretched link. */
  children?: ReactNode;
}

/**
 * One directory result. The name is the link; the whole card is clickable through it (a
 * stretched link), so screen readers hear one short link per card.
 */
export function ProfileCard({ profile, showTags = true, children }: Props) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const ui: Language = i18n.language === 'en' ? 'en' : 'ja';
  const name = pickText(profile.name, ui);
  const headline = pickText(profile.headline, ui);
  const location = locationLabel(profile.location, t, ui);
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={nameId}
      sx={{
        position: 'relative',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        p: 2.5,
        borderLeft: 4,
        borderLeftColor: KIND_COLORS[profile.kind],
        transition: 'box-shadow 120ms, border-color 120ms',
        '&:hover': { boxShadow: '0 6px 20px rgba(30, 50, 89, 0.12)' },
        '&:focus-within': { boxShadow: '0 6px 20px rgba(30, 50, 89, 0.16)' },
      }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Avatar src={profile.avatarUrl} alt="" sx={{ width: 52, height: 52, bgcolor: 'primary.light' }}>
          {initialsOf(name?.text ?? '')}
        </Avatar>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h3" sx={{ fontSize: '1.05rem', lineHeight: 1.4, overflowWrap: 'anywhere' }}>
            <Link
              component={RouterLink}
              to={`/profiles/${profile.id}`}
              data-card-link
              id={nameId}
              lang={name?.lang}
              underline="hover"
              sx={{
                color: 'text.primary',
                '&::after': { content: '""', position: 'absolute', inset: 0, borderRadius: 'inherit' },
              }}
            >
              {name?.text}
            </Link>
          </Typography>
          <Box sx={{ mt: 0.5 }}>
            <KindChip kind={profile.kind} />
          </Box>
        </Box>
      </Stack>
      {headline ? (
        <Typography variant="body2" lang={headline.lang} sx={{ ...clamp(2), mb: 1 }}>
          {headline.text}
        </Typography>
      ) : null}
      {location ? (
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mb: 1.25 }}
        >
          <PlaceOutlined sx={{ fontSize: '1.05rem' }} aria-label={t('profileView.location')} />
          {location}
        </Typography>
      ) : null}
      {showTags && profile.tags.length > 0 ? (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {profile.tags.slice(0, TOP_TAGS).map((tag) => (
            <li key={tag.id}>
              <Chip label={tag[ui]} size="small" />
            </li>
          ))}
          {profile.tags.length > TOP_TAGS ? (
            <li>
              <Chip label={`+${profile.tags.length - TOP_TAGS}`} size="small" variant="outlined" />
            </li>
          ) : null}
        </Box>
      ) : null}
      {children ? (
        <Box sx={{ position: 'relative', zIndex: 1, mt: 'auto', pt: 1.5, display: 'flex', flexDirection: 'column' }}>
          {children}
        </Box>
      ) : null}
    </Paper>
  );
}

/** The shape of a card while results load. */
export function ProfileCardSkeleton() {
  return (
    <Paper variant="outlined" sx={{ p: 2.5, height: '100%' }} aria-hidden>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Skeleton variant="circular" width={52} height={52} />
        <Box sx={{ flex: 1 }}>
          <Skeleton width="70%" />
          <Skeleton width="35%" />
        </Box>
      </Stack>
      <Skeleton />
      <Skeleton width="80%" />
      <Skeleton width="50%" sx={{ mt: 1 }} />
    </Paper>
  );
}
