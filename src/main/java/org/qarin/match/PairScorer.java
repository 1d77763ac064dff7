package org.qarin.match;

import org.qarin.align.LexicalAligner;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;

/**
 * Scores a candidate pair from its sentence alignment and from the index.
 *
 * <p>The evidence that the target renders the source adds up: how far each link's score rises above
 * {@link #CONFIDENT}; how far the best pair of single sentences does, for short documents, where
 * the aligner tends to merge a half translation into one weak n-1 link; how much of each document's
 * weighted terms the other holds in the index ({@code shares}); and the larger of the shares of
 * source and target sentences in confident links. A compilation (one English article rendering
 * several Arabic statements, each loosely) gives many weak links and one good one rather than
 * confident ones: {@link #compilation} lets it through. The score is {@code e / (e + THRESHOLD)}:
 * 0.5 where qarin starts to say the target renders the source. How the pair stands among its rivals
 * changes that ({@link Standing}): a pair that is each other's best needs less evidence, a source
 * whose target a better source already has needs a confident link.
 *
 * <p>The weights and thresholds were fitted on the collections of {@code qarin bench match-data}
 * (seed 1, plain and {@code --sliced}; {@link #MUTUAL_THRESHOLD} and {@link #TAKEN_TARGET} on seeds
 * 1 to 5, the latter also on the overlapping slices of {@code qarin bench match-speed}), with the
 * project's seed articles as a check; docs/evaluation.md gives the figures.
 */
public final class PairScorer {
  /**
   * Links scoring more than this are evidence of translation (the aligner's own moved-link bar).
   */
  static final double CONFIDENT = 0.45;

  /** Weight of the best single-sentence pair's excess over {@link #CONFIDENT}. */
  static final double PAIR_WEIGHT = 3;

  /** Weight of the index shares: rare terms in common are what unrelated documents lack. */
  static final double SHARE_WEIGHT = 8;

  /** Weight of the larger share of sentences in confident links. */
  static final double COVERAGE_WEIGHT = 0.5;

  /** Evidence from which the target renders the source. */
  static final double THRESHOLD = 0.9;

  /**
   * Evidence from which the target renders the source when the two are each other's best match and
   * both had rivals: two thirds of {@link #THRESHOLD}. Short documents whose words the lexicon
   * covers thinly score just under {@link #THRESHOLD} against their counterpart and far lower
   * against anything else; a source without counterpart has its best target taken by that target's
   * own source. On seeds 1 to 5 of {@code qarin bench match-data}, 0.6 and 0.65 gave the same
   * results; 0.55 said one more source without counterpart had one (seed 1), 0.5 three (seeds 1 and
   * 3); 0.7 lost a counterpart on seeds 3 and 4.
   */
  static final double MUTUAL_THRESHOLD = 0.6;

  /**
   * Share of a target's sentences in links with one source from which that source has the target
   * (see {@link Standing#TAKEN}). Lower bars removed one more false match on seed 2 of {@code qarin
   * bench match-data} but lost true partial renderings among the overlapping slices of {@code qarin
   * bench match-speed}: 1 at 0.75, 7 at 0.6, none at 0.9.
   */
  static final double TAKEN_TARGET = 0.9;

  /** Pairs of documents up to this many sentence pairs get their best single pair scored. */
  static final int MAX_SENTENCE_PAIRS = 40;

  /** A compilation: at least this many links above {@link #WEAK}, one above {@link #GOOD}. */
  static final int COMPILATION_LINKS = 5;

  /** Consecutive target sentences rendering the source that make a rendered section. */
  static final int SECTION_RUN = 5;

  static final double WEAK = 0.25;
  static final double GOOD = 0.55;

  /** Share of source sentences linked from which the verdict is whole rather than part. */
  static final double WHOLE_SOURCE = 0.6;

  private final PairAligner aligner;

  PairScorer(PairAligner aligner) {
    this.aligner = aligner;
  }

  /**
   * Weighs the evidence that the target renders the source.
   *
   * @param shares how much of the source's query the target matches, plus how much of the target's
   *     query the source matches
   */
  Evidence score(LexicalAligner.Prepared source, LexicalAligner.Prepared target, double shares) {
    Alignment a = aligner.align(source, target);
    Document s = source.document();
    Document t = target.document();
    boolean short_ = (long) s.size() * t.size() <= MAX_SENTENCE_PAIRS;
    double bestPair = short_ ? aligner.bestSentencePair(s, t) : 0;
    return score(a, bestPair, shares);
  }

  /** Weighs an alignment, given the best single-sentence pair's score (0 if not computed). */
  static Evidence score(Alignment a, double bestPair, double shares) {
    Coverage confident = Coverage.of(a, CONFIDENT);
    double e =
        excess(a)
            + PAIR_WEIGHT * Math.max(0, bestPair - CONFIDENT)
            + SHARE_WEIGHT * shares
            + COVERAGE_WEIGHT * Math.max(confident.source(), confident.target());
    if (compilation(a)) {
      e = Math.max(e, THRESHOLD * 1.01);
    }
    return new Evidence(
        a.source().name(), a.target().name(), e, Coverage.of(a, WEAK), confident.linked());
  }

  /** Where a pair stands among its rivals, which sets the evidence it needs. */
  enum Standing {
    /**
     * Its documents match each other better than anything else, and both had rivals: judged against
     * {@link #MUTUAL_THRESHOLD}.
     */
    MUTUAL_BEST,
    /** Neither of the others: judged against {@link #THRESHOLD}. */
    OPEN,
    /**
     * A better source already has its target: that pair renders it and covers {@link #TAKEN_TARGET}
     * of its sentences. Then this source must have a sentence in a confident link, a sentence the
     * target translates, or its evidence counts for nothing. A translation holds the terms of its
     * whole subject, so other documents on that subject share its rare terms and find weak links in
     * it, enough for index shares or the compilation rule to pass; a document that overlaps the
     * better source, as republished articles do, has confident links.
     */
    TAKEN
  }

  /**
   * The weighed evidence for one pair, before it is known how it stands among its rivals.
   *
   * @param evidence the weighed evidence, which orders pairs
   * @param coverage each side's sentences in links of at least {@link #WEAK}
   * @param confident source sentences in links of at least {@link #CONFIDENT}
   */
  public record Evidence(
      String source, String target, double evidence, Coverage coverage, int confident)
      implements java.io.Serializable {
    /** The match, judged for the pair's standing. */
    Match match(Standing standing) {
      double e = standing == Standing.TAKEN && confident == 0 ? 0 : evidence;
      double bar = standing == Standing.MUTUAL_BEST ? MUTUAL_THRESHOLD : THRESHOLD;
      // rounded before the verdict, so that the verdict agrees with the score reported
      double score = round(e / (e + bar));
      Verdict v =
          score < MatchOptions.RENDERS
              ? Verdict.NONE
              : coverage.source() >= WHOLE_SOURCE ? Verdict.WHOLE : Verdict.PART;
      return new Match(
          source,
          target,
          score,
          round(coverage.source()),
          round(coverage.target()),
          coverage.linked(),
          v);
    }
  }

  /** The sum over two-sided links of how far their scores rise above {@link #CONFIDENT}. */
  private static double excess(Alignment a) {
    double sum = 0;
    for (Link l : a.links()) {
      sum += l.oneSided() ? 0 : Math.max(0, l.score() - CONFIDENT);
    }
    return sum;
  }

  /**
   * How a loose compilation of several sources aligns: many weak links and a good one, or a run of
   * consecutive target sentences that all render the source (a section that reorders and merges it
   * links as one or two blocks, not as many links).
   */
  static boolean compilation(Alignment a) {
    int weak = 0;
    double best = 0;
    double[] rendering = new double[a.target().size()];
    for (Link l : a.links()) {
      if (!l.oneSided()) {
        weak += l.score() >= WEAK ? 1 : 0;
        best = Math.max(best, l.score());
        l.target().forEach(j -> rendering[j] = l.score());
      }
    }
    return (weak >= COMPILATION_LINKS && best >= GOOD) || renderedSection(rendering);
  }

  /**
   * Whether {@link #SECTION_RUN} consecutive target sentences are in links of at least {@link
   * #WEAK}, one of them confident: a section that renders the source.
   */
  private static boolean renderedSection(double[] scores) {
    int run = 0;
    double top = 0;
    for (double score : scores) {
      run = score >= WEAK ? run + 1 : 0;
      top = run == 0 ? 0 : Math.max(top, score);
      if (run >= SECTION_RUN && top >= CONFIDENT) {
        return true;
      }
    }
    return false;
  }

  private static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }

  /** The shares of each side's sentences in two-sided links scoring at least a bar. */
  public record Coverage(double source, double target, int linked) implements java.io.Serializable {
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
