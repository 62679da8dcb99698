import { trusted, type Types } from 'mongoose';
import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { ProfileDeletionModel, ProfileModel } from '../profiles';
import {
  MatchingEngine,
  tokenizeProfile,
  TOKENIZER_VERSION,
  type EngineOptionsInput,
  type ProfileTokens,
} from './engine';
import { ENGINE_PROJECTION, toEngineProfile, type EngineSource } from './engine-profile';
import { ProfileTokensModel } from './profile-tokens.model';

/** Other processes' clocks may differ a little: each poll looks back this far (re-indexing is idempotent). */
const POLL_OVERLAP_MS = 5000;
const BATCH = 1000;

/**
 * The engine options the app's index is built with (the engine's defaults). The evaluation harness
 * builds its indexes with these too, so what it measures is what members get.
 */
export const PRODUCTION_ENGINE_OPTIONS: EngineOptionsInput = {};

export interface MatchingIndexOptions {
  events: DomainEventBus;
  logger: Logger;
  /** How often to catch up on writes made by other processes (0 = never). */
  pollMs: number;
  engineOptions?: EngineOptionsInput;
}

/**
 * The process's matching index: built from MongoDB in the background at start (stored tokens, so
 * no re-tokenising), kept in sync on this process's profile writes through domain events, and on
 * other processes' writes by polling `profiles.updatedAt` and the deletion tombstones.
 */
export class MatchingIndex {
  private engine: MatchingEngine | null = null;
  private starting: Promise<void> | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private readonly unsubscribe: Array<() => void> = [];
  /** Profile id → version in the index, so a poll does not re-index what an event already did. */
  private readonly versions = new Map<string, number>();
  /** User id → profile id, so a request never has to query profiles by userId (a scan on FerretDB). */
  private readonly profileOfUser = new Map<string, string>();
  private readonly userOfProfile = new Map<string, string>();
  private pollFrom = new Date(0);
  private stopped = false;

  constructor(private readonly options: MatchingIndexOptions) {}

  get isReady(): boolean {
    return this.engine !== null;
  }

  /** The engine once built; callers check `isReady` first. */
  get current(): MatchingEngine {
    if (!this.engine) throw new Error('matching index is not ready');
    return this.engine;
  }

  /** Starts building (once); resolves when the index is ready. */
  start(): Promise<void> {
    this.starting ??= this.build();
    return this.starting;
  }

  /** Resolves when ready (tests and the benchmark wait on it). */
  ready(): Promise<void> {
    return this.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    for (const off of this.unsubscribe.splice(0)) off();
    await this.polling?.catch(() => undefined);
  }

  /** Indexes one profile now (after a write in this process, or when a viewer is missing). */
  async indexProfile(profileId: string | Types.ObjectId): Promise<boolean> {
    const doc = await ProfileModel.findById(profileId, ENGINE_PROJECTION).lean<EngineSource>();
    if (!doc) {
      this.removeProfile(profileId.toString());
      return false;
    }
    const [tokens] = await this.tokensFor([doc]);
    if (tokens && this.engine) {
      this.engine.upsert(tokens);
      this.remember(doc);
    }
    return true;
  }

  removeProfile(profileId: string): void {
    this.engine?.remove(profileId);
    this.versions.delete(profileId);
    const userId = this.userOfProfile.get(profileId);
    if (userId !== undefined && this.profileOfUser.get(userId) === profileId) this.profileOfUser.delete(userId);
    this.userOfProfile.delete(profileId);
  }

  /** The version of a profile the index holds (to validate cached copies). */
  versionOf(profileId: string): number | undefined {
    return this.versions.get(profileId);
  }

  /** The profile id of a user, as far as this index knows. */
  profileIdOfUser(userId: string): string | undefined {
    return this.profileOfUser.get(userId);
  }

  private remember(p: EngineSource): void {
    const id = p._id.toString();
    const userId = p.userId.toString();
    this.versions.set(id, p.version);
    this.profileOfUser.set(userId, id);
    this.userOfProfile.set(id, userId);
  }

  private async build(): Promise<void> {
    const { logger, events } = this.options;
    // Subscribe first: writes during the build are caught by the first poll (it looks back).
    this.unsubscribe.push(
      events.on('profile.saved', ({ profileId }) => void this.safely(() => this.indexProfile(profileId))),
      events.on('profile.deleted', ({ profileId }) => this.removeProfile(profileId)),
    );
    const started = Date.now();
    const buildFrom = new Date(started - POLL_OVERLAP_MS);
    const total = await ProfileModel.estimatedDocumentCount();
    logger.info({ total }, 'matching index: building');
    const all: ProfileTokens[] = [];
    let batch: EngineSource[] = [];
    const flush = async () => {
      all.push(...(await this.tokensFor(batch)));
      for (const p of batch) this.remember(p);
      batch = [];
      if (all.length % (BATCH * 10) === 0 || all.length === total) {
        logger.info({ done: all.length, total }, 'matching index: loading profiles');
      }
    };
    for await (const doc of ProfileModel.find({}, ENGINE_PROJECTION)
      .lean<EngineSource[]>()
      .cursor({ batchSize: BATCH })) {
      batch.push(doc as EngineSource);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    if (this.stopped) return;
    this.engine = MatchingEngine.build(all, this.options.engineOptions ?? PRODUCTION_ENGINE_OPTIONS);
    this.pollFrom = buildFrom;
    logger.info({ profiles: all.length, ms: Date.now() - started }, 'matching index: ready');
    if (this.options.pollMs > 0) {
      this.pollTimer = setInterval(() => void this.poll(), this.options.pollMs);
      this.pollTimer.unref();
    }
  }

  /** Catches up on other processes' writes and deletions since the last poll. */
  poll(): Promise<void> {
    this.polling ??= this.safely(async () => {
      const since = new Date(this.pollFrom.getTime() - POLL_OVERLAP_MS);
      const next = new Date();
      const changed = await ProfileModel.find({ updatedAt: trusted({ $gt: since }) }, ENGINE_PROJECTION).lean<
        EngineSource[]
      >();
      const stale = changed.filter((p) => this.versions.get(p._id.toString()) !== p.version);
      for (const tokens of await this.tokensFor(stale)) this.engine?.upsert(tokens);
      for (const p of stale) this.remember(p);
      const deleted = await ProfileDeletionModel.find({ deletedAt: trusted({ $gt: since }) }, { _id: 1 }).lean();
      for (const d of deleted) this.removeProfile(d._id.toString());
      if (this.engine?.needsRefresh()) this.engine.refresh();
      this.pollFrom = next;
    }).finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  /** Stored tokens where fresh; tokenises (and stores) the rest. */
  private async tokensFor(profiles: readonly EngineSource[]): Promise<ProfileTokens[]> {
    if (!profiles.length) return [];
    const stored = await ProfileTokensModel.find({ _id: trusted({ $in: profiles.map((p) => p._id) }) }).lean();
    const byId = new Map(stored.map((s) => [s._id.toString(), s]));
    const out: ProfileTokens[] = [];
    const writes: Array<{ id: Types.ObjectId; version: number; tokens: ProfileTokens }> = [];
    for (const p of profiles) {
      const s = byId.get(p._id.toString());
      if (s && s.profileVersion === p.version && s.tokens.v === TOKENIZER_VERSION) {
        out.push(s.tokens);
        continue;
      }
      const tokens = tokenizeProfile(toEngineProfile(p));
      out.push(tokens);
      writes.push({ id: p._id, version: p.version, tokens });
    }
    if (writes.length) await this.storeTokens(writes);
    return out;
  }

  /**
   * Stores fresh tokens for the next start (a cache: a failed write never stops indexing). Another
   * process, or this one's event handler, may store the same profile's tokens at the same moment;
   * FerretDB's upserts are not atomic, so that race can end in a duplicate-key error, which only
   * means the tokens are there already.
   */
  private async storeTokens(writes: Array<{ id: Types.ObjectId; version: number; tokens: ProfileTokens }>) {
    try {
      await ProfileTokensModel.bulkWrite(
        writes.map((w) => ({
          replaceOne: {
            filter: { _id: w.id },
            replacement: { _id: w.id, profileVersion: w.version, tokens: w.tokens },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    } catch (err) {
      this.options.logger.warn({ err }, 'matching index: could not store tokens (they are re-made when needed)');
    }
  }

  private async safely(task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
    } catch (err) {
      this.options.logger.error({ err }, 'matching index: update failed');
    }
  }
}
