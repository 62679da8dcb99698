import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileDto } from '@musubi/shared';
import { listProfiles } from '../../api/profiles';

interface Results {
  /** The query (and attempt) these results answer: when it differs from the current one, we are loading. */
  key: string;
  items: ProfileDto[];
  nextCursor: string | null;
  error: unknown;
}

const withCursor = (query: string, cursor: string) => {
  const params = new URLSearchParams(query);
  params.set('cursor', cursor);
  return params.toString();
};

/** The directory's pages for one query: the first on every query change, the next ones on request. */
export function useDirectoryResults(query: string) {
  const [attempt, setAttempt] = useState(0);
  const key = `${query}#${attempt}`;
  const [results, setResults] = useState<Results | null>(null);
  const [more, setMore] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const loadingMore = useRef(false);

  useEffect(() => {
    let cancelled = false;
    listProfiles(query).then(
      (page) => {
        if (!cancelled) setResults({ key, items: page.items, nextCursor: page.nextCursor, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setResults({ key, items: [], nextCursor: null, error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, query]);

  const current = results?.key === key ? results : null;
  const nextCursor = current?.nextCursor ?? null;
  const shown = current?.items.length ?? 0;

  /** Appends the next page; resolves to the index of its first item (for focus), or null. */
  const loadMore = useCallback(async (): Promise<number | null> => {
    if (!nextCursor || loadingMore.current) return null;
    loadingMore.current = true;
    setMore({ loading: true, error: null });
    try {
      const page = await listProfiles(withCursor(query, nextCursor));
      setResults((previous) => {
        if (!previous || previous.key !== key) return previous;
        const seen = new Set(previous.items.map((item) => item.id));
        const items = [...previous.items, ...page.items.filter((item) => !seen.has(item.id))];
        return { ...previous, items, nextCursor: page.nextCursor };
      });
      setMore({ loading: false, error: null });
      return page.items.length > 0 ? shown : null;
    } catch (error) {
      setMore({ loading: false, error });
      return null;
    } finally {
      loadingMore.current = false;
    }
  }, [key, nextCursor, query, shown]);

  const retry = useCallback(() => {
    setMore({ loading: false, error: null });
    setAttempt((n) => n + 1);
  }, []);

  return { results: current, more, loadMore, retry };
}
