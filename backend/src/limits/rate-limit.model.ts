import { Schema, model } from 'mongoose';

export const RATE_LIMIT_COLLECTION = 'rate_limits';

/**
 * The counters of every limiter on the MongoDB store, in the shape rate-limiter-flexible writes
 * (`key` is `<limiter>:<subject>`). The unique index turns two first writes into one document; the
 * `expire` index serves the periodic purge (FerretDB v1 has no TTL indexes).
 */
const rateLimitSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    points: { type: Number, required: true },
    expire: { type: Date, default: null, index: true },
  },
  { collection: RATE_LIMIT_COLLECTION, versionKey: false },
);

export const RateLimitModel = model('RateLimit', rateLimitSchema);
