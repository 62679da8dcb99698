import { useMemo, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FREE_TAG_MAX_LENGTH, resolveTag, searchTags, type Language } from '@musubi/shared';
import { currentLanguage } from '../../i18n';
import { tagRefOf } from './labels';

const SUGGESTIONS = 10;

interface Props {
  value: string[];
  onChange(next: string[]): void;
  label: string;
  helperText?: string;
  error?: string;
  /** Most tags allowed; further ones are refused with a message. */
  max?: number;
  name?: string;
  size?: 'small' | 'medium';
}

/** The key two spellings of one tag share ('人工知能' and 'AI' both give 'ai'). */
const tagKey = (value: string) => resolveTag(value)?.id ?? value;

/**
 * Tags as chips: suggestions from the shared ja/en vocabulary as you type (in the interface
 * language, with the other language beside them), or any other words as a free tag (Enter).
 */
export function TagAutocomplete({ value, onChange, label, helperText, error, max, name, size }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'ja' || i18n.language === 'en' ? i18n.language : currentLanguage();
  const otherLanguage: Language = language === 'ja' ? 'en' : 'ja';
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const suggestions = useMemo(() => searchTags(input, language, SUGGESTIONS), [input, language]);
  const otherLabels = useMemo(() => new Map(suggestions.map((s) => [s.id, s.otherLabel])), [suggestions]);

  const update = (next: string[]) => {
    const accepted: string[] = [];
    const keys = new Set<string>();
    let refused: string | null = null;
    for (const entry of next) {
      const resolved = resolveTag(entry);
      if (!resolved) {
        refused = t('profileForm.validation.tagTooLong', { max: FREE_TAG_MAX_LENGTH });
        continue;
      }
      if (keys.has(resolved.id)) continue;
      if (max !== undefined && accepted.length >= max) {
        refused = t('profileForm.tags.max', { max });
        continue;
      }
      keys.add(resolved.id);
      // Vocabulary tags are kept by id; free tags as the words typed (the server stores both).
      accepted.push(value.includes(entry) ? entry : resolved.canonical ? resolved.id : resolved.label);
    }
    setProblem(refused);
    onChange(accepted);
  };

  const message = problem ?? error;
  return (
    <Autocomplete
      multiple
      freeSolo
      size={size}
      options={suggestions.map((s) => s.id)}
      // The vocabulary search already filtered and ranked; only hide what is already chosen.
      filterOptions={(options) => options.filter((option) => !value.some((v) => tagKey(v) === option))}
      value={value}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => update(next)}
      getOptionLabel={(option) => tagRefOf(option)[language]}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <span>{tagRefOf(option)[language]}</span>
          {otherLabels.get(option) ? (
            <Box component="span" lang={otherLanguage} sx={{ color: 'text.secondary', fontSize: '0.875em' }}>
              {otherLabels.get(option)}
            </Box>
          ) : null}
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} name={name} label={label} error={Boolean(message)} helperText={message ?? helperText} />
      )}
    />
  );
}
