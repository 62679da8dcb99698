import { useId, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Search from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SEARCH_MAX_LENGTH } from '../features/directory/directoryQuery';
import { searchPath } from '../features/search/searchPath';

interface FieldProps {
  initial: string;
  autoFocus?: boolean;
  onSearched?(): void;
  onEscape?(): void;
}

/** The search form itself: Enter goes to `/search?q=`. */
function SearchField({ initial, autoFocus, onSearched, onEscape }: FieldProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        void navigate(searchPath(text));
        onSearched?.();
      }}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flex: 1,
        minWidth: 0,
        borderRadius: 999,
        bgcolor: 'rgba(255, 255, 255, 0.14)',
        '&:hover': { bgcolor: 'rgba(255, 255, 255, 0.2)' },
        '&:focus-within': { bgcolor: 'rgba(255, 255, 255, 0.22)', outline: '2px solid rgba(255, 255, 255, 0.7)' },
      }}
    >
      <Search sx={{ mx: 1.25, opacity: 0.85 }} aria-hidden />
      <InputBase
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onEscape?.();
        }}
        placeholder={t('search.placeholder')}
        autoFocus={autoFocus}
        inputProps={{ 'aria-label': t('search.label'), maxLength: SEARCH_MAX_LENGTH, enterKeyHint: 'search' }}
        sx={{
          flex: 1,
          color: 'inherit',
          '& input': { py: 0.9, pr: 1.5 },
          '& input::placeholder': { color: 'inherit', opacity: 0.75 },
          // The browser's own clear button is dark on our dark bar.
          '& input::-webkit-search-cancel-button': { filter: 'invert(1)' },
        }}
      />
    </Box>
  );
}

/**
 * Profile search in the app bar: a field on wide screens; elsewhere an icon that opens the field
 * over the bar (Escape or the back arrow closes it again).
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const theme = useTheme();
  const inline = useMediaQuery(theme.breakpoints.up('lg'), { noSsr: true });
  const { pathname, search } = useLocation();
  const currentQ = pathname === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  if (inline) {
    return (
      // Gives way first when the bar gets crowded: its shrink factor dwarfs the navigation's, so the
      // field narrows (down to its minimum) before any navigation label is cut off.
      <Box sx={{ flex: '0 1000 280px', minWidth: 140, display: 'flex' }}>
        <SearchField key={currentQ} initial={currentQ} />
      </Box>
    );
  }

  const close = () => {
    setOpen(false);
    window.setTimeout(() => openButton.current?.focus(), 0);
  };

  return (
    <>
      <IconButton
        ref={openButton}
        color="inherit"
        aria-label={t('search.open')}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(true)}
      >
        <Search />
      </IconButton>
      {open ? (
        <Box
          id={panelId}
          sx={{
            position: 'absolute',
            inset: 0,
            zIndex: 1,
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            px: { xs: 1, sm: 2 },
            bgcolor: 'primary.main',
          }}
        >
          <IconButton color="inherit" aria-label={t('search.close')} onClick={close}>
            <ArrowBack />
          </IconButton>
          <SearchField initial={currentQ} autoFocus onSearched={() => setOpen(false)} onEscape={close} />
        </Box>
      ) : null}
    </>
  );
}
