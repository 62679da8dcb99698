import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import { useTranslation } from 'react-i18next';

/** In place of the composer where the viewer may only read (announcement channels). */
export function ReadOnlyComposer() {
  const { t } = useTranslation();
  return (
    <Box
      role="note"
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 1,
        p: { xs: 1.5, sm: 2 },
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'grey.50',
        color: 'text.secondary',
      }}
    >
      <CampaignOutlined fontSize="small" aria-hidden />
      <Typography variant="body2">{t('chat.group.readOnly')}</Typography>
    </Box>
  );
}
