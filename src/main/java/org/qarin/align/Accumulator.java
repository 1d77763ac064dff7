package org.qarin.align;

import org.qarin.align.SideFeatures.Tok;

/**
 * The lexical evidence of a bead that grows on one side: the other side is fixed, and for each of
 * its tokens the accumulator keeps the best match among the growing side's sentences so far.
 * Tokens of a newly added sentence are matched against the fixed side once. Adding a sentence
 * costs time proportional to the tokens involved, so the DP grows beads one sentence at a time.
 */
final class Accumulator {
  private final PairScores scores;
  private final boolean sourceFixed;
  private final int from;
  private final int to;
  private final float[] best; // per token of the fixed side
  private final int[] offset; // per fixed sentence: its first token in best
  private double forward;
  private double backward;
  private double sourceWeight;
  private double targetWeight;

  private Accumulator(PairScores scores, boolean sourceFixed, int from, int to) {
    this.scores = scores;
    this.sourceFixed = sourceFixed;
    this.from = from;
    this.to = to;
    SideFeatures fixed = sourceFixed ? scores.source : scores.target;
    offset = new int[to - from + 1];
    for (int s = from; s < to; s++) {
      offset[s - from + 1] = offset[s - from] + fixed.tokens[s].length;
      if (sourceFixed) {
        sourceWeight += fixed.totalWeight[s];
      } else {
        targetWeight += fixed.totalWeight[s];
      }
    }
    best = new float[offset[to - from]];
  }

  /** A bead of source sentences {@code [i0, i1)}, to which target sentences are added. */
  static Accumulator source(PairScores scores, int i0, int i1) {
    return new Accumulator(scores, true, i0, i1);
  }

  /** A bead of target sentences {@code [j0, j1)}, to which source sentences are added. */
  static Accumulator target(PairScores scores, int j0, int j1) {
    return new Accumulator(scores, false, j0, j1);
  }

  double similarity() {
    return CostModel.similarity(forward, sourceWeight, backward, targetWeight);
  }

  /** Adds target sentence j to a bead whose source side is fixed. */
  void addTarget(int j) {
    float[] f = scores.fArray();
    for (int i = from; i < to; i++) {
      int at = scores.fIndex(i, j);
      if (at >= 0) {
        Tok[] toks = scores.source.tokens[i];
        int base = offset[i - from];
        for (int k = 0; k < toks.length; k++) {
          float v = f[at + k];
          if (v > best[base + k]) {
            forward += (v - best[base + k]) * toks[k].weight();
            best[base + k] = v;
          }
        }
      }
    }
    backward += bestOver(scores.target.tokens[j], scores.gArray(), j, true);
    targetWeight += scores.target.totalWeight[j];
  }

  /** Adds source sentence i to a bead whose target side is fixed. */
  void addSource(int i) {
    float[] g = scores.gArray();
    for (int j = from; j < to; j++) {
      int at = scores.gIndex(i, j);
      if (at >= 0) {
        Tok[] toks = scores.target.tokens[j];
        int base = offset[j - from];
        for (int t = 0; t < toks.length; t++) {
          float v = g[at + t];
          if (v > best[base + t]) {
            backward += (v - best[base + t]) * toks[t].weight();
            best[base + t] = v;
          }
        }
      }
    }
    forward += bestOver(scores.source.tokens[i], scores.fArray(), i, false);
    sourceWeight += scores.source.totalWeight[i];
  }

  /**
   * The weighted sum, over the tokens of a newly added sentence, of each token's best match among
   * the fixed side's sentences.
   */
  private double bestOver(Tok[] toks, float[] scoresArray, int added, boolean addedIsTarget) {
    double sum = 0;
    int[] at = new int[to - from];
    for (int s = from; s < to; s++) {
      at[s - from] = addedIsTarget ? scores.gIndex(s, added) : scores.fIndex(added, s);
    }
    for (int t = 0; t < toks.length; t++) {
      float v = 0;
      for (int a : at) {
        if (a >= 0) {
          v = Math.max(v, scoresArray[a + t]);
        }
      }
      sum += v * toks[t].weight();
    }
    return sum;
  }

  boolean sourceFixed() {
    return sourceFixed;
  }
}
