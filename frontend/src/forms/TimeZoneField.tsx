import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

/** The browser's own zone, or Tokyo when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';
  } catch {
    return 'Asia/Tokyo';
  }
}

let cachedZones: string[] | null = null;

function allTimeZones(): string[] {
  if (!cachedZones) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cachedZones = Array.from(new Set([...supported, 'UTC', 'Asia/Tokyo'])).sort();
  }
  return cachedZones;
}

const offsetCache = new Map<string, string>();

/** "Asia/Tokyo (GMT+9)": the offset helps people who know their zone by its hours. */
function zoneLabel(zone: string): string {
  let offset = offsetCache.get(zone);
  if (offset === undefined) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        timeZoneName: 'shortOffset',
      }).formatToParts(new Date());
      offset = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch {
      offset = '';
    }
    offsetCache.set(zone, offset);
  }
  const name = zone.replace(/_/g, ' ');
  return offset ? `${name} (${offset})` : name;
}

interface Props {
  value: string;
  onChange(zone: string): void;
  error?: string;
  disabled?: boolean;
}

export function TimeZoneField({ value, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const options = allTimeZones();
  return (
    <Autocomplete
      options={options.includes(value) ? options : [value, ...options]}
      value={value}
      onChange={(_, zone) => {
        if (zone) onChange(zone);
      }}
      getOptionLabel={zoneLabel}
      disableClearable
      disabled={disabled}
      autoHighlight
      renderInput={(params) => (
        <TextField
          {...params}
          name="timeZone"
          label={t('fields.timeZone')}
          error={Boolean(error)}
          helperText={error ?? t('fields.timeZoneHelp')}
        />
      )}
    />
  );
}
