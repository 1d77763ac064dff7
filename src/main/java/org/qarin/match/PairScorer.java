package org.qarin.match;

import org.qarin.align.LexicalAligner;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;

/**
 * Scores a candidate pair from its sentence alignment and from the index.
 *
 * <p>The evidence that the target renders the source adds up: how far each link's score rises
 * above {@link #CONFIDENT}; how far the best pair of single sentences does, for short documents,
 * where the aligner tends to merge a half translation into one weak n-1 link; how much of each
 * document's weighted terms the other holds in the index ({@code shares}); and the larger of the
 * shares of source and target sentences in confident links. A compilation (one English article
 * rendering several Arabic statements, each loosely) gives many weak links and one good one
 * rather than confident ones: {@link #compilation} lets it through. The score is {@code e / (e +
 * THRESHOLD)}: 0.5 where qarin starts to say the target renders the source.
 *
 * <p>The weights and thresholds were fitted on the collections of {@code qarin bench match-data}
 * (seed 1, plain and {@code --sliced}), with {@code ../shared/seeds} as a check; the README gives
 * the figures.
 */
final class PairScorer {
  /** Links scoring more than this are evidence of translation (the aligner's own moved-link bar). */
  static final double CONFIDENT = 0.45;

  /** Weight of the best single-sentence pair's excess over {@link #CONFIDENT}. */
  static final double PAIR_WEIGHT = 3;

  /** Weight of the index shares: rare terms in common are what unrelated documents lack. */
  static final double SHARE_WEIGHT = 8;

  /** Weight of the larger share of sentences in confident links. */
  static final double COVERAGE_WEIGHT = 0.5;

  /** Evidence from which the target renders the source. */
  static final double THRESHOLD = 0.9;

  /** Pairs of documents up to this many sentence pairs get their best single pair scored. */
  static final int MAX_SENTENCE_PAIRS = 40;

  /** A compilation: at least this many links above {@link #WEAK}, one above {@link #GOOD}. */
  static final int COMPILATION_LINKS = 5;

  static final double WEAK = 0.25;
  static final double GOOD = 0.55;

  /** Share of source sentences linked from which the verdict is whole rather than part. */
  static final double WHOLE_SOURCE = 0.6;

  private final PairAligner aligner;

  PairScorer(PairAligner aligner) {
    this.aligner = aligner;
  }

  /**
   * Scores the pair.
   *
   * @param shares how much of the source's query the target matches, plus how much of the
   *     target's query the source matches
   */
  Match score(LexicalAligner.Prepared source, LexicalAligner.Prepared target, double shares) {
    Alignment a = aligner.align(source, target);
    Document s = source.document();
    Document t = target.document();
    boolean short_ = (long) s.size() * t.size() <= MAX_SENTENCE_PAIRS;
    double bestPair = short_ ? aligner.bestSentencePair(s, t) : 0;
    return score(a, bestPair, shares);
  }

  /** Scores an alignment, given the best single-sentence pair's score (0 if not computed). */
  static Match score(Alignment a, double bestPair, double shares) {
    Coverage confident = Coverage.of(a, CONFIDENT);
    double e = excess(a) + PAIR_WEIGHT * Math.max(0, bestPair - CONFIDENT) + SHARE_WEIGHT * shares
        + COVERAGE_WEIGHT * Math.max(confident.source(), confident.target());
    if (compilation(a)) {
      e = Math.max(e, THRESHOLD * 1.01);
    }
    // rounded before the verdict, so that the verdict agrees with the score reported
    double score = round(e / (e + THRESHOLD));
    Coverage c = Coverage.of(a, WEAK);
    Verdict v = score < MatchOptions.RENDERS
        ? Verdict.NONE
        : c.source() >= WHOLE_SOURCE ? Verdict.WHOLE : Verdict.PART;
    return new Match(a.source().name(), a.target().name(), score, round(c.source()),
        round(c.target()), c.linked(), v);
  }

  /** The sum over two-sided links of how far their scores rise above {@link #CONFIDENT}. */
  private static double excess(Alignment a) {
    double sum = 0;
    for (Link l : a.links()) {
      sum += l.oneSided() ? 0 : Math.max(0, l.score() - CONFIDENT);
    }
    return sum;
  }

  /** Many weak links and a good one: how a loose compilation of several sources aligns. */
  static boolean compilation(Alignment a) {
    int weak = 0;
    double best = 0;
    for (Link l : a.links()) {
      if (!l.oneSided()) {
        weak += l.score() >= WEAK ? 1 : 0;
        best = Math.max(best, l.score());
      }
    }
    return weak >= COMPILATION_LINKS && best >= GOOD;
  }

  private static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }

  /** The shares of each side's sentences in two-sided links scoring at least a bar. */
  record Coverage(double source, double target, int linked) {
    static Coverage of(Alignment a, double minScore) {
      boolean[] src = new boolean[a.source().size()];
      boolean[] tgt = new boolean[a.target().size()];
      for (Link l : a.links()) {
        if (!l.oneSided() && l.score() >= minScore) {
          l.source().forEach(i -> src[i] = true);
          l.target().forEach(j -> tgt[j] = true);
        }
      }
      int linked = count(src);
      return new Coverage(share(linked, src.length), share(count(tgt), tgt.length), linked);
    }

    private static double share(int n, int of) {
      return of == 0 ? 0 : (double) n / of;
    }

    private static int count(boolean[] marked) {
      int n = 0;
      for (boolean b : marked) {
        n += b ? 1 : 0;
      }
      return n;
    }
  }
}
