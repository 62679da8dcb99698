import { createHash } from 'node:crypto';
import { trusted } from 'mongoose';
import type { Language, PairDto } from '@musubi/shared';
import { conflict } from '../../http/errors';
import { ensureGroupConversation, postGroupMessage } from '../chat';
import { presentReasons } from '../matching';
import { notify } from '../notifications';
import type { Viewer } from '../profiles';
import { isDuplicateKey } from '../../db/unique';
import { loadOrganisedEvent, oid } from './event-access';
import { EventClaimModel, PairDecisionModel } from './event.model';
import { actorOfUser, assertSeeEachOther, nameOf } from './event-profiles';
import type { EventsDeps } from './events.deps';
import { loadPair, pairSourceText, presentPairOf } from './pairs.service';

const TEMPLATES: Record<
  Language,
  (v: { a: string; b: string; event: string; reasons: string; organiser: string }) => string
> = {
  en: (v) =>
    `Hello ${v.a} and ${v.b},\n\nI would like to introduce you to each other at ${v.event}.` +
    (v.reasons ? ` You have things in common: ${v.reasons}.` : '') +
    `\n\nI think you will have a lot to talk about — do say hello here.\n\n${v.organiser}`,
  ja: (v) =>
    `${v.a}様、${v.b}様\n\n${v.event}にて、お二人をご紹介させてください。` +
    (v.reasons ? `共通点：${v.reasons}。` : '') +
    `\n\nきっと話が弾むと思います。ぜひこちらでご挨拶ください。\n\n${v.organiser}`,
};

/** The default introduction text for a pair, from the ja/en template. */
export async function introductionText(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  pairKey: string,
  lang: Language,
): Promise<{ message: string }> {
  const event = await loadOrganisedEvent(id, viewer);
  const { pair, profiles } = await loadPair(deps, event, pairKey);
  await assertSeeEachOther(event, profiles.get(pair.a)!, profiles.get(pair.b)!);
  const organiser = await actorOfUser(viewer.userId);
  const title = (lang === 'ja' ? (event.title.ja ?? event.title.en) : (event.title.en ?? event.title.ja)) ?? '';
  const reasons = presentReasons(pair.reasons, lang, pairSourceText(profiles.get(pair.a)!, profiles.get(pair.b)!))
    .map((r) => r.label)
    .filter((l, i, all) => l && all.indexOf(l) === i)
    .slice(0, 3)
    .join(lang === 'ja' ? '、' : ', ');
  return {
    message: TEMPLATES[lang]({
      a: nameOf(profiles.get(pair.a)!, lang),
      b: nameOf(profiles.get(pair.b)!, lang),
      event: title,
      reasons,
      organiser: organiser.displayName,
    }),
  };
}

const INTRO_WAIT_MS = 50;
const INTRO_WAIT_TRIES = 100;

/**
 * Another call holds the pair's claim: wait for it to finish and answer the same introduced pair;
 * if it gave the claim back (it failed), try again ourselves.
 */
async function awaitIntroduction(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  pairKey: string,
  message: string,
  lang: Language,
  claim: string,
): Promise<PairDto> {
  const event = await loadOrganisedEvent(id, viewer);
  for (let i = 0; i < INTRO_WAIT_TRIES; i += 1) {
    const d = await PairDecisionModel.findById(`${event._id.toString()}:${pairKey}`, { status: 1 }).lean();
    if (d?.status === 'introduced') return presentPairOf(deps, event, pairKey, viewer, lang);
    // A claim left by a process that died mid-introduction expires, like the event's change claims.
    await EventClaimModel.deleteOne({ _id: claim, createdAt: trusted({ $lt: new Date(Date.now() - 15_000) }) });
    if (!(await EventClaimModel.exists({ _id: claim }))) return introducePair(deps, viewer, id, pairKey, message, lang);
    await new Promise((r) => setTimeout(r, INTRO_WAIT_MS));
  }
  throw conflict('This pair is being introduced right now; try again', { reason: 'busy' });
}

/**
 * Introduces an approved pair of two who may see each other's profiles (else 409 `profile_hidden`): a group conversation (the organiser and the two, keyed per pair)
 * opens with the organiser's message, both are notified, the pair is marked introduced. Once per
 * pair: a unique claim lets one call do it; repeats return the introduced pair.
 */
export async function introducePair(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  pairKey: string,
  message: string,
  lang: Language,
): Promise<PairDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const { pair, profiles } = await loadPair(deps, event, pairKey);
  if (pair.status === 'introduced') return presentPairOf(deps, event, pairKey, viewer, lang);
  if (pair.status !== 'approved') throw conflict('Approve the pair before introducing it', { reason: 'not_approved' });
  // An introduction shows each to the other by name: only two who may see each other's profiles.
  await assertSeeEachOther(event, profiles.get(pair.a)!, profiles.get(pair.b)!);
  const eventId = event._id.toString();
  const claim = `introduced:${eventId}:${pairKey}`;
  try {
    await EventClaimModel.create({ _id: claim, createdAt: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return awaitIntroduction(deps, viewer, id, pairKey, message, lang, claim);
  }
  try {
    const pa = profiles.get(pair.a)!;
    const pb = profiles.get(pair.b)!;
    const users = [pa.userId.toString(), pb.userId.toString()];
    const { conversationId } = await ensureGroupConversation({
      key: `intro:${eventId}:${pairKey}`,
      title: { ja: `${nameOf(pa, 'ja')} × ${nameOf(pb, 'ja')}`, en: `${nameOf(pa)} × ${nameOf(pb)}` },
      eventId,
      memberIds: [viewer.userId, ...users],
      adminIds: [viewer.userId],
      membersCanPost: true,
    });
    const clientId = `intro_${createHash('sha256').update(claim).digest('hex').slice(0, 40)}`;
    await postGroupMessage(conversationId, viewer.userId, message, clientId);
    await PairDecisionModel.updateOne(
      { _id: `${eventId}:${pairKey}` },
      {
        $set: {
          eventId: event._id,
          pairKey,
          status: 'introduced',
          pinned: pair.pinned,
          manual: pair.manual,
          introducedAt: new Date(),
          conversationId: oid(conversationId),
          updatedAt: new Date(),
        },
      },
      { upsert: true },
    );
    const actor = await actorOfUser(viewer.userId);
    await notify(
      deps.events,
      users.map((recipientId) => ({
        recipientId,
        type: 'event.introduced' as const,
        actor,
        subject: { kind: 'event', id: eventId },
        data: { conversationId, pairKey },
      })),
    );
  } catch (err) {
    await EventClaimModel.deleteOne({ _id: claim });
    throw err;
  }
  return presentPairOf(deps, event, pairKey, viewer, lang);
}
