import type { ReactNode } from 'react';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface Props {
  title: string;
  lead: string;
  children: ReactNode;
  footer: ReactNode;
}

/** The narrow card that log in and sign up share. */
export function AuthCard({ title, lead, children, footer }: Props) {
  return (
    <Container maxWidth="sm" sx={{ px: { xs: 2, sm: 3 } }}>
      <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 5 } }}>
        <Typography variant="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2rem' }, mb: 1 }}>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {lead}
        </Typography>
        {children}
        <Typography variant="body2" sx={{ mt: 3, textAlign: 'center' }}>
          {footer}
        </Typography>
      </Paper>
    </Container>
  );
}
