import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { MatchStrength, MatchStrengthDto } from '@musubi/shared';
import { useTranslation } from 'react-i18next';

const BAR_COLOR: Record<MatchStrength, string> = {
  strong: '#23645a',
  good: '#3d5a8f',
  fair: '#7a8194',
};

/**
 * How strong a match is, in words ("Strong match" / 相性◎) with a bar filled to the calibrated
 * percent the server computes once for every screen. `rawScore` (the engine's own 0–100 score) is
 * shown, labelled, where organisers curate.
 */
export function MatchScore({ strength, rawScore }: { strength: MatchStrengthDto; rawScore?: number | null }) {
  const { t } = useTranslation();
  const percent = Math.min(100, Math.max(0, Math.round(strength.percent)));
  const level = t(`matching.score.level.${strength.level}`);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, mb: 1.25, flexWrap: 'wrap' }}>
      <Box
        role="meter"
        aria-label={t('matching.score.label')}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={level}
        sx={{ display: 'flex', alignItems: 'center', gap: 1.25, flex: 1, minWidth: 0 }}
      >
        <Typography
          variant="body2"
          sx={{ whiteSpace: 'nowrap', fontWeight: 800, color: BAR_COLOR[strength.level] }}
          data-strength={strength.level}
        >
          {level}
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
          <Box
            data-testid="match-bar"
            sx={{ width: `${percent}%`, height: '100%', borderRadius: 3, bgcolor: BAR_COLOR[strength.level] }}
          />
        </Box>
      </Box>
      {rawScore !== undefined && rawScore !== null ? (
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {t('matching.score.raw', { score: rawScore })}
        </Typography>
      ) : null}
    </Box>
  );
}
