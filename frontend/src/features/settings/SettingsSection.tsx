import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface Props {
  id: string;
  title: string;
  lead?: string;
  tone?: 'default' | 'danger';
  children: ReactNode;
}

/** One titled card on the settings page; its heading names the region for screen readers. */
export function SettingsSection({ id, title, lead, tone = 'default', children }: Props) {
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={id}
      sx={{ p: { xs: 2.5, sm: 4 }, ...(tone === 'danger' ? { borderColor: 'error.light' } : {}) }}
    >
      <Typography
        id={id}
        variant="h2"
        sx={{
          fontSize: '1.25rem',
          mb: lead ? 1 : 2.5,
          color: tone === 'danger' ? 'error.dark' : undefined,
        }}
      >
        {title}
      </Typography>
      {lead ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          {lead}
        </Typography>
      ) : null}
      {children}
    </Paper>
  );
}
