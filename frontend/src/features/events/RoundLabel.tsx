import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RoundDto } from '@musubi/shared';
import { formatTime, sameWallClock, zoneCity } from '../meetings/meetingTime';

/** "Round 2 · 14:15–14:30" in the event's zone, plus the viewer's time when it reads differently. */
export function roundLabelText(
  round: RoundDto,
  language: string,
  eventZone: string,
  viewerZone: string | undefined,
  t: TFunction,
): string {
  const main = t('events.round.label', {
    round: round.round,
    start: formatTime(round.start, language, eventZone),
    end: formatTime(round.end, language, eventZone),
  });
  if (!viewerZone || sameWallClock(round.start, eventZone, viewerZone)) return main;
  return `${main} ${t('events.round.yours', {
    start: formatTime(round.start, language, viewerZone),
    end: formatTime(round.end, language, viewerZone),
    zone: zoneCity(viewerZone),
  })}`;
}

export function RoundLabel({
  round,
  eventZone,
  viewerZone,
}: {
  round: RoundDto;
  eventZone: string;
  viewerZone?: string;
}) {
  const { t, i18n } = useTranslation();
  return <>{roundLabelText(round, i18n.language, eventZone, viewerZone, t)}</>;
}
