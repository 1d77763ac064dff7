package org.qarin.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;

/**
 * Minimum-cost monotone alignment by dynamic programming over beads, within a {@link Window}.
 * States {@code (i, j)} count the sentences consumed on each side; a bead of shape a-b moves from
 * {@code (i - a, j - b)} to {@code (i, j)}. The search is split into {@link #fill} and {@link
 * #backtrace}, as in mALIGNa's Viterbi aligner.
 *
 * <p>Shapes: 0-1, 1-0, and a-b with one side of 1 up to {@link #maxBead} sentences, 2-2 up to 2-8,
 * and 3-2, 2-3, 3-3. Of equal costs the earlier shape wins (1-1 first), so results are
 * deterministic.
 */
final class DpAligner {
  private final PairScores scores;
  private final CostModel model;
  private final double ratio;
  private final double skip;
  private final int maxBead;
  private final Window window;
  private final double[][] cost;
  private final byte[][] backA;
  private final byte[][] backB;
  private final Accumulator[] growingTarget = new Accumulator[3];
  private final Accumulator[] growingSource = new Accumulator[2];

  DpAligner(PairScores scores, CostModel model, double ratio, double skip, int maxBead) {
    this.scores = scores;
    this.model = model;
    this.ratio = ratio;
    this.skip = skip;
    this.maxBead = maxBead;
    this.window = scores.window;
    int n = window.n;
    cost = new double[n + 1][];
    backA = new byte[n + 1][];
    backB = new byte[n + 1][];
    for (int i = 0; i <= n; i++) {
      int w = window.stateHi(i) - window.stateLo(i) + 1;
      cost[i] = new double[w];
      Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
      backA[i] = new byte[w];
      backB[i] = new byte[w];
    }
    for (int a = 0; a < growingTarget.length; a++) {
      growingTarget[a] = new Accumulator(scores);
    }
    for (int b = 0; b < growingSource.length; b++) {
      growingSource[b] = new Accumulator(scores);
    }
  }

  /** The largest b of an a-b bead with a on the short side (a = 1, 2, 3). */
  private int maxLong(int a) {
    return Math.min(maxBead, a == 1 ? 9 : a == 2 ? 8 : 3);
  }

  List<Link> align() {
    fill();
    return backtrace();
  }

  private void fill() {
    for (int i = 0; i <= window.n; i++) {
      for (int j = window.stateLo(i); j <= window.stateHi(i); j++) {
        if (i == 0 && j == 0) {
          set(0, 0, 0, 0, 0);
          continue;
        }
        relax(i, j, 1, 0, at(i - 1, j) + skip);
        relax(i, j, 0, 1, at(i, j - 1) + skip);
        growTarget(i, j);
        growSource(i, j);
      }
    }
  }

  /** Beads a-b with a = 1..3 source sentences, growing the target side one sentence at a time. */
  private void growTarget(int i, int j) {
    for (int a = 1; a <= Math.min(3, maxBead) && a <= i; a++) {
      int last = lastUseful(i, j, a, Math.min(maxLong(a), j), true);
      if (last == 0) {
        continue;
      }
      Accumulator acc = growingTarget[a - 1].resetSource(i - a, i);
      long sourceChars = scores.source.length(i - a, i);
      for (int b = 1; b <= last; b++) {
        if (b > 1 && tooLong(ratio * sourceChars, scores.target.length(j - b + 1, j))) {
          break; // more target sentences only make the bead less plausible
        }
        acc.addTarget(j - b);
        double prev = at(i - a, j - b);
        // the lexical and length parts are never negative: skip beads that cannot win
        if (prev + model.shape(a, b) < best(i, j)) {
          relax(i, j, a, b, prev + beadCost(a, b, acc, i - a, i, j - b, j));
        }
      }
    }
  }

  /** Beads a-b with b = 1..2 and a = 4.. source sentences (a up to 3 is done by growTarget). */
  private void growSource(int i, int j) {
    for (int b = 1; b <= Math.min(2, maxBead) && b <= j; b++) {
      int maxA = Math.min(b == 1 ? maxBead : Math.min(8, maxBead), i);
      int last = lastUseful(i, j, b, maxA, false);
      if (last < 4) {
        continue;
      }
      Accumulator acc = growingSource[b - 1].resetTarget(j - b, j);
      long targetChars = scores.target.length(j - b, j);
      for (int a = 1; a <= last; a++) {
        if (a > 1 && tooLong(targetChars / ratio, scores.source.length(i - a + 1, i) * 1.0)) {
          break;
        }
        acc.addSource(i - a);
        double prev = a >= 4 ? at(i - a, j - b) : Double.POSITIVE_INFINITY;
        if (prev + model.shape(a, b) < best(i, j)) {
          relax(i, j, a, b, prev + beadCost(a, b, acc, i - a, i, j - b, j));
        }
      }
    }
  }

  /**
   * The largest size of the growing side whose bead could still beat the state's best cost: the
   * lexical and length parts of a bead are never negative, so a bead whose previous state plus its
   * shape cost is no better cannot win. Growing the bead further than that is wasted work.
   */
  private int lastUseful(int i, int j, int fixed, int max, boolean growingTarget) {
    double best = best(i, j);
    for (int k = max; k >= 1; k--) {
      int a = growingTarget ? fixed : k;
      int b = growingTarget ? k : fixed;
      if (at(i - a, j - b) + model.shape(a, b) < best) {
        return k;
      }
    }
    return 0;
  }

  /**
   * True when the growing side is already far longer than the fixed side's length predicts, so that
   * adding sentences to it can only make the bead less plausible.
   */
  private static boolean tooLong(double expectedChars, double growingChars) {
    double sigma = Math.sqrt(Math.max(expectedChars, 1) * 6.8);
    return growingChars > expectedChars + 4 * sigma + 20;
  }

  private double beadCost(int a, int b, Accumulator acc, int i0, int i1, int j0, int j1) {
    double sim = acc.similarity();
    return model.bead(a, b, sim, scores.source.length(i0, i1), scores.target.length(j0, j1), ratio);
  }

  private double best(int i, int j) {
    return cost[i][j - window.stateLo(i)];
  }

  private double at(int i, int j) {
    if (i < 0 || j < 0 || j < window.stateLo(i) || j > window.stateHi(i)) {
      return Double.POSITIVE_INFINITY;
    }
    return cost[i][j - window.stateLo(i)];
  }

  private void relax(int i, int j, int a, int b, double c) {
    int x = j - window.stateLo(i);
    if (c < cost[i][x]) {
      set(i, j, c, a, b);
    }
  }

  private void set(int i, int j, double c, int a, int b) {
    int x = j - window.stateLo(i);
    cost[i][x] = c;
    backA[i][x] = (byte) a;
    backB[i][x] = (byte) b;
  }

  private List<Link> backtrace() {
    List<Link> links = new ArrayList<>();
    int i = window.n;
    int j = window.m;
    while (i > 0 || j > 0) {
      int x = j - window.stateLo(i);
      int a = backA[i][x];
      int b = backB[i][x];
      links.add(link(i - a, i, j - b, j));
      i -= a;
      j -= b;
    }
    Collections.reverse(links);
    return links;
  }

  private Link link(int i0, int i1, int j0, int j1) {
    List<Integer> src = range(i0, i1);
    List<Integer> tgt = range(j0, j1);
    if (tgt.isEmpty()) {
      return new Link(src, tgt, LinkKind.DROPPED, 1.0);
    }
    if (src.isEmpty()) {
      return new Link(src, tgt, LinkKind.ADDED, 1.0);
    }
    Accumulator acc = Accumulator.source(scores, i0, i1);
    for (int j = j0; j < j1; j++) {
      acc.addTarget(j);
    }
    double sim = acc.similarity();
    double len =
        Math.exp(
            -model.lengthCost(scores.source.length(i0, i1), scores.target.length(j0, j1), ratio));
    return Link.aligned(src, tgt, Math.round(1e4 * (0.75 * sim + 0.25 * len)) / 1e4);
  }

  static List<Integer> range(int from, int to) {
    List<Integer> r = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      r.add(k);
    }
    return r;
  }
}
