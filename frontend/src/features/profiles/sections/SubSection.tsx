import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface Props {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}

/** A titled group of fields inside a step or section; its heading names the region. */
export function SubSection({ id, title, lead, children }: Props) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} variant="h3" sx={{ fontSize: '1.05rem', mb: lead ? 0.5 : 1.5 }}>
        {title}
      </Typography>
      {lead ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {lead}
        </Typography>
      ) : null}
      {children}
    </Box>
  );
}
