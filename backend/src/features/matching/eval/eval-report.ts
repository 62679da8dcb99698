import type { CorpusResult, EvaluationReport, PairScores, Scores } from './eval-harness';
import type { SplitName } from './eval-split';

const SPLIT_TITLES: Record<SplitName, string> = {
  heldout: 'HELD-OUT half (never tuned on: the result)',
  tuning: 'TUNING half (tuned on: not a result)',
};

const CORPUS_TITLES: Record<CorpusResult['corpus'], string> = {
  alone: 'labelled set alone',
  demo: 'inside the demo members (npm run seed)',
  synthetic: 'inside synthetic members (demo generator, other seed)',
};

const f = (x: number) => x.toFixed(3);
const pairs = (p: PairScores) => `${f(p.recall5)} ${f(p.recall10)} (${p.pairs})`.padEnd(19);

/** The printed table: per corpus and split, one line per ranker. */
export function formatReport(report: EvaluationReport, notes: readonly string[] = []): string {
  const width = Math.max(8, ...report.rankers.map((r) => r.length));
  const lines: string[] = [...notes];
  for (const [split, size] of Object.entries(report.splits) as [
    SplitName,
    NonNullable<EvaluationReport['splits'][SplitName]>,
  ][]) {
    lines.push(
      `split ${split}: ${size.viewers} viewers, ${size.pairs} labelled pairs (${size.cross} cross-language ja-only↔en-only, ${size.same} same-language)`,
    );
  }
  lines.push(
    'R@k: mean over viewers of labelled partners in the top k / all labelled partners; nDCG@10 binary; MRR over a page of 20;',
    'cross / same: labelled pairs found in the top 5 and top 10 (pair count in brackets).',
  );
  for (const c of report.ceilings) {
    const share = (p: { pairs: number; unreachable: number; shared: number }) =>
      `${p.unreachable}/${p.pairs} (${f(p.pairs ? p.unreachable / p.pairs : 0)}; ${(p.pairs ? p.shared / p.pairs : 0).toFixed(1)} shared)`;
    lines.push(
      `ceiling ${c.split}, ${c.terms === 'any' ? 'any term' : 'content terms only (no category, generic word or term of > 20 % of profiles)'}: ` +
        `labelled pairs sharing none with the viewer's query in a scoring space: ` +
        `all ${share(c.all)}, cross ${share(c.cross)}, same ${share(c.same)}; ${c.noSharedTermAnywhere} share no term at all; ` +
        `recall@5 bound for any ranking over these terms ${f(c.recall5Bound)}`,
    );
  }
  if (report.gaps) {
    const list = (xs: [string, number][]) => xs.map(([w, n]) => `${w} ${n}`).join(', ');
    lines.push(
      `tuning half, unbridged Japanese words (occurrences in ja-only profiles): ${list(report.gaps.unbridged)}`,
      `tuning half, English terms missing on the Japanese side of cross-language pairs (pairs): ${list(report.gaps.unmetEnglish)}`,
    );
  }
  for (const corpus of report.corpora) {
    lines.push(
      '',
      `== ${corpus.corpus}: ${CORPUS_TITLES[corpus.corpus]}; ${corpus.labelled} labelled + ${corpus.distractors} distractors (${corpus.ms} ms)`,
    );
    for (const [split, byRanker] of Object.entries(corpus.scores) as [SplitName, Record<string, Scores>][]) {
      lines.push(`-- ${SPLIT_TITLES[split]}`);
      lines.push(`${'ranker'.padEnd(width)}  R@5    R@10   nDCG@10 MRR    cross R@5 R@10      same R@5 R@10`);
      for (const ranker of report.rankers) {
        const s = byRanker[ranker];
        if (!s) continue;
        lines.push(
          `${ranker.padEnd(width)}  ${f(s.recall5)}  ${f(s.recall10)}  ${f(s.ndcg10)}   ${f(s.mrr)}  ${pairs(s.cross)} ${pairs(s.same)}`,
        );
      }
    }
    if (corpus.tuningDetails.length > 0) {
      lines.push(`-- ${report.rankers[0]}'s top 10 per tuning viewer (* = labelled partner; missed partners after |)`);
      for (const d of corpus.tuningDetails) {
        const partners = new Set(d.partners);
        const top = d.top.map((id) => (partners.has(id) ? `*${id}` : id));
        const missed = d.partners.filter((id) => !d.top.includes(id));
        lines.push(`${d.viewer}: ${top.join(' ')}${missed.length ? ` | ${missed.join(' ')}` : ''}`);
      }
    }
  }
  return lines.join('\n');
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The figures as one JSON-able object (the script prints it as its last line). */
export function summarize(report: EvaluationReport, extra: Record<string, unknown> = {}) {
  const scores = (s: Scores) => ({
    recall5: round(s.recall5),
    recall10: round(s.recall10),
    ndcg10: round(s.ndcg10),
    mrr: round(s.mrr),
    crossRecall5: round(s.cross.recall5),
    crossRecall10: round(s.cross.recall10),
    sameRecall5: round(s.same.recall5),
    sameRecall10: round(s.same.recall10),
  });
  return {
    ...extra,
    splits: report.splits,
    ceilings: Object.fromEntries(
      report.ceilings.map((c) => [
        `${c.split}-${c.terms}`,
        {
          pairs: c.all.pairs,
          unreachable: c.all.unreachable,
          crossUnreachable: round(c.cross.pairs ? c.cross.unreachable / c.cross.pairs : 0),
          sameUnreachable: round(c.same.pairs ? c.same.unreachable / c.same.pairs : 0),
          crossShared: round(c.cross.pairs ? c.cross.shared / c.cross.pairs : 0),
          sameShared: round(c.same.pairs ? c.same.shared / c.same.pairs : 0),
          noSharedTermAnywhere: c.noSharedTermAnywhere,
          recall5Bound: round(c.recall5Bound),
        },
      ]),
    ),
    corpora: Object.fromEntries(
      report.corpora.map((c) => [
        c.corpus,
        {
          labelled: c.labelled,
          distractors: c.distractors,
          ms: c.ms,
          ...Object.fromEntries(
            Object.entries(c.scores).map(([split, byRanker]) => [
              split,
              Object.fromEntries(Object.entries(byRanker).map(([r, s]) => [r, scores(s)])),
            ]),
          ),
        },
      ]),
    ),
  };
}
