package org.qarin.align;

import java.util.Arrays;

/**
 * What a search is calibrated on, from the document pair itself: a sample of its 1-1 pairs, the
 * length ratio a translated pair is expected to have, and the cost of leaving a sentence unaligned.
 */
final class SearchCalibration {
  /** Similarity from which two sentences that are each other's most similar are an anchor. */
  static final double ANCHOR_SIMILARITY = 0.4;

  /** Fewer anchors than this leave the length ratio to the whole documents. */
  static final int MIN_ANCHORS = 3;

  /**
   * Anchors per sentence of the shorter side of their span below which the ratio stays the whole
   * documents': a few anchors far apart in a loose literary translation say little of what the
   * documents share. Without it or {@link #SPAN_GATE}, AlignAR literature fell from 0.652 to 0.599
   * strict F1.
   */
  static final double ANCHOR_DENSITY = 0.25;

  /**
   * How far (as a factor) the span's ratio must differ from the whole documents' to replace it. A
   * complete translation's anchors span nearly all of both documents, and small differences only
   * move its dropped and added sentences: without the gate, the edited-translation benchmark's
   * strict F1 fell from 0.9783 to 0.9765; at 1.15 to 0.9779, at 1.25 and 1.4 not at all.
   */
  static final double SPAN_GATE = 1.25;

  private SearchCalibration() {}

  /**
   * The 1-1 pairs of a search's window (a sample of them for long documents) and their lexical
   * similarities, on which the search is calibrated.
   */
  record Sample(PairScores scores, int[] is, int[] js, double[] sims, int size) {
    static Sample of(PairScores scores) {
      Window w = scores.window;
      long cells = w.cells();
      int stride = (int) Math.max(1, cells / 20_000);
      int n = (int) ((cells + stride - 1) / stride);
      int[] is = new int[n];
      int[] js = new int[n];
      double[] sims = new double[n];
      Accumulator acc =
          new Accumulator(scores); // reset per pair: one per pair cost more than the pair
      long c = 0;
      int k = 0;
      for (int i = 0; i < w.n; i++) {
        for (int j = w.lo[i]; j < w.hi[i]; j++, c++) {
          if (c % stride == 0) {
            acc.resetSource(i, i + 1);
            acc.addTarget(j);
            is[k] = i;
            js[k] = j;
            sims[k++] = acc.similarity();
          }
        }
      }
      return new Sample(scores, is, js, sims, k);
    }
  }

  /**
   * The cost of leaving one sentence unaligned: half the cost, at the deletion percentile, of the
   * sampled 1-1 pairs, most of which are not translations of each other.
   */
  static double skipCost(Sample sample, double ratio, CostModel model) {
    SideFeatures src = sample.scores().source;
    SideFeatures tgt = sample.scores().target;
    int k = sample.size();
    double[] costs = new double[k];
    for (int x = 0; x < k; x++) {
      int i = sample.is()[x];
      int j = sample.js()[x];
      costs[x] =
          model.bead(1, 1, sample.sims()[x], src.length(i, i + 1), tgt.length(j, j + 1), ratio);
    }
    Arrays.sort(costs);
    double q = costs[(int) Math.min(k - 1, Math.floor(model.deletionPercentile() * k))];
    return Math.max(model.skipFloor(), q / 2);
  }

  /**
   * The length ratio the length model expects of a translated pair: that of the whole documents,
   * unless the anchors say one renders only part of the other. Anchors are pairs of sentences that
   * are each other's most similar, at {@link #ANCHOR_SIMILARITY} or more; from the first to the
   * last, the text they span on each side is what the two have in common. When there are enough
   * anchors, dense enough in that span ({@link #MIN_ANCHORS}, {@link #ANCHOR_DENSITY}), and the
   * span's ratio differs from the whole documents' by more than {@link #SPAN_GATE}, the span's
   * ratio is used. Against a translation of only its first half, the whole documents' ratio expects
   * every sentence's translation to be half as long as it is, and the search then joins source
   * sentences two by two rather than report the second half dropped. The anchors' own lengths are
   * not used: short sentences (titles, names, numbers) anchor more readily, and their ratio is not
   * the text's.
   */
  static double lengthRatio(Sample sample) {
    SideFeatures src = sample.scores().source;
    SideFeatures tgt = sample.scores().target;
    double[] rowBest = new double[src.size()];
    double[] colBest = new double[tgt.size()];
    int[] rowArg = new int[src.size()];
    int[] colArg = new int[tgt.size()];
    Arrays.fill(rowArg, -1);
    Arrays.fill(colArg, -1);
    for (int x = 0; x < sample.size(); x++) {
      int i = sample.is()[x];
      int j = sample.js()[x];
      double sim = sample.sims()[x];
      if (sim > rowBest[i]) {
        rowBest[i] = sim;
        rowArg[i] = j;
      }
      if (sim > colBest[j]) {
        colBest[j] = sim;
        colArg[j] = i;
      }
    }
    int anchors = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < src.size(); i++) {
      int j = rowArg[i];
      if (j >= 0 && colArg[j] == i && rowBest[i] >= ANCHOR_SIMILARITY) {
        anchors++;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    double whole = wholeRatio(src, tgt);
    if (anchors < MIN_ANCHORS
        || rowArg[first] > rowArg[last]
        || anchors
            < ANCHOR_DENSITY * Math.min(last - first + 1, rowArg[last] - rowArg[first] + 1)) {
      return whole;
    }
    long s = src.length(first, last + 1);
    long t = tgt.length(rowArg[first], rowArg[last] + 1);
    double span = (double) Math.max(t, 1) / Math.max(s, 1);
    return Math.max(span / whole, whole / span) > SPAN_GATE ? span : whole;
  }

  static double wholeRatio(SideFeatures src, SideFeatures tgt) {
    return (double) Math.max(tgt.totalLength(), 1) / Math.max(src.totalLength(), 1);
  }
}
