import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Check from '@mui/icons-material/Check';
import Translate from '@mui/icons-material/Translate';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@musubi/shared';
import { useLanguage } from '../i18n/useLanguage';

/** Each language is named in itself, so anyone can find their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { ja: '日本語', en: 'English' };

export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  const choose = (next: Language) => {
    setAnchor(null);
    void changeLanguage(next);
  };

  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={t('nav.languageButton', { language: LANGUAGE_NAMES[language] })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        startIcon={<Translate />}
        sx={{
          minWidth: 0,
          flex: 'none',
          whiteSpace: 'nowrap',
          px: { xs: 1, sm: 2, lg: 1, xl: 2 },
          '& .MuiButton-startIcon': { mr: { xs: 0.5 } },
        }}
      >
        {/* The short code on phones and where the full navigation shares the bar (lg) */}
        <Box component="span" lang={language} sx={{ display: { xs: 'none', sm: 'inline', lg: 'none', xl: 'inline' } }}>
          {LANGUAGE_NAMES[language]}
        </Box>
        <Box component="span" sx={{ display: { xs: 'inline', sm: 'none', lg: 'inline', xl: 'none' } }}>
          {language.toUpperCase()}
        </Box>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((option) => (
          <MenuItem key={option} lang={option} selected={option === language} onClick={() => choose(option)}>
            <ListItemIcon>{option === language ? <Check fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{LANGUAGE_NAMES[option]}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
