import type { MatchingEngine, Page, SuggestOptions, Suggestion } from '../engine';
import type { MemberHistory } from './labels';
import { RERANK_POOL, type RerankModel, rerank } from './reranker';

/**
 * The page `suggest` would return, with the engine's top RERANK_POOL reordered by the model: the
 * ranking is fetched from the start (at least the pool), reordered, then paged, so pages stay
 * consistent with each other; past the pool the engine's order is kept.
 */
export function learnedSuggestionPage(
  engine: MatchingEngine,
  viewerId: string,
  options: SuggestOptions,
  model: RerankModel,
  history: MemberHistory | undefined,
): Page<Suggestion> {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const whole = engine.suggest(viewerId, { ...options, offset: 0, limit: Math.max(RERANK_POOL, offset + limit) });
  const ordered = rerank(engine, viewerId, whole.items, model, history);
  const more = whole.nextOffset !== null || ordered.length > offset + limit;
  return { items: ordered.slice(offset, offset + limit), nextOffset: more ? offset + limit : null };
}

/** A member's history: behaviour seen at the last training plus their feedback now (which wins). */
export function currentHistory(
  trained: MemberHistory | undefined,
  saved: readonly string[],
  rejected: readonly string[],
): MemberHistory | undefined {
  if (!trained && saved.length === 0 && rejected.length === 0) return undefined;
  const now = new Set([...saved, ...rejected]);
  return {
    positives: [...(trained?.positives ?? []).filter((id) => !now.has(id)), ...saved],
    negatives: [...(trained?.negatives ?? []).filter((id) => !now.has(id)), ...rejected],
  };
}
