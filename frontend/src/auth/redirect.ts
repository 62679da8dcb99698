/**
 * Where to go after signing in. Only same-site paths are followed, so a crafted
 * `?next=https://evil.example` or `?next=//evil.example` cannot send anyone away.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return next;
}

export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
