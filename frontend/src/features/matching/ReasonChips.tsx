import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CallMade from '@mui/icons-material/CallMade';
import CallReceived from '@mui/icons-material/CallReceived';
import JoinInner from '@mui/icons-material/JoinInner';
import { useTranslation } from 'react-i18next';
import type { ReasonDto, ReasonKind } from '@musubi/shared';
import { visuallyHidden } from '../../layout/visuallyHidden';

/** One colour and icon per kind of reason; the text colours pass WCAG AA on their backgrounds. */
const REASON_STYLES: Record<ReasonKind, { color: string; background: string; Icon: typeof CallMade }> = {
  'they-offer-you-seek': { color: '#1d5a50', background: '#e3f1ed', Icon: CallReceived },
  'you-offer-they-seek': { color: '#9a2d1d', background: '#fbe9e4', Icon: CallMade },
  'shared-interest': { color: '#1e3259', background: '#e6ebf5', Icon: JoinInner },
};

export const REASON_KINDS = Object.keys(REASON_STYLES) as ReasonKind[];

const chipSx = (type: ReasonKind) => {
  const { color, background } = REASON_STYLES[type];
  return {
    color,
    bgcolor: background,
    border: 1,
    borderColor: 'transparent',
    fontWeight: 600,
    maxWidth: '100%',
    '& .MuiChip-icon': { color, fontSize: '1rem', ml: 0.75 },
  };
};

/** The first (strongest) reason for each label: "Design" and "design" would read as one twice. */
function withDistinctLabels(reasons: ReasonDto[]): ReasonDto[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = reason.label.trim().toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Why a profile is suggested: one chip per reason with its short label; the full sentence is the
 * tooltip and, for screen readers, the chip's text.
 */
export function ReasonChips({ reasons }: { reasons: ReasonDto[] }) {
  const { t } = useTranslation();
  const shown = withDistinctLabels(reasons);
  if (shown.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label={t('matching.reasons.label')}
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 0.75 }}
    >
      {shown.map((reason, index) => {
        const { Icon } = REASON_STYLES[reason.type];
        return (
          <Box component="li" key={`${reason.type}:${reason.label}:${index}`} sx={{ maxWidth: '100%' }}>
            <Tooltip title={<span>{reason.text}</span>} describeChild arrow>
              <Chip
                size="small"
                data-reason={reason.type}
                icon={<Icon aria-hidden />}
                label={
                  <>
                    <span aria-hidden="true">{reason.label}</span>
                    <Box component="span" sx={visuallyHidden}>
                      {reason.text}
                    </Box>
                  </>
                }
                sx={chipSx(reason.type)}
              />
            </Tooltip>
          </Box>
        );
      })}
    </Box>
  );
}

/** What the colours and icons mean, once above the list. */
export function ReasonLegend() {
  const { t } = useTranslation();
  return (
    <Box
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.75, rowGap: 0.25, mb: 2 }}
      aria-hidden
    >
      <Typography variant="body2" color="text.secondary" sx={{ fontSize: '0.8125rem' }}>
        {t('matching.reasons.legend')}
      </Typography>
      {REASON_KINDS.map((type) => {
        const { Icon, color } = REASON_STYLES[type];
        return (
          <Typography
            key={type}
            variant="body2"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color, fontSize: '0.8125rem' }}
          >
            <Icon sx={{ fontSize: '1rem' }} />
            {t(`matching.reasons.${type}`)}
          </Typography>
        );
      })}
    </Box>
  );
}
