import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { ProfileKind } from '@musubi/shared';

/** One colour per kind, readable on white (WCAG AA for the small chip text). */
export const KIND_COLORS: Record<ProfileKind, string> = {
  startup: '#b3361f',
  creator: '#23645a',
  corporate: '#1e3259',
};

/** "Startup" / "スタートアップ" as a small outlined badge in the kind's colour. */
export function KindChip({ kind, size = 'small' }: { kind: ProfileKind; size?: 'small' | 'medium' }) {
  const { t } = useTranslation();
  return (
    <Chip
      label={t(`profileForm.kinds.${kind}`)}
      size={size}
      variant="outlined"
      sx={{ color: KIND_COLORS[kind], borderColor: KIND_COLORS[kind], fontWeight: 700, bgcolor: 'background.paper' }}
    />
  );
}
