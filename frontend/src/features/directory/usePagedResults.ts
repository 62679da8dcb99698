import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { warmUpRetryDelay } from '../../api/matching';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface Results<T> {
  /** The query (and attempt) these results answer: when it differs from the current one, we are loading. */
  key: string;
  items: T[];
  nextCursor: string | null;
  error: unknown;
}

interface Options {
  /** Asks again by itself while the server answers 503 (the matching index is still being built). */
  retryWhileWarmingUp?: boolean;
}

/** About two minutes at the server's usual Retry-After of 2 s; then the error and a retry button. */
const MAX_WARM_UP_RETRIES = 60;

const IDLE = { key: '', loading: false, error: null };

const withCursor = (query: string, cursor: string) => {
  const params = new URLSearchParams(query);
  params.set('cursor', cursor);
  return params.toString();
};

/**
 * Cursor-paged results for one query: the first page on every query change, the next ones on
 * request. `loadPage` and `idOf` must be stable (module-level functions).
 */
export function usePagedResults<T>(
  query: string,
  loadPage: (query: string) => Promise<Page<T>>,
  idOf: (item: T) => string,
  { retryWhileWarmingUp = false }: Options = {},
) {
  const [attempt, setAttempt] = useState(0);
  const key = `${query}#${attempt}`;
  const [results, setResults] = useState<Results<T> | null>(null);
  const [warming, setWarming] = useState<{ key: string; retries: number } | null>(null);
  const [more, setMore] = useState<{ key: string; loading: boolean; error: unknown }>(IDLE);
  const loadingMore = useRef(false);
  const warmRetries = warming?.key === key ? warming.retries : 0;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadPage(query).then(
      (page) => {
        if (!cancelled) setResults({ key, items: page.items, nextCursor: page.nextCursor, error: null });
      },
      (error: unknown) => {
        if (cancelled) return;
        const wait = retryWhileWarmingUp ? warmUpRetryDelay(error) : null;
        if (wait !== null && warmRetries < MAX_WARM_UP_RETRIES) {
          setWarming({ key, retries: warmRetries });
          timer = setTimeout(() => setWarming({ key, retries: warmRetries + 1 }), wait);
          return;
        }
        setResults({ key, items: [], nextCursor: null, error });
      },
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, query, loadPage, retryWhileWarmingUp, warmRetries]);

  const current = results?.key === key ? results : null;
  const nextCursor = current?.nextCursor ?? null;
  const shown = current?.items.length ?? 0;

  /** Appends the next page; resolves to the index of its first item (for focus), or null. */
  const loadMore = useCallback(async (): Promise<number | null> => {
    if (!nextCursor || loadingMore.current) return null;
    loadingMore.current = true;
    setMore({ key, loading: true, error: null });
    try {
      const page = await loadPage(withCursor(query, nextCursor));
      setResults((previous) => {
        if (!previous || previous.key !== key) return previous;
        const seen = new Set(previous.items.map(idOf));
        const items = [...previous.items, ...page.items.filter((item) => !seen.has(idOf(item)))];
        return { ...previous, items, nextCursor: page.nextCursor };
      });
      setMore(IDLE);
      return page.items.length > 0 ? shown : null;
    } catch (error) {
      setMore({ key, loading: false, error });
      return null;
    } finally {
      loadingMore.current = false;
    }
  }, [idOf, key, loadPage, nextCursor, query, shown]);

  const retry = useCallback(() => {
    setMore(IDLE);
    setAttempt((n) => n + 1);
  }, []);

  /** Changes the shown items in place (a removed card, a restored one, a toggled flag). */
  const updateItems = useCallback(
    (update: (items: T[]) => T[]) => {
      setResults((previous) =>
        previous && previous.key === key ? { ...previous, items: update(previous.items) } : previous,
      );
    },
    [key],
  );

  return {
    results: current,
    /** True while the first page waits for the server to finish warming up. */
    warmingUp: !current && warming?.key === key,
    /** The next page's state; a failure belongs to the query it happened in. */
    more: more.key === key ? { loading: more.loading, error: more.error } : IDLE,
    loadMore,
    retry,
    updateItems,
  };
}

/**
 * After a "load more" by button: focus moves to the first new item (`loadMore`'s answer), so
 * keyboard users carry on from there instead of losing their place.
 */
export function focusFirstNew(list: RefObject<HTMLElement | null>, selector: string, firstNew: number | null): void {
  if (firstNew === null) return;
  // Once React has rendered the new items.
  window.setTimeout(() => list.current?.querySelectorAll<HTMLElement>(selector)[firstNew]?.focus(), 0);
}
