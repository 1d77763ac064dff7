package org.qarin.align;

import java.util.List;
import org.qarin.model.Link;

/**
 * The search window of a long document pair, coarse to fine (as vecalign does): blocks of a few
 * consecutive sentences are aligned first, as if each block were a sentence (recursively, while
 * there are still too many blocks); each source sentence then looks only at the target sentences
 * near where the block alignment puts it. Time and memory grow linearly with document length
 * instead of quadratically.
 */
final class CoarseWindow {
  /** Sentences per block: each level is this many times smaller than the one below it. */
  static final int FACTOR = 8;

  /** Distinct terms kept per block. */
  static final int BLOCK_TERMS = 48;

  /** Target sentences searched on each side of the position the blocks predict. */
  static final int MARGIN = 12;

  private CoarseWindow() {}

  static Window of(SideFeatures src, SideFeatures tgt, BeadSearch search) {
    List<Link> blocks =
        search.links(src.blocks(FACTOR, BLOCK_TERMS), tgt.blocks(FACTOR, BLOCK_TERMS), 2, -1);
    int n = src.size();
    int m = tgt.size();
    double[] center = centers(blocks, n, m);
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int i = 0; i < n; i++) {
      lo[i] = (int) Math.max(0, Math.floor(center[i] - MARGIN));
      hi[i] = (int) Math.min(m, Math.ceil(center[i] + MARGIN));
    }
    return Window.of(n, m, lo, hi);
  }

  /**
   * For each source sentence, the target position the block alignment predicts: spread evenly over
   * the target blocks its block is linked with, or the position reached so far when its block is
   * unaligned.
   */
  private static double[] centers(List<Link> blocks, int n, int m) {
    double[] center = new double[n];
    int reached = 0;
    for (Link l : blocks) {
      int t0 = l.target().isEmpty() ? reached : l.target().get(0) * FACTOR;
      int t1 =
          l.target().isEmpty()
              ? reached
              : Math.min(m, (l.target().get(l.target().size() - 1) + 1) * FACTOR);
      if (!l.source().isEmpty()) {
        int s0 = l.source().get(0) * FACTOR;
        int s1 = Math.min(n, (l.source().get(l.source().size() - 1) + 1) * FACTOR);
        for (int i = s0; i < s1; i++) {
          center[i] = t0 + (i - s0 + 0.5) * (t1 - t0) / (double) (s1 - s0);
        }
      }
      reached = t1;
    }
    return center;
  }
}
