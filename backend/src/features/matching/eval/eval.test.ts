import { TAG_BY_ID } from '@musubi/shared';
import { labelledProfiles } from './eval-corpus';
import { runEvaluation, type Scores } from './eval-harness';
import { mayMeet } from './eval-metrics';
import { LABELLED_SETS } from './eval-registry';
import { currentEngine, tagJaccard } from './eval-rankers';
import { formatReport } from './eval-report';
import { splitViewers } from './eval-split';

/**
 * The floor for held-out recall@5 inside the demo members (the figure the README reports), with the
 * production engine, options and MMR. Measured when the harness landed: 0.277 (0.288 once the demo
 * accounts' partners joined the demo members); with kuromoji, the ja → en bridge and BM25 weighting
 * 0.474; with the viewer's seeks also read against whole profiles 0.554; with English variants,
 * free-tag words and ~190 more curated bridge entries 0.601 (cross-language 0.361 → 0.508), against
 * 0.152 for tag-Jaccard and 0.568 for plain BM25 over the same tokens. The held-out half has 40 viewers with
 * 2–5 partners each, so one partner leaving a viewer's top 5 costs 1 / (40 × R), 0.005 to 0.0125 of
 * the mean: the margin below the measured value absorbs a few such reorderings (tie-breaks, MMR, a
 * changed stop word), while a real regression fails (the engine before this work scores 0.288 on
 * the same corpus; losing the bridge alone costs about 0.15).
 */
const HELD_OUT_RECALL5_FLOOR = 0.57;

const labelled = labelledProfiles(LABELLED_SETS);
const profileById = new Map(labelled.map((p) => [p.profile.id, p.profile]));
const split = splitViewers(LABELLED_SETS);

describe('the labelled evaluation sets', () => {
  it('hold at least 120 profiles of every kind, with ids unique across the sets', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(120);
    expect(profileById.size).toBe(labelled.length);
    expect(new Set(labelled.map((p) => p.profile.kind))).toEqual(new Set(['startup', 'creator', 'corporate']));
  });

  it('keep vocabulary tags in the tuned-on set (the others hold tags as typed, resolved on save)', () => {
    const tunedOn = LABELLED_SETS.filter((s) => s.tunedOn).flatMap((s) => s.profiles);
    expect(tunedOn.length).toBeGreaterThan(0);
    const unknown = tunedOn.flatMap((p) => p.tags.filter((t) => !TAG_BY_ID.has(t)).map((t) => `${p.id}:${t}`));
    expect(unknown).toEqual([]);
  });

  it('label 2–5 distinct partners per viewer, each an existing profile the viewer may meet', () => {
    const problems: string[] = [];
    for (const set of LABELLED_SETS) {
      for (const [viewerId, partners] of Object.entries(set.labels)) {
        const viewer = profileById.get(viewerId);
        if (!viewer) problems.push(`${set.name}: unknown viewer ${viewerId}`);
        if (partners.length < 2 || partners.length > 5) problems.push(`${viewerId}: ${partners.length} partners`);
        if (new Set(partners).size !== partners.length) problems.push(`${viewerId}: a partner twice`);
        for (const id of partners) {
          const partner = profileById.get(id);
          if (!partner) problems.push(`${viewerId}: unknown partner ${id}`);
          else if (viewer && !mayMeet(viewer, partner)) problems.push(`${viewerId}: may not meet ${id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('split into a held-out half of at least 40 viewers, all from sets never tuned on', () => {
    const heldOut = [...split].filter(([, half]) => half === 'heldout').map(([id]) => id);
    expect(heldOut.length).toBeGreaterThanOrEqual(40);
    const tunedOnViewers = new Set(LABELLED_SETS.filter((s) => s.tunedOn).flatMap((s) => Object.keys(s.labels)));
    expect(heldOut.filter((id) => tunedOnViewers.has(id))).toEqual([]);
    const viewers = LABELLED_SETS.flatMap((s) => Object.keys(s.labels));
    expect(viewers.filter((id) => !split.has(id))).toEqual([]);
  });
});

describe('relevance of suggestions on the held-out half, inside the demo members', () => {
  let engine: Scores;
  let jaccard: Scores;
  beforeAll(async () => {
    const report = await runEvaluation({
      rankers: [currentEngine(), tagJaccard()],
      corpora: ['demo'],
      splits: ['heldout'],
    });
    console.log(formatReport(report));
    engine = report.corpora[0]!.scores.heldout!.engine!;
    jaccard = report.corpora[0]!.scores.heldout!['tag-jaccard']!;
  }, 300_000);

  it('keeps recall@5 at or above the floor', () => {
    expect(engine.recall5).toBeGreaterThanOrEqual(HELD_OUT_RECALL5_FLOOR);
  });

  it('beats ranking by shared tags alone (Jaccard of tag sets)', () => {
    expect(engine.recall5).toBeGreaterThan(jaccard.recall5);
  });
});
