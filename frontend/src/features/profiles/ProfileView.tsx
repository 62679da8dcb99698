import type { ReactNode } from 'react';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import Translate from '@mui/icons-material/Translate';
import { useTranslation } from 'react-i18next';
import type { Language, ProfileDto } from '@musubi/shared';
import { KIND_COLORS, KindChip } from './KindChip';
import { initialsOf, languageName, locationLabel, pickText } from './labels';
import { ExternalLink, Facts, hostOf, KindDetails, NeedList, Section, type Heading } from './ProfileViewParts';

interface Props {
  profile: ProfileDto;
  /** The language the profile's own texts are shown in (the interface stays as it is). */
  language: Language;
  /** 1 on the profile page; 2 where the page already has its own h1 (the wizard's review). */
  headingLevel?: 1 | 2;
  /** Under the avatar: the owner's picture controls. */
  avatarControls?: ReactNode;
}

/** A profile as a printable card: who, where, what they offer and seek, and how to reach them. */
export function ProfileView({ profile, language, headingLevel = 1, avatarControls }: Props) {
  const { t, i18n } = useTranslation();
  const uiLanguage: Language = i18n.language === 'en' ? 'en' : 'ja';
  const nameTag: Heading = headingLevel === 1 ? 'h1' : 'h2';
  const sectionTag: Heading = headingLevel === 1 ? 'h2' : 'h3';
  const name = pickText(profile.name, language);
  const headline = pickText(profile.headline, language);
  const description = pickText(profile.description, language);
  const portfolio = profile.creator?.portfolioLinks ?? [];
  const hasLinks = Boolean(profile.website) || profile.links.length > 0 || portfolio.length > 0;
  const contactFacts: [string, ReactNode][] = [];
  if (profile.contact?.email) {
    const { email } = profile.contact;
    contactFacts.push([t('profileForm.privacy.email'), <Link href={`mailto:${email}`}>{email}</Link>]);
  }
  if (profile.contact?.phone) {
    const { phone } = profile.contact;
    contactFacts.push([t('profileForm.privacy.phone'), <Link href={`tel:${phone}`}>{phone}</Link>]);
  }
  const location = locationLabel(profile.location, t, uiLanguage);

  return (
    <Paper
      variant="outlined"
      component="article"
      aria-labelledby="profile-name"
      sx={{ overflow: 'hidden', borderTop: 6, borderTopColor: KIND_COLORS[profile.kind] }}
    >
      <Box sx={{ p: { xs: 2.5, sm: 4 } }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 2, sm: 3 }} sx={{ alignItems: { sm: 'center' } }}>
          <Stack
            direction={{ xs: 'row', sm: 'column' }}
            spacing={{ xs: 2, sm: 1 }}
            sx={{ alignItems: 'center', flex: 'none', width: { sm: 150 } }}
          >
            <Avatar
              src={profile.avatarUrl || undefined}
              alt=""
              sx={{
                width: { xs: 88, sm: 112 },
                height: { xs: 88, sm: 112 },
                fontSize: '2rem',
                bgcolor: 'primary.light',
              }}
            >
              {initialsOf(name?.text ?? '')}
            </Avatar>
            {avatarControls}
          </Stack>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <KindChip kind={profile.kind} />
            <Typography
              id="profile-name"
              variant="h1"
              component={nameTag}
              lang={name?.lang}
              sx={{ fontSize: { xs: '1.6rem', sm: '2rem' }, mt: 1, overflowWrap: 'anywhere' }}
            >
              {name?.text}
            </Typography>
            {headline ? (
              <Typography lang={headline.lang} sx={{ fontSize: '1.05rem', color: 'text.secondary', mt: 0.5 }}>
                {headline.text}
              </Typography>
            ) : null}
            <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5, mt: 1.5 }}>
              {location ? (
                <Typography variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                  <PlaceOutlined fontSize="small" color="action" aria-label={t('profileView.location')} />
                  {location}
                </Typography>
              ) : null}
              {profile.languages.length > 0 ? (
                <Typography variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                  <Translate fontSize="small" color="action" aria-label={t('profileView.languages')} />
                  {profile.languages.map((code) => languageName(code, uiLanguage)).join(t('profileView.listSeparator'))}
                </Typography>
              ) : null}
            </Stack>
          </Box>
        </Stack>

        <Divider sx={{ my: { xs: 2.5, sm: 3.5 } }} />

        <Grid container spacing={{ xs: 3, md: 5 }}>
          <Grid size={{ xs: 12, md: 7.5 }}>
            <Stack spacing={3}>
              {description ? (
                <Section title={t('profileView.about')} level={sectionTag}>
                  <Typography lang={description.lang} sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {description.text}
                  </Typography>
                </Section>
              ) : null}
              {profile.offers.length > 0 ? (
                <Section title={t('profileView.offers')} level={sectionTag}>
                  <NeedList needs={profile.offers} uiLanguage={uiLanguage} />
                </Section>
              ) : null}
              {profile.seeks.length > 0 ? (
                <Section title={t('profileView.seeks')} level={sectionTag}>
                  <NeedList needs={profile.seeks} uiLanguage={uiLanguage} />
                </Section>
              ) : null}
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 4.5 }}>
            <Stack spacing={3}>
              {profile.tags.length > 0 ? (
                <Section title={t('profileView.tags')} level={sectionTag}>
                  <Box
                    component="ul"
                    sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 0.75 }}
                  >
                    {profile.tags.map((tag) => (
                      <li key={tag.id}>
                        <Chip label={tag[uiLanguage]} size="small" />
                      </li>
                    ))}
                  </Box>
                </Section>
              ) : null}
              <KindDetails profile={profile} level={sectionTag} />
              {hasLinks ? (
                <Section title={t('profileView.links')} level={sectionTag}>
                  <Stack spacing={0.75} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                    {profile.website ? (
                      <li>
                        <ExternalLink href={profile.website}>{hostOf(profile.website)}</ExternalLink>
                      </li>
                    ) : null}
                    {portfolio.map((url) => (
                      <li key={url}>
                        <ExternalLink href={url}>
                          {t('profileView.portfolio')}: {hostOf(url)}
                        </ExternalLink>
                      </li>
                    ))}
                    {profile.links.map((link) => (
                      <li key={link.url}>
                        <ExternalLink href={link.url}>{link.label}</ExternalLink>
                      </li>
                    ))}
                  </Stack>
                </Section>
              ) : null}
              {contactFacts.length > 0 ? (
                <Section title={t('profileView.contact')} level={sectionTag}>
                  <Facts items={contactFacts} stacked />
                  {profile.isOwner ? (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
                      {t('profileView.contactPrivate')}
                    </Typography>
                  ) : null}
                </Section>
              ) : null}
            </Stack>
          </Grid>
        </Grid>
      </Box>
    </Paper>
  );
}
