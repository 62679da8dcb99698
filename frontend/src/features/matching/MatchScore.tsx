import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

function barColor(score: number): string {
  if (score >= 70) return '#23645a';
  if (score >= 40) return '#3d5a8f';
  return '#7a8194';
}

/** "Match 82" with a small bar: a meter from 0 to 100. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const value = Math.min(100, Math.max(0, Math.round(score)));
  return (
    <Box
      role="meter"
      aria-label={t('matching.score.label')}
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuetext={t('matching.score.valueText', { score: value })}
      sx={{ display: 'flex', alignItems: 'center', gap: 1.25, mb: 1.25 }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {t('matching.score.label')}{' '}
        <Box component="span" sx={{ color: 'text.primary', fontWeight: 800, fontSize: '1rem' }}>
          {value}
        </Box>
      </Typography>
      <Box
        sx={{
          flex: 1,
          maxWidth: 140,
          height: 6,
          borderRadius: 3,
          bgcolor: 'rgba(30, 50, 89, 0.12)',
          overflow: 'hidden',
        }}
      >
        <Box sx={{ width: `${value}%`, height: '100%', borderRadius: 3, bgcolor: barColor(value) }} />
      </Box>
    </Box>
  );
}
