import { createTheme } from '@mui/material/styles';

/**
 * Musubi (結び) means a knot that ties two things together: indigo (藍) for trust,
 * vermillion (朱) for the tie itself, on a warm washi-paper background.
 * System fonts only: no web font is downloaded.
 */
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Noto Sans JP"',
  '"Noto Sans CJK JP"',
  '"Yu Gothic UI"',
  'Meiryo',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

const indigo = { main: '#1e3259', light: '#3d5a8f', dark: '#121f3a', contrastText: '#ffffff' };
const vermillion = { main: '#c7402c', light: '#e2553b', dark: '#9a2d1d', contrastText: '#ffffff' };
const focusRing = `3px solid ${vermillion.light}`;

export const theme = createTheme({
  palette: {
    primary: indigo,
    secondary: vermillion,
    background: { default: '#f8f5ef', paper: '#ffffff' },
    text: { primary: '#1b1f2a', secondary: '#4c5466' },
    divider: 'rgba(30, 50, 89, 0.12)',
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily,
    h1: { fontSize: '2.25rem', fontWeight: 700, lineHeight: 1.3, letterSpacing: '0.01em' },
    h2: { fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.35 },
    h3: { fontSize: '1.25rem', fontWeight: 700, lineHeight: 1.4 },
    h4: { fontSize: '1.1rem', fontWeight: 700, lineHeight: 1.4 },
    body1: { lineHeight: 1.75 },
    body2: { lineHeight: 1.7 },
    button: { textTransform: 'none', fontWeight: 600, letterSpacing: '0.02em' },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // Keyboard users always see where they are, whatever the component.
        ':focus-visible': { outline: focusRing, outlineOffset: 2 },
        a: { color: indigo.light },
        // Chrome breaks Japanese headings between phrases rather than inside a word.
        'h1, h2, h3': { wordBreak: 'auto-phrase' },
        // Printing a profile gives the card alone: no app bar, footer or buttons.
        '@media print': {
          body: { backgroundColor: '#ffffff' },
          'header, footer, [data-print="hide"], .MuiButton-root, .MuiIconButton-root, .MuiToggleButtonGroup-root': {
            display: 'none !important',
          },
          'main#main': { paddingTop: '0 !important', paddingBottom: '0 !important' },
          '.MuiPaper-root': { boxShadow: 'none !important' },
        },
        // People who ask their system for less motion get (almost) none: menus and dialogs appear at once.
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': {
            animationDuration: '0.01ms !important',
            animationIterationCount: '1 !important',
            transitionDuration: '0.01ms !important',
            scrollBehavior: 'auto !important',
          },
        },
      },
    },
    MuiButtonBase: {
      styleOverrides: {
        root: { '&.Mui-focusVisible': { outline: focusRing, outlineOffset: 2 } },
      },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { borderRadius: 999, paddingInline: 20 } },
    },
    MuiAppBar: {
      defaultProps: { elevation: 0, color: 'primary' },
    },
    MuiPaper: {
      styleOverrides: { outlined: { borderColor: 'rgba(30, 50, 89, 0.14)' } },
    },
    MuiTextField: {
      defaultProps: { fullWidth: true },
    },
  },
});
