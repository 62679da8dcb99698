import { buildTestApp, signUp } from '../../../../test/helpers';
import { buildProfileInput, eventually } from '../../../../test/profile-factories';
import { FEATURE_NAMES } from './features';
import { MatchingModelModel, storeRerankModel } from './model-store';
import type { RerankModel } from './reranker';

// Learning on, training off: this file decides which model is stored; the stored model is read on
// every request (refresh 0), so a change shows at once.
const { app, runtime } = buildTestApp({
  MATCHING_LEARNING: 'true',
  MATCHING_TRAIN: 'false',
  MATCHING_MODEL_REFRESH_SECONDS: '0',
});

async function member(profile: Record<string, unknown>) {
  const s = await signUp(app, { language: 'en' });
  const res = await s.agent.put('/api/profiles/me').send(buildProfileInput(profile)).expect(201);
  return { ...s, profileId: res.body.profile.id as string };
}

const creator = (name: string, offer: string, tags: string[]) => ({
  kind: 'creator',
  name: { en: name },
  headline: { en: `${offer} studio` },
  description: { en: `We do ${offer.toLowerCase()} for startups.` },
  tags,
  offers: [{ category: 'design', text: offer }],
  seeks: [{ category: 'engineering', text: 'Engineers for interactive installations' }],
  visibility: 'public',
  creator: { disciplines: ['design'], portfolioLinks: [] },
  startup: undefined,
});

/** A model that ranks by the engine's score turned upside down (only the relative score counts). */
function upsideDown(): RerankModel {
  const n = FEATURE_NAMES.length;
  const weights = FEATURE_NAMES.map((f) => (f === 'relativeScore' ? -5 : 0));
  const model = { weights, bias: 0, means: new Array<number>(n).fill(0), scales: new Array<number>(n).fill(1) };
  return {
    version: 1,
    features: [...FEATURE_NAMES],
    model,
    figures: { labels: 100, positives: 50, negatives: 50, members: 10, logLoss: 0.5, pairAccuracy: 0.8 },
    trainedAt: new Date(),
  };
}

let viewer: Awaited<ReturnType<typeof member>>;

beforeAll(async () => {
  await runtime.matchingIndex.ready();
  await MatchingModelModel.deleteMany({});
  viewer = await member({
    name: { en: 'Harbour Robotics' },
    headline: { en: 'Delivery robots for the port' },
    description: { en: 'We build delivery robots and need product and UX design for the robot app.' },
    tags: ['robotics', 'ux-design'],
    offers: [{ category: 'engineering', text: 'Robot navigation software' }],
    seeks: [{ category: 'design', text: 'Product and UX design for our robot app' }],
    visibility: 'public',
  });
  const others = await Promise.all([
    member(creator('Mio Design', 'Product and UX design for robot apps', ['ux-design', 'robotics'])),
    member(creator('Kai Studio', 'UX design', ['ux-design'])),
    member(creator('Rin Graphics', 'Graphic design', ['illustration'])),
  ]);
  const ids = [viewer, ...others].map((m) => m.profileId);
  await eventually(async () => ids.every((id) => runtime.matchingIndex.current.has(id)));
  // A member with history (a save): members without any keep the engine's order (see simulation.test).
  await viewer.agent.post(`/api/matches/${others[2]!.profileId}/feedback`).send({ action: 'save' }).expect(200);
});

const suggestionIds = async () =>
  (
    (await viewer.agent.get('/api/matches/suggestions?limit=10').expect(200)).body.items as {
      profile: { id: string };
    }[]
  ).map((s) => s.profile.id);

describe('suggestions re-ranked by a learned model', () => {
  it('keep the engine order while no model is stored, follow the stored one, and return to the engine order when it is gone', async () => {
    const engineOrder = runtime.matchingIndex.current.suggest(viewer.profileId, { limit: 10 }).items.map((s) => s.id);
    expect(engineOrder.length).toBeGreaterThanOrEqual(3);
    expect(await suggestionIds()).toEqual(engineOrder);

    await storeRerankModel(upsideDown());
    expect(await suggestionIds()).toEqual([...engineOrder].reverse());

    await MatchingModelModel.deleteMany({});
    expect(await suggestionIds()).toEqual(engineOrder);
  });

  it('pages the re-ranked order consistently (no item twice, none lost)', async () => {
    await storeRerankModel(upsideDown());
    const all = await suggestionIds();
    const first = await viewer.agent.get('/api/matches/suggestions?limit=2').expect(200);
    const second = await viewer.agent
      .get(`/api/matches/suggestions?limit=10&cursor=${first.body.nextCursor}`)
      .expect(200);
    const paged = [...first.body.items, ...second.body.items].map((s: { profile: { id: string } }) => s.profile.id);
    expect(paged).toEqual(all);
    await MatchingModelModel.deleteMany({});
  });
});
