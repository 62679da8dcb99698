import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import type { PairDto, ScoreLimitDto, WhyNotHigherDto } from '@musubi/shared';
import { fetchWhyNotHigher } from '../../api/events';
import { localized, uiLanguage } from '../../lib/localized';
import { needLabel } from '../profiles/labels';

/** A small expandable line under a pair: what holds its score down (loaded when first opened). */
export function WhyNotHigher({ eventId, pair, names }: { eventId: string; pair: PairDto; names: string }) {
  const { t, i18n } = useTranslation();
  const regionId = useId();
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState<WhyNotHigherDto | null>(null);
  const [failed, setFailed] = useState(false);
  const lang = uiLanguage(i18n.language);

  const toggle = () => {
    setOpen((o) => !o);
    if (why || open) return;
    setFailed(false);
    fetchWhyNotHigher(eventId, pair.key).then(setWhy, () => setFailed(true));
  };

  const nameOf = (id: string | undefined) => {
    const profile = id === pair.a.id ? pair.a : id === pair.b.id ? pair.b : null;
    return profile ? localized(profile.name, i18n.language).text : '';
  };
  const line = (limit: ScoreLimitDto) =>
    t(`events.whyNotHigher.${limit.code}`, {
      name: nameOf(limit.profileId),
      categories: (limit.categories ?? []).map((c) => needLabel(c, lang)).join(lang === 'ja' ? '、' : ', '),
    });

  return (
    <Box sx={{ mt: 0.5 }}>
      <Button
        size="small"
        onClick={toggle}
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={t('events.whyNotHigher.showWho', { names })}
        endIcon={<ExpandMore sx={{ transform: open ? 'rotate(180deg)' : 'none', transition: 'transform 150ms' }} />}
        sx={{ px: 0.5, minWidth: 0 }}
      >
        {t('events.whyNotHigher.show')}
      </Button>
      <Collapse in={open} unmountOnExit>
        <Box id={regionId} role="region" aria-label={t('events.whyNotHigher.showWho', { names })} aria-live="polite">
          {failed ? (
            <Typography variant="body2" color="error">
              {t('events.whyNotHigher.failed')}
            </Typography>
          ) : !why ? (
            <Typography variant="body2" color="text.secondary">
              {t('events.whyNotHigher.loading')}
            </Typography>
          ) : why.limits.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('events.whyNotHigher.none')}
            </Typography>
          ) : (
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {why.limits.map((limit) => (
                <Typography
                  component="li"
                  variant="body2"
                  color="text.secondary"
                  key={`${limit.code}:${limit.profileId ?? ''}`}
                >
                  {line(limit)}
                </Typography>
              ))}
            </Box>
          )}
        </Box>
      </Collapse>
    </Box>
  );
}
