import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPageDto } from '@musubi/shared';
import { describeApiError } from '../../api/errors';
import type { PagedList } from '../../components/PagedListBody';

/** One admin list read page by page; `remove` drops an item once an action has dealt with it. */
export function usePagedAdminList<T extends { userId: string }>(
  loadPage: (cursor?: string) => Promise<AdminPageDto<T>>,
) {
  const { t } = useTranslation();
  const [list, setList] = useState<PagedList<T> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const fail = useCallback((error: unknown) => describeApiError(error, t).message, [t]);

  const reload = useCallback(() => {
    loadPage().then(
      (page) => setList({ items: page.items, nextCursor: page.nextCursor, error: null }),
      (error: unknown) => setList({ items: [], nextCursor: null, error: fail(error) }),
    );
  }, [loadPage, fail]);

  useEffect(() => {
    reload();
  }, [reload]);

  const more = async () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await loadPage(list.nextCursor);
      setList((current) =>
        current ? { ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor } : current,
      );
    } catch (error) {
      setList((current) => (current ? { ...current, error: fail(error) } : current));
    } finally {
      setLoadingMore(false);
    }
  };

  const remove = (userId: string) =>
    setList((current) => (current ? { ...current, items: current.items.filter((i) => i.userId !== userId) } : current));

  return { list, loadingMore, more, reload, remove };
}
