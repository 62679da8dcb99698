import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import Business from '@mui/icons-material/Business';
import Palette from '@mui/icons-material/Palette';
import RocketLaunch from '@mui/icons-material/RocketLaunch';
import { useTranslation } from 'react-i18next';
import { PROFILE_KINDS, type ProfileKind } from '@musubi/shared';
import type { SectionProps } from '../useProfileForm';

const ICONS: Record<ProfileKind, typeof Business> = {
  startup: RocketLaunch,
  creator: Palette,
  corporate: Business,
};

/** Startup, creator or corporate: three large, labelled choices. */
export function KindSection({ values, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const error = errors.kind;
  return (
    <FormControl component="fieldset" error={Boolean(error)} sx={{ width: '100%' }}>
      <FormLabel component="legend" sx={{ mb: 1.5 }}>
        {t('profileForm.kind.legend')}
      </FormLabel>
      <RadioGroup
        name="kind"
        value={values.kind}
        onChange={(_, kind) => change({ kind: kind as ProfileKind })}
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}
      >
        {PROFILE_KINDS.map((kind) => {
          const Icon = ICONS[kind];
          const selected = values.kind === kind;
          return (
            <Box
              key={kind}
              component="label"
              sx={{
                display: 'flex',
                alignItems: 'flex-start',
                gap: 1,
                p: 2,
                border: 2,
                borderRadius: 2,
                cursor: 'pointer',
                borderColor: selected ? 'primary.main' : 'divider',
                bgcolor: selected ? 'rgba(30, 50, 89, 0.04)' : 'background.paper',
                '&:hover': { borderColor: 'primary.light' },
              }}
            >
              <Radio
                value={kind}
                slotProps={{
                  input: {
                    'aria-labelledby': `kind-${kind}-title`,
                    'aria-describedby': `kind-${kind}-help`,
                    'aria-invalid': Boolean(error),
                  },
                }}
                sx={{ mt: -0.75, ml: -0.75 }}
              />
              <Box>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
                  <Icon fontSize="small" color={selected ? 'primary' : 'action'} aria-hidden />
                  <Typography id={`kind-${kind}-title`} component="span" sx={{ fontWeight: 700 }}>
                    {t(`profileForm.kinds.${kind}`)}
                  </Typography>
                </Box>
                <Typography id={`kind-${kind}-help`} variant="body2" color="text.secondary" component="span">
                  {t(`profileForm.kind.help.${kind}`)}
                </Typography>
              </Box>
            </Box>
          );
        })}
      </RadioGroup>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
}
