package org.qarin.align;

import java.util.Arrays;

/**
 * The lexical evidence of a bead that grows on one side: the other side is fixed, and for each of
 * its tokens the accumulator keeps the best match among the growing side's sentences so far. Tokens
 * of a newly added sentence are matched against the fixed side once. Adding a sentence costs time
 * proportional to the tokens involved, so the DP grows beads one sentence at a time. An accumulator
 * is reset and reused: the DP makes one per bead shape, not one per state.
 */
final class Accumulator {
  private final PairScores scores;
  private boolean sourceFixed;
  private int from;
  private int to;
  private float[] best = new float[64]; // per token of the fixed side
  private int[] offset = new int[16]; // per fixed sentence: its first token in best
  private double forward;
  private double backward;
  private double sourceWeight;
  private double targetWeight;

  Accumulator(PairScores scores) {
    this.scores = scores;
  }

  /** A bead of source sentences {@code [i0, i1)}, to which target sentences are added. */
  static Accumulator source(PairScores scores, int i0, int i1) {
    return new Accumulator(scores).resetSource(i0, i1);
  }

  /** A bead of target sentences {@code [j0, j1)}, to which source sentences are added. */
  static Accumulator target(PairScores scores, int j0, int j1) {
    return new Accumulator(scores).resetTarget(j0, j1);
  }

  Accumulator resetSource(int i0, int i1) {
    return reset(true, i0, i1, scores.source);
  }

  Accumulator resetTarget(int j0, int j1) {
    return reset(false, j0, j1, scores.target);
  }

  private Accumulator reset(boolean sourceFixed, int from, int to, SideFeatures fixed) {
    this.sourceFixed = sourceFixed;
    this.from = from;
    this.to = to;
    forward = backward = sourceWeight = targetWeight = 0;
    int n = to - from;
    if (offset.length < n + 1) {
      offset = new int[n + 1];
    }
    double weight = 0;
    for (int s = from; s < to; s++) {
      offset[s - from + 1] = offset[s - from] + fixed.weights[s].length;
      weight += fixed.totalWeight[s];
    }
    if (sourceFixed) {
      sourceWeight = weight;
    } else {
      targetWeight = weight;
    }
    if (best.length < offset[n]) {
      best = new float[Math.max(offset[n], best.length * 2)];
    }
    Arrays.fill(best, 0, offset[n], 0f);
    return this;
  }

  double similarity() {
    return CostModel.similarity(forward, sourceWeight, backward, targetWeight);
  }

  /** The share of the target side's token weight that the source side renders. */
  double targetShare() {
    return targetWeight <= 0 ? 0 : backward / targetWeight;
  }

  /** Adds target sentence j to a bead whose source side is fixed. */
  void addTarget(int j) {
    float[] f = scores.fArray();
    for (int i = from; i < to; i++) {
      int base = scores.fIndex(i, j);
      if (base >= 0) {
        forward += raise(f, base, scores.source.weights[i], offset[i - from]);
      }
    }
    backward += scores.backward(from, to - from, j);
    targetWeight += scores.target.totalWeight[j];
  }

  /** Adds source sentence i to a bead whose target side is fixed. */
  void addSource(int i) {
    float[] g = scores.gArray();
    for (int j = from; j < to; j++) {
      int base = scores.gIndex(i, j);
      if (base >= 0) {
        backward += raise(g, base, scores.target.weights[j], offset[j - from]);
      }
    }
    forward += scores.forward(i, from, to - from);
    sourceWeight += scores.source.totalWeight[i];
  }

  /** Raises the fixed tokens' best matches with one added sentence; returns the weighted gain. */
  private double raise(float[] scoresArray, int base, float[] weights, int bestBase) {
    double gain = 0;
    for (int k = 0; k < weights.length; k++) {
      float v = scoresArray[base + k];
      float b = best[bestBase + k];
      if (v > b) {
        gain += (v - b) * weights[k];
        best[bestBase + k] = v;
      }
    }
    return gain;
  }
}
