import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@musubi/shared';
import { LANGUAGE_NAMES } from '../layout/LanguageMenu';

interface Props {
  value: Language;
  onChange(language: Language): void;
  error?: string;
  disabled?: boolean;
}

/** The account's preferred language, as a labelled radio group. */
export function LanguageField({ value, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const helpId = useId();
  return (
    <FormControl error={Boolean(error)} disabled={disabled}>
      <FormLabel id={labelId}>{t('fields.language')}</FormLabel>
      <RadioGroup
        row
        name="language"
        aria-labelledby={labelId}
        aria-describedby={helpId}
        value={value}
        onChange={(_, next) => onChange(next as Language)}
      >
        {LANGUAGES.map((option) => (
          <FormControlLabel
            key={option}
            value={option}
            control={<Radio />}
            label={<span lang={option}>{LANGUAGE_NAMES[option]}</span>}
          />
        ))}
      </RadioGroup>
      <FormHelperText id={helpId}>{error ?? t('fields.languageHelp')}</FormHelperText>
    </FormControl>
  );
}
