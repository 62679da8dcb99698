import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import OpenInNew from '@mui/icons-material/OpenInNew';
import { useTranslation } from 'react-i18next';
import type { Language, Need, ProfileDto } from '@musubi/shared';
import { needLabel } from './labels';

// The building blocks of a profile card (see ProfileView).

export type Heading = 'h1' | 'h2' | 'h3';

export function Section({ title, level, children }: { title: string; level: Heading; children: ReactNode }) {
  return (
    <Box component="section" sx={{ breakInside: 'avoid' }}>
      <Typography
        variant="h3"
        component={level}
        sx={{ fontSize: '0.95rem', color: 'text.secondary', letterSpacing: '0.04em', mb: 1 }}
      >
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function NeedList({ needs, uiLanguage }: { needs: Need[]; uiLanguage: Language }) {
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.25 }}>
      {needs.map((need, index) => (
        <Box component="li" key={`${need.category}-${index}`}>
          <Chip label={needLabel(need.category, uiLanguage)} size="small" color="primary" variant="outlined" />
          {need.text ? (
            <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
              {need.text}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Box>
  );
}

/** Term and value side by side, or (`stacked`, for long values such as an email) one above the other. */
export function Facts({ items, stacked = false }: { items: [string, ReactNode][]; stacked?: boolean }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: stacked ? '1fr' : 'auto 1fr',
        columnGap: 2,
        rowGap: stacked ? 0 : 0.75,
        alignItems: 'baseline',
        '& dd + dt': stacked ? { mt: 1 } : {},
      }}
    >
      {items.map(([term, description]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {description}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
      {children}
      <OpenInNew sx={{ fontSize: '0.9em', ml: 0.5, verticalAlign: '-0.1em' }} aria-hidden />
    </Link>
  );
}

export const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function KindDetails({ profile, level }: { profile: ProfileDto; level: Heading }) {
  const { t } = useTranslation();
  const facts: [string, ReactNode][] = [];
  if (profile.startup) {
    facts.push([t('profileForm.details.stage'), t(`profileForm.stages.${profile.startup.stage}`)]);
    if (profile.startup.foundedYear) facts.push([t('profileForm.details.foundedYear'), profile.startup.foundedYear]);
    if (profile.startup.teamSize) {
      facts.push([t('profileForm.details.teamSize'), t('profileView.people', { count: profile.startup.teamSize })]);
    }
  }
  if (profile.corporate) {
    facts.push([t('profileForm.details.industry'), profile.corporate.industry]);
    facts.push([t('profileForm.details.size'), t(`profileForm.sizes.${profile.corporate.size}`)]);
  }
  const disciplines = profile.creator?.disciplines ?? [];
  const programmes = profile.corporate?.programmes ?? [];
  if (facts.length === 0 && disciplines.length === 0 && programmes.length === 0) return null;
  return (
    <Section title={t(`profileView.details.${profile.kind}`)} level={level}>
      <Stack spacing={1.5}>
        {facts.length > 0 ? <Facts items={facts} /> : null}
        {disciplines.length > 0 ? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
            {disciplines.map((discipline) => (
              <Chip key={discipline} label={discipline} size="small" />
            ))}
          </Box>
        ) : null}
        {programmes.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {programmes.map((programme) => (
              <li key={programme.name}>
                <Typography variant="body2" sx={{ fontWeight: 700 }}>
                  {programme.name}
                </Typography>
                {programme.description ? (
                  <Typography variant="body2" color="text.secondary">
                    {programme.description}
                  </Typography>
                ) : null}
              </li>
            ))}
          </Box>
        ) : null}
      </Stack>
    </Section>
  );
}
