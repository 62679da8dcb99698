import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { ProfileDto } from '@musubi/shared';
import { localized } from '../../lib/localized';

interface Props {
  /** Who can be picked (each can be picked on one side only). */
  people: ProfileDto[];
  a: ProfileDto | null;
  b: ProfileDto | null;
  onChangeA(person: ProfileDto | null): void;
  onChangeB(person: ProfileDto | null): void;
}

/** Two pickers for the people of a pair made by hand. */
export function PairPicker({ people, a, b, onChangeA, onChangeB }: Props) {
  const { t, i18n } = useTranslation();
  const label = (p: ProfileDto) => localized(p.name, i18n.language).text;
  return (
    <>
      <Autocomplete
        options={people.filter((p) => p.id !== b?.id)}
        value={a}
        onChange={(_, v) => onChangeA(v)}
        getOptionLabel={label}
        isOptionEqualToValue={(x, y) => x.id === y.id}
        renderInput={(params) => <TextField {...params} label={t('events.pairs.manualFirst')} />}
      />
      <Autocomplete
        options={people.filter((p) => p.id !== a?.id)}
        value={b}
        onChange={(_, v) => onChangeB(v)}
        getOptionLabel={label}
        isOptionEqualToValue={(x, y) => x.id === y.id}
        renderInput={(params) => <TextField {...params} label={t('events.pairs.manualSecond')} />}
      />
    </>
  );
}
