import { useCallback, useEffect, useState } from 'react';
import type { ProfileDto } from '@musubi/shared';
import { ApiError } from '../../api/client';

export type ProfileLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; profile: ProfileDto };

/**
 * Loads one profile (null or a 404 means "missing"), with `reload` for a retry or a newer
 * version, and `replace` for a profile the server just sent back (after a picture upload).
 */
export function useProfileLoader(load: () => Promise<ProfileDto | null>) {
  const [state, setState] = useState<ProfileLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (profile) => {
        if (!cancelled) setState(profile ? { status: 'ready', profile } : { status: 'missing' });
      },
      (error: unknown) => {
        if (cancelled) return;
        const missing = error instanceof ApiError && error.status === 404;
        setState(missing ? { status: 'missing' } : { status: 'error', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, attempt]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((profile: ProfileDto) => setState({ status: 'ready', profile }), []);

  return { state, reload, replace };
}
