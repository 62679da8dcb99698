import { retryOnDuplicateKey } from '../../db/unique';
import { Types } from 'mongoose';
import {
  NEED_CATEGORIES,
  NOT_NOW_DAYS,
  tagLabel,
  type FeedbackAction,
  type Language,
  type NeedCategory,
  type ProfileDto,
  type ReasonDto,
  type SavedPageDto,
  type SuggestionPageDto,
  type SuggestionsQuery,
} from '@musubi/shared';
import { AppError, badRequest, conflict, notFound } from '../../http/errors';
import {
  avatarEtagsOf,
  canViewProfile,
  ProfileModel,
  presentProfile,
  type ProfileRecord,
  type Viewer,
} from '../profiles';
import { explainReasons, type Reason } from './engine';
import { excludedProfileIds } from './exclusions';
import { RecentReads } from '../../db/recent-reads';
import { FeedbackModel, type FeedbackRecord } from './feedback.model';
import type { MatchingIndex } from './matching-index';
import { decodeOffset, decodeSuggestionCursor, encodeOffset, encodeSuggestionCursor } from './page-cursor';
import { ProfileRecordCache } from './record-cache';
import { matchStrength, rawScore100 } from './strength';

const REASONS_SHOWN = 4;
const recordCache = new ProfileRecordCache();

/**
 * How long a viewer's feedback rows are remembered. This process's own feedback writes apply at
 * once; feedback the same member gave through another process (a second server) applies here
 * within this time, so a profile just dismissed there may still be suggested here until then.
 */
export const FEEDBACK_TTL_MS = 2000;
const feedbackOfUser = new RecentReads<FeedbackRecord[]>(FEEDBACK_TTL_MS, 5000);

/** All the viewer's feedback (one query, remembered for FEEDBACK_TTL_MS; read-only). */
function feedbackOf(userId: string): Promise<readonly FeedbackRecord[]> {
  return feedbackOfUser.getOrLoad(userId, () =>
    FeedbackModel.find({ userId: new Types.ObjectId(userId) }).lean<FeedbackRecord[]>(),
  );
}

const reasonLabels = {
  tagLabel: (id: string, lang: Language) => tagLabel(id, lang),
  categoryLabel: (id: string, lang: Language) => NEED_CATEGORIES[id as NeedCategory]?.[lang] ?? id,
};

const notReady = () =>
  new AppError(503, 'service_unavailable', 'Suggestions are warming up; try again in a moment', undefined, {
    'Retry-After': '2',
  });

export function presentReasons(reasons: readonly Reason[], lang: Language): ReasonDto[] {
  const shown = reasons.slice(0, REASONS_SHOWN);
  const texts = explainReasons(shown, lang, reasonLabels);
  return shown.map((r, i) => ({
    type: r.type,
    text: texts[i]!,
    label:
      r.tagId !== undefined
        ? reasonLabels.tagLabel(r.tagId, lang)
        : r.category !== undefined
          ? reasonLabels.categoryLabel(r.category, lang)
          : r.term,
    ...(r.tagId !== undefined ? { tagId: r.tagId } : {}),
    ...(r.category !== undefined ? { category: r.category } : {}),
  }));
}

/**
 * Loads profiles by id, drops what the viewer may not see; never loads contact. One `_id` lookup
 * each, in parallel: FerretDB v1 scans the collection for `$in` but answers `_id` equality directly.
 * Copies of the version the index holds are served from memory.
 */
async function loadVisible(
  ids: readonly string[],
  viewer: Viewer,
  index: MatchingIndex,
): Promise<Map<string, ProfileDto>> {
  const found = await Promise.all(
    ids.map(async (id) => {
      const cached = recordCache.get(id, index.versionOf(id));
      if (cached) return cached;
      const doc = await ProfileModel.findById(id, { contact: 0 }).lean<ProfileRecord>();
      if (doc && doc.version === index.versionOf(id)) recordCache.set(doc);
      return doc;
    }),
  );
  const docs = found.filter((d): d is ProfileRecord => d !== null);
  const etags = await avatarEtagsOf(docs.map((d) => d._id));
  const out = new Map<string, ProfileDto>();
  for (const doc of docs) {
    if (!canViewProfile(doc, viewer) || doc.visibility === 'hidden') continue;
    const id = doc._id.toString();
    out.set(id, presentProfile(doc, viewer, { canSeeContact: false, avatarEtag: etags.get(id) ?? null }));
  }
  return out;
}

async function myProfileId(index: MatchingIndex, userId: string): Promise<string> {
  const known = index.profileIdOfUser(userId);
  if (known) return known;
  const mine = await ProfileModel.findOne({ userId: new Types.ObjectId(userId) }, { _id: 1 }).lean();
  if (!mine) throw conflict('Create your profile first to get suggestions', { reason: 'profile_required' });
  return mine._id.toString();
}

/** Suggestions for the signed-in member: complementary partners with reasons, feedback applied. */
export async function suggestPartners(
  index: MatchingIndex,
  viewer: NonNullable<Viewer>,
  language: Language,
  query: SuggestionsQuery,
): Promise<SuggestionPageDto> {
  if (!index.isReady) throw notReady();
  const meId = await myProfileId(index, viewer.userId);
  if (!index.current.has(meId)) await index.indexProfile(meId);
  const { offset, asOf } = decodeSuggestionCursor(query.cursor);
  const rankedAt = asOf ?? new Date();
  // Both from memory when fresh (see FEEDBACK_TTL_MS, BLOCKS_TTL_MS); read in parallel otherwise.
  const [feedback, excluded] = await Promise.all([feedbackOf(viewer.userId), excludedProfileIds(viewer.userId)]);
  const hidden = feedback
    .filter((f) => f.updatedAt <= rankedAt)
    .filter((f) => f.action === 'dismiss' || (f.action === 'not-now' && f.until && f.until > rankedAt))
    .map((f) => f.profileId.toString());
  const saved = new Set(feedback.filter((f) => f.action === 'save').map((f) => f.profileId.toString()));
  const page = index.current.suggest(meId, {
    filters: { kinds: query.kind, areas: query.area, languages: query.language },
    exclude: [...hidden, ...excluded],
    offset,
    limit: query.limit,
  });
  const profiles = await loadVisible(
    page.items.map((s) => s.id),
    viewer,
    index,
  );
  const lang = query.lang ?? language;
  return {
    items: page.items.flatMap((s) => {
      const profile = profiles.get(s.id);
      if (!profile) return [];
      return [
        {
          profile,
          score: rawScore100(s.score),
          strength: matchStrength(s.score),
          reasons: presentReasons(s.reasons, lang),
          saved: saved.has(s.id),
        },
      ];
    }),
    nextCursor: page.nextOffset === null ? null : encodeSuggestionCursor(page.nextOffset, rankedAt),
  };
}

/** Records save / dismiss / not-now for a profile the viewer can see (the latest action wins). */
export async function recordFeedback(viewer: NonNullable<Viewer>, profileId: string, action: FeedbackAction) {
  if (!Types.ObjectId.isValid(profileId)) throw notFound('Profile');
  const target = await ProfileModel.findById(profileId, { userId: 1, visibility: 1 }).lean();
  if (!target || !canViewProfile(target, viewer) || target.visibility === 'hidden') throw notFound('Profile');
  if (target.userId.toString() === viewer.userId) throw badRequest('You cannot give feedback on your own profile');
  const until = action === 'not-now' ? new Date(Date.now() + NOT_NOW_DAYS * 86400_000) : undefined;
  const key = { userId: new Types.ObjectId(viewer.userId), profileId: target._id };
  const update = { $set: { action, ...(until ? { until } : {}) }, ...(until ? {} : { $unset: { until: 1 } }) };
  try {
    // Two first reactions at once: the unique index lets one insert; ours then applies on top of it.
    await retryOnDuplicateKey(() => FeedbackModel.updateOne(key, update, { upsert: true }));
  } finally {
    feedbackOfUser.forget(viewer.userId);
  }
  return { profileId, action, until: until?.toISOString() ?? null };
}

export async function clearFeedback(viewer: NonNullable<Viewer>, profileId: string): Promise<void> {
  if (!Types.ObjectId.isValid(profileId)) throw notFound('Profile');
  try {
    await FeedbackModel.deleteOne({
      userId: new Types.ObjectId(viewer.userId),
      profileId: new Types.ObjectId(profileId),
    });
  } finally {
    feedbackOfUser.forget(viewer.userId);
  }
}

/** Profiles the viewer saved, most recent first. */
export async function savedProfiles(
  index: MatchingIndex,
  viewer: NonNullable<Viewer>,
  query: { cursor?: string; limit: number },
): Promise<SavedPageDto> {
  const offset = decodeOffset(query.cursor);
  const rows = await FeedbackModel.find({ userId: new Types.ObjectId(viewer.userId), action: 'save' })
    .sort({ updatedAt: -1, _id: -1 })
    .skip(offset)
    .limit(query.limit + 1)
    .lean();
  const pageRows = rows.slice(0, query.limit);
  const profiles = await loadVisible(
    pageRows.map((r) => r.profileId.toString()),
    viewer,
    index,
  );
  return {
    items: pageRows.flatMap((r) => profiles.get(r.profileId.toString()) ?? []),
    nextCursor: rows.length > query.limit ? encodeOffset(offset + query.limit) : null,
  };
}
