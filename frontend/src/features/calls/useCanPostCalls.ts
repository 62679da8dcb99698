import { useEffect, useState } from 'react';
import { fetchMyProfile } from '../../api/profiles';
import { useAuth } from '../../auth/AuthContext';
import { canPostCalls } from './callText';

/** Whether the signed-in user may post calls (organisers and admins at once; members once their corporate profile loads). */
export function useCanPostCalls(): boolean {
  const { user } = useAuth();
  const byRole = canPostCalls(user?.role, null);
  const [kind, setKind] = useState<string | null>(null);
  useEffect(() => {
    if (!user || byRole) return;
    let live = true;
    fetchMyProfile().then(
      (profile) => {
        if (live) setKind(profile?.kind ?? null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [user, byRole]);
  return byRole || kind === 'corporate';
}
