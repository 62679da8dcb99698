import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '@musubi/shared';
import { fetchEvent } from '../../api/events';
import { describeEventError } from './eventText';

/** Loads one event; `setEvent` takes the fresh copy an action returns. */
export function useEvent(id: string | undefined) {
  const { t } = useTranslation();
  const [event, setEvent] = useState<EventDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);

  const reload = useCallback(() => {
    if (!id) return;
    fetchEvent(id).then(
      (loaded) => {
        setEvent(loaded);
        setError(null);
      },
      (e: unknown) => {
        const status = (e as { status?: number }).status;
        setNotFound(status === 404 || status === 403);
        setError(describeEventError(e, t));
      },
    );
  }, [id, t]);

  useEffect(() => {
    reload();
  }, [reload]);

  return { event, setEvent, error, notFound, reload };
}
