import type { EvalProfile } from './eval-profiles';
import { EVAL_SET_A_CORPORATES } from './eval-set-a-corporates';
import { EVAL_SET_A_CREATORS } from './eval-set-a-creators';
import { EVAL_SET_A_STARTUPS } from './eval-set-a-startups';

/**
 * Evaluation set A: 40 more hand-written profiles on mobility and MaaS, ports and cold chain,
 * disaster prevention, energy, construction and real estate, elder care, fintech and insurance,
 * HR and overseas companies entering Japan, with the creators they would hire. Unlike the first
 * 48, tags are what a member types (resolved with `resolveTag` by the harness, as the profile API
 * does), and most profiles are written in one language only, so many labelled pairs join a
 * Japanese-only profile with an English-only one that describes the same need in other words.
 * Distractors share a viewer's words but not its needs: a consultancy selling to the same cities
 * (`a-co-smartcity-consult`), a drone photographer beside drone and building-sensor startups
 * (`a-cr-skyframe`), two startups courting the same employers (`a-st-medlingo`, `a-st-paybridge`).
 */
export const EVAL_SET_A: readonly EvalProfile[] = [
  ...EVAL_SET_A_STARTUPS,
  ...EVAL_SET_A_CORPORATES,
  ...EVAL_SET_A_CREATORS,
];
