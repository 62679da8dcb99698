import type { z } from 'zod';
import { validationFailed } from './errors';

/**
 * Parses untrusted input with a shared zod schema; a failure becomes a 400 `validation_failed`
 * listing each issue's path. Schemas are strict, so unknown keys (and `$`-operators) are refused.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    throw validationFailed(
      result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  return result.data;
}
