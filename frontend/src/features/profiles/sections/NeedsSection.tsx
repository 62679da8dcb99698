import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { NEED_CATEGORY_IDS, PROFILE_LIMITS, type NeedCategory } from '@musubi/shared';
import { SelectField } from '../../../forms/SelectField';
import { needLabel } from '../labels';
import type { NeedRow } from '../profileForm';
import { RowList } from '../RowList';
import type { SectionProps } from '../useProfileForm';
import { SubSection } from './SubSection';

type NeedList = 'offers' | 'seeks';

function NeedRows({ list, values, change, errors }: SectionProps & { list: NeedList }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const rows = values[list];
  const options = NEED_CATEGORY_IDS.map((id) => ({ value: id, label: needLabel(id, language) }));
  return (
    <RowList<NeedRow>
      items={rows}
      max={PROFILE_LIMITS.needsMax}
      addLabel={t(`profileForm.needs.${list}.add`)}
      removeLabel={(index) => t(`profileForm.needs.${list}.remove`, { number: index + 1 })}
      newItem={() => ({ category: '', text: '' })}
      onChange={(next) => change({ [list]: next })}
      renderRow={(row, index, autoFocus) => {
        const update = (patch: Partial<NeedRow>) =>
          change({ [list]: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
        const categoryError = errors[`${list}.${index}.category`];
        const textError = errors[`${list}.${index}.text`];
        return (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
            <SelectField
              size="small"
              autoFocus={autoFocus}
              label={t(`profileForm.needs.${list}.category`, { number: index + 1 })}
              required
              value={row.category}
              onChange={(category) => update({ category: category as NeedCategory | '' })}
              placeholder={t('profileForm.choose')}
              options={options}
              error={Boolean(categoryError)}
              helperText={categoryError}
              sx={{ flex: { sm: '0 0 38%' } }}
            />
            <TextField
              size="small"
              label={t('profileForm.needs.text')}
              value={row.text}
              onChange={(event) => update({ text: event.target.value })}
              error={Boolean(textError)}
              helperText={textError}
              slotProps={{ htmlInput: { maxLength: PROFILE_LIMITS.needTextMax } }}
            />
          </Stack>
        );
      }}
    />
  );
}

/** What you can offer and what you are looking for: the heart of matching. */
export function NeedsSection(props: SectionProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={4}>
      {(['offers', 'seeks'] as const).map((list) => (
        <SubSection
          key={list}
          id={`needs-${list}`}
          title={t(`profileForm.needs.${list}.title`)}
          lead={t(`profileForm.needs.${list}.lead`)}
        >
          <NeedRows list={list} {...props} />
        </SubSection>
      ))}
    </Stack>
  );
}
