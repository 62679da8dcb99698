import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS } from '@musubi/shared';
import type { LinkRow } from '../profileForm';
import { RowList } from '../RowList';
import type { SectionProps } from '../useProfileForm';
import { SubSection } from './SubSection';

const PORTFOLIO_MAX = 10;
const urlInput = {
  inputMode: 'url',
  maxLength: PROFILE_LIMITS.urlMax,
  spellCheck: false,
  autoCapitalize: 'none',
} as const;

/** Website, other links and, for creators, their portfolio. */
export function LinksSection({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const { links, creator } = values;
  return (
    <Stack spacing={4}>
      <TextField
        name="website"
        type="url"
        label={t('profileForm.links.website')}
        placeholder="https://"
        value={values.website}
        onChange={(event) => change({ website: event.target.value })}
        error={Boolean(errors.website)}
        helperText={errors.website ?? t('profileForm.links.websiteHelp')}
        slotProps={{ htmlInput: { ...urlInput, autoComplete: 'url' } }}
      />
      {values.kind === 'creator' ? (
        <SubSection
          id="links-portfolio"
          title={t('profileForm.links.portfolioTitle')}
          lead={t('profileForm.links.portfolioLead')}
        >
          <RowList<string>
            items={creator.portfolioLinks}
            max={PORTFOLIO_MAX}
            addLabel={t('profileForm.links.addPortfolio')}
            removeLabel={(index) => t('profileForm.links.removePortfolio', { number: index + 1 })}
            newItem={() => ''}
            onChange={(portfolioLinks) => change({ creator: { ...creator, portfolioLinks } })}
            renderRow={(url, index, autoFocus) => {
              const error = errors[`creator.portfolioLinks.${index}`];
              return (
                <TextField
                  size="small"
                  type="url"
                  autoFocus={autoFocus}
                  label={t('profileForm.links.portfolioUrl', { number: index + 1 })}
                  placeholder="https://"
                  value={url}
                  onChange={(event) =>
                    change({
                      creator: {
                        ...creator,
                        portfolioLinks: creator.portfolioLinks.map((u, i) => (i === index ? event.target.value : u)),
                      },
                    })
                  }
                  error={Boolean(error)}
                  helperText={error}
                  slotProps={{ htmlInput: urlInput }}
                />
              );
            }}
          />
        </SubSection>
      ) : null}
      <SubSection id="links-other" title={t('profileForm.links.otherTitle')} lead={t('profileForm.links.otherLead')}>
        <RowList<LinkRow>
          items={links}
          max={PROFILE_LIMITS.linksMax}
          addLabel={t('profileForm.links.add')}
          removeLabel={(index) => t('profileForm.links.remove', { number: index + 1 })}
          newItem={() => ({ label: '', url: '' })}
          onChange={(next) => change({ links: next })}
          renderRow={(link, index, autoFocus) => {
            const update = (patch: Partial<LinkRow>) =>
              change({ links: links.map((l, i) => (i === index ? { ...l, ...patch } : l)) });
            const labelError = errors[`links.${index}.label`];
            const urlError = errors[`links.${index}.url`];
            return (
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
                <TextField
                  size="small"
                  autoFocus={autoFocus}
                  label={t('profileForm.links.label', { number: index + 1 })}
                  value={link.label}
                  onChange={(event) => update({ label: event.target.value })}
                  error={Boolean(labelError)}
                  helperText={labelError}
                  slotProps={{ htmlInput: { maxLength: 60 } }}
                  sx={{ flex: { sm: '0 0 35%' } }}
                />
                <TextField
                  size="small"
                  type="url"
                  label={t('profileForm.links.url')}
                  placeholder="https://"
                  value={link.url}
                  onChange={(event) => update({ url: event.target.value })}
                  error={Boolean(urlError)}
                  helperText={urlError}
                  slotProps={{ htmlInput: urlInput }}
                />
              </Stack>
            );
          }}
        />
      </SubSection>
    </Stack>
  );
}
