import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CALL_OFFERS, LOCATION_AREAS, PROFILE_KINDS } from '@musubi/shared';
import type { CallFilters as Filters } from '../../api/calls';
import { TagAutocomplete } from '../profiles/TagAutocomplete';

interface Props {
  filters: Filters;
  onChange(next: Filters): void;
}

const split = (value: string | string[]) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

/** Search, offers, who may apply (kinds, areas) and tags; every change goes to the URL. */
export function CallFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() });
  };
  const multi = (key: 'offers' | 'kinds' | 'areas', label: string, options: readonly string[], prefix: string) => (
    <TextField
      select
      size="small"
      label={label}
      value={filters[key] ?? []}
      onChange={(e) => onChange({ ...filters, [key]: split(e.target.value) })}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => (selected as string[]).map((v) => t(`${prefix}.${v}`)).join(', '),
        },
      }}
    >
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {t(`${prefix}.${option}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box sx={{ display: 'grid', gap: 1.5, mb: 2 }}>
      <Box component="form" role="search" onSubmit={search} sx={{ display: 'flex', gap: 1, maxWidth: 560 }}>
        <TextField
          size="small"
          fullWidth
          type="search"
          label={t('calls.filters.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="outlined" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
          {t('calls.filters.searchButton')}
        </Button>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        {multi('offers', t('calls.filters.offers'), CALL_OFFERS, 'calls.offers')}
        {multi('kinds', t('calls.filters.kinds'), PROFILE_KINDS, 'profileForm.kinds')}
        {multi('areas', t('calls.filters.areas'), LOCATION_AREAS, 'profileForm.areas')}
        <TagAutocomplete
          size="small"
          label={t('calls.filters.tags')}
          value={filters.tags ?? []}
          onChange={(tags) => onChange({ ...filters, tags })}
          max={10}
        />
      </Box>
    </Box>
  );
}

/** Filters from the URL (`?q=&offers=a,b&kind=&area=&tag=`). */
export function filtersFromSearch(params: URLSearchParams): Filters {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    q: params.get('q') ?? '',
    offers: list('offers'),
    kinds: list('kind'),
    areas: list('area'),
    tags: list('tag'),
  };
}

export function filtersToSearch(filters: Filters, tab: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (tab !== 'open') out.tab = tab;
  if (filters.q) out.q = filters.q;
  if (filters.offers?.length) out.offers = filters.offers.join(',');
  if (filters.kinds?.length) out.kind = filters.kinds.join(',');
  if (filters.areas?.length) out.area = filters.areas.join(',');
  if (filters.tags?.length) out.tag = filters.tags.join(',');
  return out;
}
