package org.qarin.align;

import java.util.ArrayList;
import java.util.List;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Link;

/**
 * The monotone search of one pair of sides: word-level evidence in a window (the whole matrix, or
 * coarse to fine for long pairs), calibrated on the pair itself ({@link SearchCalibration}),
 * searched by dynamic programming. The aligner runs it on the documents; the coarse window runs it
 * on blocks, and the moved pass on the sentences left over.
 */
final class BeadSearch {
  /** Above this many sentence pairs, search a window around a coarse alignment. */
  static final long FULL_SEARCH_CELLS = 160_000;

  private final Lexicon lexicon;
  private final CostModel model;

  BeadSearch(Lexicon lexicon, CostModel model) {
    this.lexicon = lexicon;
    this.model = model;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  CostModel model() {
    return model;
  }

  /**
   * The monotone alignment of two sides; a negative {@code skip} means calibrate it on the document
   * pair.
   */
  List<Link> links(SideFeatures src, SideFeatures tgt, int maxBead, double skip) {
    return run(src, tgt, maxBead, skip).links();
  }

  /**
   * A search's links, the word-level evidence it ran on (null for an empty side) and the length
   * ratio it expected of translated sentences.
   */
  record Result(List<Link> links, PairScores scores, double ratio) {}

  Result run(SideFeatures src, SideFeatures tgt, int maxBead, double skip) {
    if (src.size() == 0 || tgt.size() == 0) {
      return new Result(
          oneSided(src.size(), tgt.size()), null, SearchCalibration.wholeRatio(src, tgt));
    }
    PairScores scores = new PairScores(src, tgt, window(src, tgt), lexicon);
    SearchCalibration.Sample sample = SearchCalibration.Sample.of(scores);
    double ratio = SearchCalibration.lengthRatio(sample);
    double cost = skip >= 0 ? skip : SearchCalibration.skipCost(sample, ratio, model);
    return new Result(new DpAligner(scores, model, ratio, cost, maxBead).align(), scores, ratio);
  }

  /** The whole matrix for small pairs, a coarse-to-fine window for long ones. */
  private Window window(SideFeatures src, SideFeatures tgt) {
    return (long) src.size() * tgt.size() <= FULL_SEARCH_CELLS
        ? Window.full(src.size(), tgt.size())
        : CoarseWindow.of(src, tgt, this);
  }

  /**
   * The skip cost that makes a 1-1 pair worth linking exactly when its similarity reaches {@code
   * similarity} and its lengths are plausible: for searches without a typical pair to compare with.
   */
  double skipForSimilarity(double similarity) {
    return (model.lexicalWeight() * (1 - similarity) + model.lengthWeight() * 2.0) / 2;
  }

  private static List<Link> oneSided(int n, int m) {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      links.add(new Link(List.of(i), List.of(), org.qarin.model.LinkKind.DROPPED, 1.0));
    }
    for (int j = 0; j < m; j++) {
      links.add(new Link(List.of(), List.of(j), org.qarin.model.LinkKind.ADDED, 1.0));
    }
    return links;
  }
}
