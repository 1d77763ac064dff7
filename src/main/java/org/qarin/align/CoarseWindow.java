package org.qarin.align;

import java.util.List;
import org.qarin.model.Link;

/**
 * The search window of a long document pair, coarse to fine (as vecalign does): blocks of
 * consecutive sentences are aligned first, as if each block were a sentence; each source sentence
 * then looks only at the target sentences of the blocks its block was aligned with, plus a margin.
 * Time and memory grow linearly with document length instead of quadratically.
 */
final class CoarseWindow {
  private static final int COARSE_SIZE = 300;
  private static final int MIN_MARGIN = 12;

  private CoarseWindow() {}

  static Window of(SideFeatures src, SideFeatures tgt, LexicalAligner aligner) {
    int gs = Math.max(1, (src.size() + COARSE_SIZE - 1) / COARSE_SIZE);
    int gt = Math.max(1, (tgt.size() + COARSE_SIZE - 1) / COARSE_SIZE);
    List<Link> blocks = aligner.alignFeatures(src.blocks(gs), tgt.blocks(gt), 3);
    int n = src.size();
    int m = tgt.size();
    int[] lo = new int[n];
    int[] hi = new int[n];
    int margin = Math.max(MIN_MARGIN, gt / 2);
    int targetPos = 0;
    for (Link l : blocks) {
      int t0 = l.target().isEmpty() ? targetPos : l.target().get(0) * gt;
      int t1 = l.target().isEmpty() ? targetPos : Math.min(m, (l.target().get(l.target().size() - 1) + 1) * gt);
      for (int b : l.source()) {
        for (int i = b * gs; i < Math.min(n, (b + 1) * gs); i++) {
          lo[i] = Math.max(0, t0 - margin);
          hi[i] = Math.min(m, t1 + margin);
        }
      }
      targetPos = t1;
    }
    return Window.of(n, m, lo, hi);
  }
}
