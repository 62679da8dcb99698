import Box from '@mui/material/Box';
import { Link as RouterLink } from 'react-router';

/** Two rings passing over and under each other: the tie a 結び is named after. */
function KnotMark() {
  return (
    <Box component="svg" viewBox="0 0 32 32" aria-hidden sx={{ width: 30, height: 30, flex: 'none' }}>
      <circle cx="12" cy="16" r="8" fill="none" stroke="#e2553b" strokeWidth="3" />
      <circle cx="20" cy="16" r="8" fill="none" stroke="#f4efe6" strokeWidth="3" />
      <path d="M17.66 21.66 A8 8 0 0 1 14.07 23.73" fill="none" stroke="#e2553b" strokeWidth="3" />
    </Box>
  );
}

export function Logo() {
  return (
    <Box
      component={RouterLink}
      to="/"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 1,
        color: 'inherit',
        textDecoration: 'none',
        fontWeight: 800,
        fontSize: { xs: '1.1rem', sm: '1.25rem' },
        letterSpacing: '0.02em',
        whiteSpace: 'nowrap',
        borderRadius: 1,
      }}
    >
      <KnotMark />
      <span>
        Musubi
        {/* Below 600 px the app bar needs the room for its buttons (search, language, bell, menu). */}
        <Box component="span" lang="ja" sx={{ fontWeight: 500, opacity: 0.85, display: { xs: 'none', sm: 'inline' } }}>
          {' '}
          結び
        </Box>
      </span>
    </Box>
  );
}
