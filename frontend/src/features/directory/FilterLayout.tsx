import { useState, type ReactNode } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import Tune from '@mui/icons-material/Tune';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** The filter fields; each change applies at once. */
  panel: ReactNode;
  /** How many filters are set (the badge on the phone's "Filters" button). */
  active: number;
  onClear(): void;
  /** The results. */
  children: ReactNode;
}

/**
 * Filters beside the results on wide screens, in a bottom drawer behind a "Filters" button on
 * phones and tablets.
 */
export function FilterLayout({ id, panel, active, onClear, children }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Grid container spacing={3}>
      {desktop ? (
        <Grid size={{ md: 3 }}>
          <Paper
            component="section"
            variant="outlined"
            aria-labelledby={`${id}-filters`}
            sx={{ p: 2.5, position: 'sticky', top: 88 }}
          >
            <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', mb: 2 }}>
              <Typography id={`${id}-filters`} variant="h2" sx={{ fontSize: '1.1rem' }}>
                {t('directory.filters.title')}
              </Typography>
              {active > 0 ? (
                <Button size="small" onClick={onClear} sx={{ px: 1 }}>
                  {t('directory.clear')}
                </Button>
              ) : null}
            </Box>
            {panel}
          </Paper>
        </Grid>
      ) : null}
      <Grid size={{ xs: 12, md: 9 }}>
        {desktop ? null : (
          <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              startIcon={
                <Badge badgeContent={active} color="secondary">
                  <Tune />
                </Badge>
              }
              onClick={() => setDrawerOpen(true)}
              aria-haspopup="dialog"
            >
              {t('directory.filters.open')}
            </Button>
            {active > 0 ? <Button onClick={onClear}>{t('directory.clear')}</Button> : null}
          </Box>
        )}
        {children}
      </Grid>
      {desktop ? null : (
        <Drawer
          anchor="bottom"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          slotProps={{
            paper: {
              role: 'dialog',
              'aria-labelledby': `${id}-filters-drawer`,
              sx: { maxHeight: '88vh', borderTopLeftRadius: 16, borderTopRightRadius: 16 },
            },
          }}
        >
          <Box sx={{ p: 2.5 }}>
            <Typography id={`${id}-filters-drawer`} variant="h2" sx={{ fontSize: '1.2rem', mb: 2 }}>
              {t('directory.filters.title')}
            </Typography>
            {panel}
          </Box>
          <Box
            sx={{
              position: 'sticky',
              bottom: 0,
              display: 'flex',
              gap: 1,
              p: 2,
              borderTop: 1,
              borderColor: 'divider',
              bgcolor: 'background.paper',
            }}
          >
            <Button onClick={onClear} disabled={active === 0}>
              {t('directory.clear')}
            </Button>
            <Button variant="contained" onClick={() => setDrawerOpen(false)} sx={{ flex: 1 }}>
              {t('directory.filters.show')}
            </Button>
          </Box>
        </Drawer>
      )}
    </Grid>
  );
}
