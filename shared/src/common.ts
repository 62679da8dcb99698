import { z } from 'zod';

/** A MongoDB ObjectId as clients send it: 24 lowercase hex characters. */
export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/;
export const ObjectIdSchema = z.string().regex(OBJECT_ID_PATTERN, { message: 'Not an id' });

/** A comma-separated query-string list (`kind=startup,creator`), each item checked by `item`. */
export const csvList = <T extends z.ZodType<unknown, string>>(item: T, maxLength = 1000) =>
  z
    .string()
    .max(maxLength)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(20));
