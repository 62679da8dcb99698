/** The list without the item of this id. */
export const withoutItem =
  <T>(idOf: (item: T) => string, id: string) =>
  (items: T[]): T[] =>
    items.filter((item) => idOf(item) !== id);

/** The list with the item back where it was (unless it is there already, e.g. from a reload). */
export const withItemAt =
  <T>(idOf: (item: T) => string, item: T, index: number) =>
  (items: T[]): T[] =>
    items.some((other) => idOf(other) === idOf(item))
      ? items
      : [...items.slice(0, Math.max(0, index)), item, ...items.slice(Math.max(0, index))];

/**
 * After a card leaves or comes back, keeps keyboard users in the list: focuses the card now at
 * `index` (the next one), else the last one, else `fallback`.
 */
export function focusCardAt(container: HTMLElement | null, index: number, fallback?: HTMLElement | null): void {
  window.setTimeout(() => {
    const links = container?.querySelectorAll<HTMLElement>('[data-card-link]') ?? [];
    const target = links[Math.min(index, links.length - 1)] ?? fallback;
    target?.focus();
  }, 0);
}
