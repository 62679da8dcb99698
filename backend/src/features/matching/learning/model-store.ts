import { Schema, model } from 'mongoose';
import type { Logger } from '../../../logger';
import { FEATURE_NAMES } from './features';
import type { MemberHistory } from './labels';
import type { RerankModel } from './reranker';

const MODEL_ID = 'rerank';

/** The latest learned re-rank with its training figures: one document, replaced by each training. */
const modelSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    features: { type: [String], required: true },
    model: { type: Schema.Types.Mixed, required: true },
    figures: { type: Schema.Types.Mixed, required: true },
    trainedAt: { type: Date, required: true },
  },
  { collection: 'matching_models', versionKey: false, minimize: false },
);
export const MatchingModelModel = model('MatchingModel', modelSchema);

export async function storeRerankModel(m: RerankModel): Promise<void> {
  await MatchingModelModel.replaceOne({ _id: MODEL_ID }, { _id: MODEL_ID, ...m }, { upsert: true });
}

export async function loadRerankModel(): Promise<RerankModel | null> {
  const doc = await MatchingModelModel.findById(MODEL_ID).lean<RerankModel & { _id: string }>();
  if (!doc || doc.version !== 1 || doc.features.join() !== FEATURE_NAMES.join()) return null;
  const { _id: _ignored, ...stored } = doc;
  return stored;
}

/**
 * The learned re-rank this process uses: the stored model, read again when older than
 * `refreshMs` (the first read is awaited, later ones refresh in the background), and the members'
 * histories from this process's last training.
 */
export class LearnedRanking {
  private model: RerankModel | null = null;
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;
  private histories = new Map<string, MemberHistory>();

  constructor(
    private readonly refreshMs: number,
    private readonly logger: Logger,
  ) {}

  /** The model to use now, or null (no model stored, or it could not be read). */
  async current(): Promise<RerankModel | null> {
    if (Date.now() - this.loadedAt >= this.refreshMs) {
      const first = this.loadedAt === -Infinity || this.refreshMs === 0;
      this.loading ??= this.reload().finally(() => (this.loading = null));
      if (first) await this.loading;
    }
    return this.model;
  }

  /** A member's saved / met and dismissed profiles as of the last training here. */
  historyOf(profileId: string): MemberHistory | undefined {
    return this.histories.get(profileId);
  }

  /** After a training in this process: use its model and histories at once. */
  trained(m: RerankModel, histories: Map<string, MemberHistory>): void {
    this.model = m;
    this.histories = histories;
    this.loadedAt = Date.now();
  }

  private async reload(): Promise<void> {
    try {
      this.model = await loadRerankModel();
    } catch (err) {
      this.logger.warn({ err }, 'matching: could not read the learned re-rank (engine order is used)');
    }
    this.loadedAt = Date.now();
  }
}
