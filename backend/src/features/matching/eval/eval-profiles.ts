import type { NeedCategory } from '@musubi/shared';
import type { EngineProfile } from '../engine';
import { EVAL_CORPORATES } from './eval-corporates';
import { EVAL_CREATORS } from './eval-creators';
import { EVAL_STARTUPS } from './eval-startups';

/** An engine profile whose need categories are checked against NEED_CATEGORIES at compile time. */
export type EvalProfile = EngineProfile & {
  offers: { category: NeedCategory; text: string }[];
  seeks: { category: NeedCategory; text: string }[];
};

/**
 * The hand-written evaluation corpus: fictional startups, creators and corporates in Yokohama,
 * Shibuya, elsewhere in Japan and abroad, some written only in Japanese, some only in English, most
 * in both. Real complementary pairs (a drone startup and a port operator, an anime studio and an XR
 * studio, a food-tech startup and a supermarket chain, a sound artist and a live house…) sit beside
 * distractors that share their tags but not their needs (`st-agri-drone`, `st-foodie-app`,
 * `co-port-consult`, `co-shibuya-cowork`, `cr-anime-blogger`). Ids are readable handles, not
 * ObjectIds, so the printed table can be checked against the labels by eye.
 */
export const EVAL_PROFILES: readonly EvalProfile[] = [...EVAL_STARTUPS, ...EVAL_CORPORATES, ...EVAL_CREATORS];
