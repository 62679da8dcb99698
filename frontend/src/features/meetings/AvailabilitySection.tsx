import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { AvailabilitySchema, MEETING_LIMITS, type UserDto } from '@musubi/shared';
import { fetchAvailability, saveAvailability } from '../../api/meetings';
import { describeApiError } from '../../api/errors';
import { FormAlert } from '../../forms/FormAlert';
import { TimeZoneField } from '../../forms/TimeZoneField';

interface RuleDraft {
  key: number;
  weekday: number;
  start: string;
  end: string;
}

/** Monday first, as calendars in Japan and most of Europe show the week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
let nextKey = 1;

function weekdayName(weekday: number, language: string): string {
  // 2026-01-04 was a Sunday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4 + weekday)),
  );
}

/** Weekly hours when others may propose meetings (wall clock in the chosen zone). */
export function AvailabilitySection({ user }: { user: UserDto }) {
  const { t, i18n } = useTranslation();
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [rules, setRules] = useState<RuleDraft[] | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetchAvailability().then(
      (loaded) => {
        if (!live) return;
        setTimeZone(loaded.timeZone || user.timeZone);
        setRules(loaded.rules.map((rule) => ({ ...rule, key: nextKey++ })));
      },
      () => {
        // Nothing saved yet (or not reachable): start from an empty week in the account's zone.
        if (live) setRules([]);
      },
    );
    return () => {
      live = false;
    };
  }, [user.timeZone]);

  if (!rules) return <CircularProgress size={28} aria-label={t('app.loading')} />;

  const update = (key: number, patch: Partial<RuleDraft>) =>
    setRules(rules.map((rule) => (rule.key === key ? { ...rule, ...patch } : rule)));

  const save = async () => {
    setStatus({});
    const input = { timeZone, rules: rules.map(({ weekday, start, end }) => ({ weekday, start, end })) };
    const parsed = AvailabilitySchema.safeParse(input);
    if (!parsed.success) {
      const found: Partial<Record<string, string>> = {};
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path.map(String);
        const key = field === 'rules' && index !== undefined ? `rule-${rules[Number(index)]?.key}` : String(field);
        if (!found[key]) {
          found[key] =
            field === 'timeZone'
              ? t('validation.timeZone')
              : issue.code === 'too_big'
                ? t('meetings.availability.tooMany', { max: MEETING_LIMITS.availabilityRulesMax })
                : t('meetings.availability.invalidRule');
        }
      }
      setErrors(found);
      setStatus({ error: t('validation.summary') });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveAvailability(parsed.data);
      setTimeZone(saved.timeZone);
      setRules(saved.rules.map((rule) => ({ ...rule, key: nextKey++ })));
      setStatus({ success: t('meetings.availability.saved') });
    } catch (error) {
      setStatus({ error: describeApiError(error, t).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2.5}>
      <FormAlert error={status.error} success={status.success} />
      <TimeZoneField value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
      {errors.rules ? (
        <Typography color="error" variant="body2">
          {errors.rules}
        </Typography>
      ) : null}
      <Stack spacing={1.5}>
        {WEEK.map((weekday) => {
          const day = weekdayName(weekday, i18n.language);
          const dayRules = rules.filter((rule) => rule.weekday === weekday);
          return (
            <Box
              key={weekday}
              role="group"
              aria-label={day}
              sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, gap: { xs: 0.5, sm: 2 } }}
            >
              <Typography sx={{ width: { sm: 120 }, pt: { sm: 1 }, fontWeight: 600, flex: 'none' }}>{day}</Typography>
              <Stack spacing={1} sx={{ flex: 1 }}>
                {dayRules.length === 0 ? (
                  <Typography variant="body2" color="text.secondary" sx={{ pt: { sm: 1 } }}>
                    {t('meetings.availability.unavailable')}
                  </Typography>
                ) : null}
                {dayRules.map((rule) => (
                  <Box key={rule.key}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <TextField
                        type="time"
                        size="small"
                        label={t('meetings.availability.from')}
                        value={rule.start}
                        onChange={(event) => update(rule.key, { start: event.target.value })}
                        error={Boolean(errors[`rule-${rule.key}`])}
                        slotProps={{
                          inputLabel: { shrink: true },
                          htmlInput: { step: 900, 'aria-label': t('meetings.availability.fromOn', { day }) },
                        }}
                        sx={{ flex: 1, maxWidth: 160 }}
                      />
                      <TextField
                        type="time"
                        size="small"
                        label={t('meetings.availability.to')}
                        value={rule.end}
                        onChange={(event) => update(rule.key, { end: event.target.value })}
                        error={Boolean(errors[`rule-${rule.key}`])}
                        slotProps={{
                          inputLabel: { shrink: true },
                          htmlInput: { step: 900, 'aria-label': t('meetings.availability.toOn', { day }) },
                        }}
                        sx={{ flex: 1, maxWidth: 160 }}
                      />
                      <IconButton
                        aria-label={t('meetings.availability.remove', { day })}
                        onClick={() => setRules(rules.filter((r) => r.key !== rule.key))}
                      >
                        <DeleteOutline />
                      </IconButton>
                    </Stack>
                    {errors[`rule-${rule.key}`] ? (
                      <Typography color="error" variant="caption" role="alert">
                        {errors[`rule-${rule.key}`]}
                      </Typography>
                    ) : null}
                  </Box>
                ))}
                <Box>
                  <Button
                    size="small"
                    startIcon={<Add />}
                    disabled={rules.length >= MEETING_LIMITS.availabilityRulesMax}
                    onClick={() => setRules([...rules, { key: nextKey++, weekday, start: '09:00', end: '17:00' }])}
                    aria-label={t('meetings.availability.addOn', { day })}
                  >
                    {t('meetings.availability.add')}
                  </Button>
                </Box>
              </Stack>
            </Box>
          );
        })}
      </Stack>
      <Box>
        <Button variant="contained" loading={busy} onClick={() => void save()}>
          {t('meetings.availability.save')}
        </Button>
      </Box>
    </Stack>
  );
}
