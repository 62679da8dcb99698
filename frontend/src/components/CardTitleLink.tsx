import type { ReactNode } from 'react';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

interface Props {
  to: string;
  id: string;
  lang?: string;
  children: ReactNode;
}

/** A card's title link, stretched over the whole card (which needs `position: relative`). */
export function CardTitleLink({ to, id, lang, children }: Props) {
  return (
    <Link
      component={RouterLink}
      to={to}
      id={id}
      lang={lang}
      underline="hover"
      sx={{ color: 'text.primary', '&::after': { content: '""', position: 'absolute', inset: 0 } }}
    >
      {children}
    </Link>
  );
}
