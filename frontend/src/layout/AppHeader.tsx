import { useId, useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import MenuIcon from '@mui/icons-material/Menu';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { useChatState } from '../features/chat/ChatContext';
import { NotificationBell } from '../features/notifications';
import { HeaderSearch } from './HeaderSearch';
import { LanguageMenu } from './LanguageMenu';
import { Logo } from './Logo';
import { UserMenu } from './UserMenu';

interface NavItem {
  to: string;
  label: string;
  /** A count shown as a badge (unread messages); 0 hides it. */
  badge?: number;
  /** The accessible name when there is a badge. */
  badgeLabel?: string;
  /** Also marked current on the pages below it (`/suggestions/saved`). */
  section?: boolean;
}

function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const { status } = useAuth();
  const { unreadTotal } = useChatState();
  if (status === 'authenticated') {
    return [
      { to: '/', label: t('nav.home') },
      { to: '/suggestions', label: t('nav.suggestions'), section: true },
      {
        to: '/messages',
        label: t('nav.messages'),
        section: true,
        badge: unreadTotal,
        badgeLabel: t('nav.messagesUnread', { count: unreadTotal }),
      },
      { to: '/meetings', label: t('nav.meetings'), section: true },
      { to: '/events', label: t('nav.events'), section: true },
      { to: '/calls', label: t('nav.calls'), section: true },
      { to: '/directory', label: t('nav.directory') },
      // My profile and Settings live in the user menu: the row must fit a 1280 px screen.
    ];
  }
  if (status === 'loading') return [];
  return [
    { to: '/directory', label: t('nav.directory') },
    { to: '/events', label: t('nav.events'), section: true },
    { to: '/login', label: t('nav.login') },
    { to: '/signup', label: t('nav.signup') },
  ];
}

const navLinkSx = {
  color: 'inherit',
  whiteSpace: 'nowrap',
  flex: 'none',
  px: { lg: 1, xl: 1.5 },
  opacity: 0.85,
  '&:hover': { opacity: 1, bgcolor: 'rgba(255,255,255,0.08)' },
  '&.active': { opacity: 1, boxShadow: 'inset 0 -2px 0 currentColor', borderRadius: 0 },
};

/** The label, with its count as a badge when there is one. */
function NavLabel({ item }: { item: NavItem }) {
  if (!item.badge) return <>{item.label}</>;
  return (
    <Badge
      color="secondary"
      badgeContent={item.badge}
      max={99}
      sx={{ '& .MuiBadge-badge': { position: 'static', transform: 'none', ml: 0.75 } }}
    >
      {item.label}
    </Badge>
  );
}

/** Collapses the navigation into a menu below desktop width. */
function MobileNav({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const unread = items.reduce((sum, item) => sum + (item.badge ?? 0), 0);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (items.length === 0) return null;
  return (
    <Box component="nav" aria-label={t('nav.main')} sx={{ display: { xs: 'block', lg: 'none' } }}>
      <IconButton
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={unread ? t('nav.openMenuUnread', { count: unread }) : t('nav.openMenu')}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        edge="end"
      >
        <Badge color="secondary" variant="dot" invisible={!unread} overlap="circular">
          <MenuIcon />
        </Badge>
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {items.map((item) => (
          <MenuItem
            key={item.to}
            component={RouterLink}
            to={item.to}
            onClick={() => setAnchor(null)}
            aria-label={item.badge ? item.badgeLabel : undefined}
            sx={{ minWidth: 180 }}
          >
            <NavLabel item={item} />
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}

export function AppHeader() {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const items = useNavItems();

  return (
    <AppBar position="sticky" component="header">
      <Toolbar sx={{ gap: { xs: 0, sm: 1.5 }, px: { xs: 1.5, sm: 3 } }}>
        <Logo />
        {/* With many destinations the row scrolls rather than pushing the bar wider than the screen. */}
        <Box
          component="nav"
          aria-label={t('nav.main')}
          sx={{
            display: { xs: 'none', lg: 'flex' },
            gap: 0.5,
            ml: 2,
            minWidth: 0,
            overflowX: 'auto',
            scrollbarWidth: 'none',
          }}
        >
          {items.map((item) => (
            <Button
              key={item.to}
              component={NavLink}
              to={item.to}
              end={!item.section}
              aria-label={item.badge ? item.badgeLabel : undefined}
              sx={navLinkSx}
            >
              <NavLabel item={item} />
            </Button>
          ))}
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        {status === 'loading' ? null : <HeaderSearch />}
        <LanguageMenu />
        {user ? <NotificationBell key={user.id} user={user} /> : null}
        {user ? <UserMenu user={user} /> : null}
        <MobileNav items={items} />
      </Toolbar>
    </AppBar>
  );
}
