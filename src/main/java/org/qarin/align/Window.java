package org.qarin.align;

import java.util.Arrays;

/**
 * The part of the alignment matrix the search looks at: for each source sentence {@code i}, the
 * target sentences {@code [lo[i], hi[i])}. Both bounds never decrease, so the DP can keep one row
 * of states per source sentence.
 */
final class Window {
  final int n;
  final int m;
  final int[] lo;
  final int[] hi;

  private Window(int n, int m, int[] lo, int[] hi) {
    this.n = n;
    this.m = m;
    this.lo = lo;
    this.hi = hi;
    monotone();
  }

  /** Every target sentence for every source sentence. */
  static Window full(int n, int m) {
    int[] lo = new int[n];
    int[] hi = new int[n];
    Arrays.fill(hi, m);
    return new Window(n, m, lo, hi);
  }

  /** A window of the given bounds, widened where needed to stay monotone and reach both corners. */
  static Window of(int n, int m, int[] lo, int[] hi) {
    return new Window(n, m, lo.clone(), hi.clone());
  }

  private void monotone() {
    if (n == 0) {
      return;
    }
    lo[0] = 0;
    hi[n - 1] = m;
    for (int i = 1; i < n; i++) {
      hi[i] = Math.max(hi[i], hi[i - 1]);
    }
    for (int i = n - 2; i >= 0; i--) {
      lo[i] = Math.min(lo[i], lo[i + 1]);
    }
    for (int i = 0; i < n; i++) {
      lo[i] = Math.max(0, Math.min(lo[i], m));
      hi[i] = Math.max(lo[i], Math.min(hi[i], m));
    }
  }

  boolean contains(int i, int j) {
    return i >= 0 && i < n && j >= lo[i] && j < hi[i];
  }

  int width(int i) {
    return hi[i] - lo[i];
  }

  /** Lowest target state reachable after {@code i} source sentences. */
  int stateLo(int i) {
    return i == 0 ? 0 : i == n ? lo[n - 1] : Math.min(lo[i], lo[i - 1]);
  }

  /** Highest target state reachable after {@code i} source sentences. */
  int stateHi(int i) {
    return i == 0 ? hi[0] : i == n ? m : Math.max(hi[i - 1], i < n ? hi[i] : m);
  }

  long cells() {
    long c = 0;
    for (int i = 0; i < n; i++) {
      c += width(i);
    }
    return c;
  }
}
