import { buildTestApp, signUp, testConfig } from '../../../../test/helpers';
import { buildProfileInput, eventually } from '../../../../test/profile-factories';
import { createLogger } from '../../../logger';
import { trainFromBehaviour } from './learning-job';
import { LearnedRanking, loadRerankModel, MatchingModelModel } from './model-store';

// Asked for: learning and training on (the start-up training finds too few labels and stores nothing).
const { app, runtime } = buildTestApp({ MATCHING_LEARNING: 'true', MATCHING_TRAIN: 'true' });

async function member(kind: 'startup' | 'creator', n: number) {
  const s = await signUp(app, { language: 'en' });
  const profile =
    kind === 'startup'
      ? { name: { en: `Robot startup ${n}` }, seeks: [{ category: 'design', text: 'UX design for our app' }] }
      : {
          kind: 'creator',
          name: { en: `Design studio ${n}` },
          offers: [{ category: 'design', text: n % 2 ? 'UX design for apps' : 'Logo design' }],
          seeks: [{ category: 'engineering', text: 'Engineers' }],
          creator: { disciplines: ['design'], portfolioLinks: [] },
          startup: undefined,
        };
  const res = await s.agent.put('/api/profiles/me').send(buildProfileInput(profile)).expect(201);
  return { ...s, profileId: res.body.profile.id as string };
}

describe('the background training of the re-rank', () => {
  it('is off in tests unless a test turns it on', () => {
    expect(testConfig().matchingLearning.enabled).toBe(false);
    expect(runtime.matchingLearning?.training).toBe(true);
  });

  it('trains from members’ saves and dismissals, stores the model with its figures, and uses it at once', async () => {
    await runtime.matchingIndex.ready();
    const startups = await Promise.all([1, 2, 3, 4].map((n) => member('startup', n)));
    const studios = await Promise.all([1, 2, 3, 4].map((n) => member('creator', n)));
    const ids = [...startups, ...studios].map((m) => m.profileId);
    await eventually(async () => ids.every((id) => runtime.matchingIndex.current.has(id)));
    for (const s of startups) {
      for (const [i, studio] of studios.entries()) {
        const action = i % 2 === 0 ? 'save' : 'dismiss';
        await s.agent.post(`/api/matches/${studio.profileId}/feedback`).send({ action }).expect(200);
      }
    }
    expect(await loadRerankModel()).toBeNull();

    const ranking = new LearnedRanking(60_000, createLogger('silent'));
    const outcome = await trainFromBehaviour({
      index: runtime.matchingIndex,
      ranking,
      logger: createLogger('silent'),
      minimum: { positives: 4, negatives: 4, members: 2 },
    });
    expect(outcome.model).not.toBeNull();
    const stored = await loadRerankModel();
    expect(stored?.figures).toMatchObject({ labels: 16, positives: 8, negatives: 8, members: 4 });
    expect(stored?.model.weights).toHaveLength(stored!.features.length);
    expect(await ranking.current()).toMatchObject({ figures: stored!.figures });
    expect(ranking.historyOf(startups[0]!.profileId)?.positives).toHaveLength(2);
  });

  it('stores nothing below the minimum number of labels', async () => {
    await MatchingModelModel.deleteMany({});
    const outcome = await trainFromBehaviour({
      index: runtime.matchingIndex,
      ranking: new LearnedRanking(60_000, createLogger('silent')),
      logger: createLogger('silent'),
    });
    expect(outcome.model).toBeNull();
    expect(await loadRerankModel()).toBeNull();
  });
});
