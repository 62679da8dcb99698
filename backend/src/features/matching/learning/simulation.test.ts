import { runLearningSimulation } from './simulation';

describe('learning from simulated behaviour (one seed of npm run eval:learning)', () => {
  const result = runLearningSimulation({ seeds: [1] });

  it('trains a model on the tuning viewers’ behaviour', () => {
    expect(result.training[0]!.trained).toBe(true);
    expect(result.heldOutMembers).toBeGreaterThanOrEqual(30);
  });

  it('raises recall@5 and MRR of held-out members with history', () => {
    const { engine, learned } = result.withHistory;
    expect(learned.recallAt5).toBeGreaterThan(engine.recallAt5);
    expect(learned.mrr).toBeGreaterThan(engine.mrr);
  });

  it('never makes cold-start members worse off (recall@5, recall@10, MRR)', () => {
    const { engine, learned } = result.coldStart;
    expect(learned.recallAt5).toBeGreaterThanOrEqual(engine.recallAt5);
    expect(learned.recallAt10).toBeGreaterThanOrEqual(engine.recallAt10);
    expect(learned.mrr).toBeGreaterThanOrEqual(engine.mrr);
  });
});
