import { retryOnDuplicateKey } from '../../db/unique';
import { Types } from 'mongoose';
import {
  NEED_CATEGORIES,
  NOT_NOW_DAYS,
  resolveTag,
  tagLabel,
  type FeedbackAction,
  type Language,
  type NeedCategory,
  type ProfileCardDto,
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
  presentProfileCard,
  type ProfileRecord,
  type Viewer,
} from '../profiles';
import { explainReasons, japaneseWordFor, normalizeText, type Page, type Reason, type Suggestion } from './engine';
import { excludedProfileIds } from './exclusions';
import { LruMap } from '../../db/lru-map';
import { RecentReads } from '../../db/recent-reads';
import { FeedbackModel, type FeedbackRecord } from './feedback.model';
import { currentHistory, learnedSuggestionPage, type LearnedRanking } from './learning';
import type { MatchingIndex } from './matching-index';
import { decodeOffset, decodeSuggestionCursor, encodeOffset, encodeSuggestionCursor } from './page-cursor';
import { ProfileRecordCache } from './record-cache';
import { matchStrength, rawScore100 } from './strength';

const REASONS_SHOWN = 3;
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

/** The other profile's own words, for showing a reason's word as written ("AI", not "ai"). */
export function reasonSourceText(profile: Pick<ProfileDto, 'headline' | 'description' | 'offers' | 'seeks'>): string {
  return [
    profile.headline.en,
    profile.headline.ja,
    profile.description.en,
    profile.description.ja,
    ...profile.offers.map((n) => n.text),
    ...profile.seeks.map((n) => n.text),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * `reasonSourceText` of a profile record, made once per profile version: the same string comes back
 * for every page (so memos keyed by it hit without rehashing it), whether the record came from the
 * record cache or from the database.
 */
const sourceTexts = new LruMap<string>(5000);

export function recordSourceText(profile: ProfileRecord): string {
  const key = `${profile._id.toString()}:${profile.version}`;
  let text = sourceTexts.get(key);
  if (text === undefined) sourceTexts.set(key, (text = reasonSourceText(profile)));
  return text;
}

/**
 * Words as written, per source text: a search through a long description costs more than the rest
 * of a reason, and the same profiles are suggested again and again (their source strings are kept
 * per profile version, see `shownProfile`).
 */
const writtenForms = new LruMap<Map<string, string>>(5000);

/** `word` as the source writes it (first whole-word match, any case); undefined when it is not there. */
function writtenIn(word: string, source: string): string | undefined {
  let forms = writtenForms.get(source);
  if (!forms) writtenForms.set(source, (forms = new Map()));
  const known = forms.get(word);
  if (known !== undefined) return known || undefined;
  const escaped = word.replace(/[.+]/g, (c) => `\\${c}`);
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(source)?.[0];
  forms.set(word, written ?? '');
  return written;
}

/** `word` as `source` writes it, else as `more` does (the reader's own text); the word itself otherwise. */
function asWritten(word: string, source: string | undefined, more = ''): string {
  if (!/^[a-z0-9][a-z0-9 .+-]*$/.test(word)) return word;
  return (source && writtenIn(word, source)) || (more && writtenIn(word, more)) || word;
}

/**
 * Normalised texts for `japaneseWordFor`, per text: a profile's source is one string per version and
 * the reader's text recurs on every page (a string keeps its hash, so a lookup does not rehash it).
 */
const normalizedTexts = new LruMap<string>(5000);

function normalizedOnce(text: string): string {
  let normalized = normalizedTexts.get(text);
  if (normalized === undefined) normalizedTexts.set(text, (normalized = normalizeText(text)));
  return normalized;
}

/** `source` and `readerText` normalised, one per line (`normalizeText` maps each character alone). */
function normalizedText(source: string, readerText: string): string {
  return readerText ? `${normalizedOnce(source)}\n${normalizedOnce(readerText)}` : normalizedOnce(source);
}

/** `japaneseWordFor(word, both texts)` per (source, reader text, word): each string is one per version. */
const japaneseWords = new LruMap<Map<string, Map<string, string | null>>>(5000);

function japaneseWordIn(word: string, source: string, readerText: string): string | undefined {
  let byReader = japaneseWords.get(source);
  if (!byReader) japaneseWords.set(source, (byReader = new Map()));
  let byWord = byReader.get(readerText);
  if (!byWord) {
    // A source is suggested to few readers at a time; a long-lived profile meets many, so bound it.
    if (byReader.size >= 100) byReader.clear();
    byReader.set(readerText, (byWord = new Map()));
  }
  let ja = byWord.get(word);
  if (ja === undefined) byWord.set(word, (ja = japaneseWordFor(word, normalizedText(source, readerText)) ?? null));
  return ja ?? undefined;
}

/** The canonical tag a reason's word names, if any (the vocabulary is fixed while the process runs). */
const canonicalTags = new LruMap<string | null>(20_000);

function canonicalTagOf(term: string): string | undefined {
  let id = canonicalTags.get(term);
  if (id === undefined) {
    const resolved = resolveTag(term);
    canonicalTags.set(term, (id = resolved?.canonical ? resolved.id : null));
  }
  return id ?? undefined;
}

const SEGMENTS = /[\s・/／（）()、,]+/;

/**
 * Whether two labels name one thing: equal, a word of a need's label ("出資" in "資金調達・出資"), or
 * a word inside a compound ("tech" in "GovTech"; at least three letters, so "ai" in "retail" is not).
 */
function sameThing(a: string, b: string): boolean {
  if (a === b) return true;
  const ascii = /^\p{ASCII}*$/u;
  if (!ascii.test(a) && !ascii.test(b)) return a.includes(b) || b.includes(a);
  if (a.split(SEGMENTS).includes(b) || b.split(SEGMENTS).includes(a)) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.includes(shorter);
}

const ASCII_WORD = /^[\p{ASCII}]+$/u;

/**
 * The strongest REASONS_SHOWN reasons in the reader's language, each need or tag once: a word the
 * tag vocabulary knows is shown as that tag ("ai" → AI; words the vocabulary joins become one); an
 * English word bridged from Japanese is shown to a reader of Japanese as the Japanese word (see
 * `japaneseWordFor`); a word that repeats a stronger reason's tag, need or word in either direction is
 * dropped. `source` is the suggested profile's text (see `reasonSourceText`) and `readerText` (optional)
 * the reader's own, searched in that order for showing words as written; kept apart so that each,
 * one string per profile version, keys the memos of written forms and normalised text.
 */
export function presentReasons(
  reasons: readonly Reason[],
  lang: Language,
  source?: string,
  readerText = '',
): ReasonDto[] {
  const shown: (ReasonDto & { key: string })[] = [];
  const inReaderLanguage = (word: string) => {
    if (lang !== 'ja' || !ASCII_WORD.test(word)) return asWritten(word, source, readerText);
    return japaneseWordIn(word, source ?? '', readerText) ?? asWritten(word, source, readerText);
  };
  for (const r of reasons) {
    if (shown.length === REASONS_SHOWN) break;
    let tagId = r.tagId;
    const category = r.category;
    if (tagId === undefined && category === undefined) tagId = canonicalTagOf(r.term);
    const label =
      tagId !== undefined
        ? reasonLabels.tagLabel(tagId, lang)
        : category !== undefined
          ? reasonLabels.categoryLabel(category, lang)
          : inReaderLanguage(r.term);
    const key = label.normalize('NFKC').toLowerCase();
    const repeated = shown.some(
      (s) =>
        (tagId !== undefined && s.tagId === tagId) ||
        (category !== undefined && s.category === category) ||
        sameThing(s.key, key),
    );
    if (repeated) continue;
    const [text] = explainReasons([{ ...r, term: label, tagId: undefined, category: undefined }], lang, reasonLabels);
    shown.push({
      type: r.type,
      text: text!,
      label,
      ...(tagId !== undefined ? { tagId } : {}),
      ...(category !== undefined ? { category } : {}),
      key,
    });
  }
  return shown.map(({ key: _key, ...dto }) => dto);
}

interface ShownProfile {
  card: ProfileCardDto;
  /** The profile's own words for reasons (see `reasonSourceText`). */
  source: string;
}

/** Per record (a cached record is one object per version): its card and reason source, made once. */
const shownProfiles = new WeakMap<ProfileRecord, ShownProfile & { avatarEtag: string | null }>();

function shownProfile(doc: ProfileRecord, avatarEtag: string | null): ShownProfile {
  const known = shownProfiles.get(doc);
  if (known && known.avatarEtag === avatarEtag) return known;
  const shown = { avatarEtag, card: presentProfileCard(doc, avatarEtag), source: recordSourceText(doc) };
  shownProfiles.set(doc, shown);
  return shown;
}

/**
 * Loads profiles by id, drops what the viewer may not see; never loads contact. One `_id` lookup
 * each, in parallel: FerretDB v1 scans the collection for `$in` but answers `_id` equality directly.
 * Copies of the version the index holds are served from memory, their cards made once.
 */
async function loadVisible(
  ids: readonly string[],
  viewer: Viewer,
  index: MatchingIndex,
): Promise<Map<string, ShownProfile>> {
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
  const out = new Map<string, ShownProfile>();
  for (const doc of docs) {
    if (!canViewProfile(doc, viewer) || doc.visibility === 'hidden') continue;
    const id = doc._id.toString();
    out.set(id, shownProfile(doc, etags.get(id) ?? null));
  }
  return out;
}

/**
 * The reader's own profile text: a reader of Japanese sees a bridged reason as the word they wrote
 * (their 物流 for the other side's "logistics"). From memory when the index's version is cached (and
 * kept there once read).
 */
async function ownSourceText(index: MatchingIndex, meId: string): Promise<string> {
  const version = index.versionOf(meId);
  let mine = recordCache.get(meId, version);
  if (!mine) {
    mine = (await ProfileModel.findById(meId, { contact: 0 }).lean<ProfileRecord>()) ?? undefined;
    if (mine && mine.version === version) recordCache.set(mine);
  }
  return mine ? recordSourceText(mine) : '';
}

async function myProfileId(index: MatchingIndex, userId: string): Promise<string> {
  const known = index.profileIdOfUser(userId);
  if (known) return known;
  const mine = await ProfileModel.findOne({ userId: new Types.ObjectId(userId) }, { _id: 1 }).lean();
  if (!mine) throw conflict('Create your profile first to get suggestions', { reason: 'profile_required' });
  return mine._id.toString();
}

/**
 * Pages of suggestions as the engine (and re-rank) made them, keyed by everything they are computed
 * from (see `suggestPartners`): a member opening the page again, with nothing changed, gets the same
 * page without ranking again. Read-only once stored.
 */
const pages = new LruMap<Page<Suggestion>>(2000);

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A number that names one object for as long as it lives (for memo keys). */
function identityOf(o: object): number {
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = ++lastIdentity));
  return id;
}

/**
 * Suggestions for the signed-in member: complementary partners with reasons, feedback applied; the
 * top reordered by the learned re-rank when one is stored (`ranking`).
 */
export async function suggestPartners(
  index: MatchingIndex,
  viewer: NonNullable<Viewer>,
  language: Language,
  query: SuggestionsQuery,
  ranking: LearnedRanking | null = null,
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
  const options = {
    filters: { kinds: query.kind, areas: query.area, languages: query.language },
    exclude: [...hidden, ...excluded],
    offset,
    limit: query.limit,
  };
  const model = ranking ? await ranking.current() : null;
  const engine = index.current;
  const trained = model ? ranking!.historyOf(meId) : undefined;
  // Everything the page is computed from (the engine's generation covers every profile, the
  // viewer's included; `options` the feedback and blocks; the model and history by identity).
  const pageKey = [
    identityOf(engine),
    engine.generation,
    meId,
    model ? identityOf(model) : 0,
    trained ? identityOf(trained) : 0,
    JSON.stringify(options),
    [...saved].join(','),
  ].join('|');
  let page = pages.get(pageKey);
  if (!page) {
    page = model
      ? learnedSuggestionPage(engine, meId, options, model, currentHistory(trained, [...saved], hidden))
      : engine.suggest(meId, options);
    pages.set(pageKey, page);
  }
  const lang = query.lang ?? language;
  const [profiles, readerText] = await Promise.all([
    loadVisible(
      page.items.map((s) => s.id),
      viewer,
      index,
    ),
    lang === 'ja' ? ownSourceText(index, meId) : '',
  ]);
  return {
    items: page.items.flatMap((s) => {
      const shown = profiles.get(s.id);
      if (!shown) return [];
      return [
        {
          profile: shown.card,
          score: rawScore100(s.score),
          strength: matchStrength(s.score),
          reasons: presentReasons(s.reasons, lang, shown.source, readerText),
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
    items: pageRows.flatMap((r) => profiles.get(r.profileId.toString())?.card ?? []),
    nextCursor: rows.length > query.limit ? encodeOffset(offset + query.limit) : null,
  };
}
