package org.qarin.match;

import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;
import org.qarin.model.Sentence;

/**
 * Scores a candidate pair from its alignment.
 *
 * <p>A pair with more sentences on a side than the aligner's small window is judged by its
 * confident links: each counts by how far its score rises above {@link #CONFIDENT} and by the
 * text it covers, on the side where the links cover the larger share, since a compilation covers
 * little of itself and a half translation little of its source.
 *
 * <p>A pair of small documents gives too few links to judge by, and a link's score varies too much
 * with a sentence's few words. It is judged as a whole: by the aligner's score for the two
 * documents taken as one sentence each, or for their best pair of sentences when one renders only
 * a part of the other, plus how much of each document's weighted terms the other holds in the
 * index (which knows how rare each term is, as the aligner within one small document cannot).
 *
 * <p>Each judgement is mapped to a score in {@code [0, 1]} that crosses {@link
 * MatchOptions#RENDERS} at the fitted threshold. The constants were fitted on the collections of
 * {@code qarin bench match-data} (seed 1, plain and sliced) and on {@code ../shared/seeds}; the
 * README gives the figures.
 */
final class PairScorer {
  /** Links scoring more than this are evidence of translation (the aligner's own moved-link bar). */
  static final double CONFIDENT = 0.45;

  /** Evidence of a larger pair from which it renders, and from which that is certain. */
  static final double LINKS_THRESHOLD = 0.015;

  static final double LINKS_CERTAIN = 0.3;

  /** How much the best sentence pair of small documents counts beside the documents as wholes. */
  static final double PAIR_WEIGHT = 0.9;

  /** Weight of the two index shares beside the aligner's whole-document score. */
  static final double SHARE_WEIGHT = 1;

  /** Evidence of a small pair from which it renders, and from which that is certain. */
  static final double WHOLE_THRESHOLD = 0.52;

  static final double WHOLE_CERTAIN = 0.9;

  /** Share of source sentences rendered from which the verdict is whole rather than part. */
  static final double WHOLE_SOURCE = 0.6;

  private final PairAligner aligner;

  PairScorer(PairAligner aligner) {
    this.aligner = aligner;
  }

  /**
   * Scores the pair.
   *
   * @param shares how much of the source's query the target matches, and of the target's query
   *     the source
   */
  Match score(Document source, Document target, double shares) {
    return score(evidence(source, target, shares));
  }

  /** What the aligner and the index say about a pair. */
  record Evidence(Alignment alignment, boolean small, double wholeScore, double bestPair, double shares) {}

  Evidence evidence(Document source, Document target, double shares) {
    Alignment a = aligner.align(source, target);
    boolean small = Math.max(source.size(), target.size()) <= aligner.smallWindow();
    return new Evidence(a, small, small ? aligner.wholeScore(source, target) : 0,
        small ? aligner.bestSentencePair(source, target) : 0, shares);
  }

  Match score(Evidence e) {
    Alignment a = e.alignment();
    // small pairs are judged as wholes, so any of their links counts towards coverage
    Coverage c = Coverage.of(a, e.small() ? 0 : CONFIDENT);
    // rounded before the verdict, so that the verdict agrees with the score reported
    double score = round(e.small()
        ? scale(Math.max(e.wholeScore(), PAIR_WEIGHT * e.bestPair()) + SHARE_WEIGHT * e.shares(),
            WHOLE_THRESHOLD, WHOLE_CERTAIN)
        : scale(linkEvidence(a), LINKS_THRESHOLD, LINKS_CERTAIN));
    Verdict v = score < MatchOptions.RENDERS
        ? Verdict.NONE
        : c.sourceSentences >= WHOLE_SOURCE ? Verdict.WHOLE : Verdict.PART;
    return new Match(a.source().name(), a.target().name(), score, round(c.sourceSentences),
        round(c.targetSentences), c.aligned, v);
  }

  /**
   * The text of each side in links above {@link #CONFIDENT}, each weighted by how far above, as a
   * share of the side's text; the larger of the two shares.
   */
  static double linkEvidence(Alignment a) {
    double[] source = new double[1];
    double[] target = new double[1];
    for (Link l : a.links()) {
      double w = (l.score() - CONFIDENT) / (1 - CONFIDENT);
      if (!l.oneSided() && w > 0) {
        l.source().forEach(i -> source[0] += w * nonSpace(a.source().sentence(i).text()));
        l.target().forEach(j -> target[0] += w * nonSpace(a.target().sentence(j).text()));
      }
    }
    return Math.max(source[0] / Math.max(1, nonSpace(a.source())), target[0] / Math.max(1, nonSpace(a.target())));
  }

  /** Maps evidence to [0, 1], linearly on each side of the threshold, which goes to 0.5. */
  static double scale(double evidence, double threshold, double certain) {
    double e = Math.max(0, evidence);
    if (e < threshold) {
      return 0.5 * e / threshold;
    }
    return Math.min(1, 0.5 + 0.5 * (e - threshold) / (certain - threshold));
  }

  private static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }

  private static int nonSpace(Document d) {
    int n = 0;
    for (Sentence s : d.sentences()) {
      n += nonSpace(s.text());
    }
    return n;
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
    }
    return n;
  }

  /** The shares of each side's sentences in links scoring at least {@code minScore}. */
  private record Coverage(double sourceSentences, double targetSentences, int aligned) {
    static Coverage of(Alignment a, double minScore) {
      boolean[] src = new boolean[a.source().size()];
      boolean[] tgt = new boolean[a.target().size()];
      for (Link l : a.links()) {
        if (!l.oneSided() && l.score() >= minScore) {
          l.source().forEach(i -> src[i] = true);
          l.target().forEach(j -> tgt[j] = true);
        }
      }
      int aligned = count(src);
      return new Coverage((double) aligned / src.length, (double) count(tgt) / tgt.length, aligned);
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
