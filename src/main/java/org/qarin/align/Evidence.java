package org.qarin.align;

import java.util.List;

/**
 * Similarities and length costs of candidate links of one document pair, for the passes after the
 * search (relatedness, weak links, moved content). Links inside the search window are scored from
 * the search's own word-level evidence; others from a small search of their sentences alone.
 */
final class Evidence {
  final SideFeatures src;
  final SideFeatures tgt;
  private final PairScores scores;
  private final double ratio;
  private final BeadSearch search;
  private final Accumulator accumulator;

  Evidence(SideFeatures src, SideFeatures tgt, PairScores scores, double ratio, BeadSearch search) {
    this.src = src;
    this.tgt = tgt;
    this.scores = scores;
    this.ratio = ratio;
    this.search = search;
    this.accumulator = scores == null ? null : new Accumulator(scores);
  }

  /** The lexical similarity of source sentences {@code is} and target sentences {@code js}. */
  double similarity(List<Integer> is, List<Integer> js) {
    if (accumulator != null && contiguous(is) && contiguous(js) && inWindow(is, js)) {
      accumulator.resetSource(is.get(0), is.get(is.size() - 1) + 1);
      for (int j : js) {
        accumulator.addTarget(j);
      }
      return accumulator.similarity();
    }
    PairScores ps =
        new PairScores(
            src.subset(is), tgt.subset(js), Window.full(is.size(), js.size()), search.lexicon());
    Accumulator acc = Accumulator.source(ps, 0, is.size());
    for (int j = 0; j < js.size(); j++) {
      acc.addTarget(j);
    }
    return acc.similarity();
  }

  /** The share of target sentence {@code j}'s words that source sentences {@code is} render. */
  double targetCoverage(List<Integer> is, int j) {
    PairScores ps =
        new PairScores(
            src.subset(is), tgt.subset(List.of(j)), Window.full(is.size(), 1), search.lexicon());
    Accumulator acc = Accumulator.source(ps, 0, is.size());
    acc.addTarget(0);
    return acc.targetShare();
  }

  /** The Gale-Church length cost of a link, with the length ratio the search expected. */
  double lengthCost(List<Integer> is, List<Integer> js) {
    long s = is.stream().mapToLong(i -> src.length(i, i + 1)).sum();
    long t = js.stream().mapToLong(j -> tgt.length(j, j + 1)).sum();
    return search.model().lengthCost(s, t, ratio);
  }

  /** The search the evidence came from, for passes that search again on part of the pair. */
  BeadSearch search() {
    return search;
  }

  private boolean inWindow(List<Integer> is, List<Integer> js) {
    for (int i : is) {
      if (!scores.window.contains(i, js.get(0))
          || !scores.window.contains(i, js.get(js.size() - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contiguous(List<Integer> xs) {
    return !xs.isEmpty() && xs.get(xs.size() - 1) - xs.get(0) == xs.size() - 1;
  }
}
