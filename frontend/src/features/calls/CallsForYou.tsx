import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CallSuggestionDto } from '@musubi/shared';
import { fetchCallsForMe } from '../../api/calls';
import { useAuth } from '../../auth/AuthContext';
import { MatchScore } from '../matching/MatchScore';
import { ReasonChips } from '../matching/ReasonChips';
import { CallCard } from './CallCard';
import { CardGrid } from '../../components/CardGrid';

const SHOWN = 3;

/**
 * "Open calls for you": calls that fit the viewer's profile, with why. Quietly absent when there
 * are none or they cannot be loaded (the page around it has its own content).
 */
export function CallsForYou() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [items, setItems] = useState<CallSuggestionDto[] | null>(null);
  useEffect(() => {
    let live = true;
    fetchCallsForMe().then(
      (list) => live && setItems(Array.isArray(list) ? list : []),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!items || items.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="calls-for-you" sx={{ mb: 4 }}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          gap: 1,
          mb: 1.5,
        }}
      >
        <Typography id="calls-for-you" variant="h2" sx={{ fontSize: '1.3rem', fontWeight: 700 }}>
          {t('calls.forYou.title')}
        </Typography>
        <Link component={RouterLink} to="/calls">
          {t('calls.forYou.all')}
        </Link>
      </Box>
      <CardGrid>
        {items.slice(0, SHOWN).map((suggestion) => (
          <li key={suggestion.call.id}>
            <CallCard call={suggestion.call} viewerZone={user?.timeZone}>
              <Box sx={{ position: 'relative', zIndex: 1 }}>
                <MatchScore strength={suggestion.strength} />
                <ReasonChips reasons={suggestion.reasons} />
              </Box>
            </CallCard>
          </li>
        ))}
      </CardGrid>
    </Box>
  );
}
