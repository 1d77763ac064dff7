package org.qarin.audit;

import java.util.Arrays;

/**
 * Pairs two ordered lists of positions (in [0, 1]) as closely as possible without crossing: as many
 * pairs as the shorter list has items, with the least total distance, by dynamic programming. With
 * one item on each side they simply pair.
 */
final class PositionPairing {
  private PositionPairing() {}

  /** For each item of {@code a}, the index of its partner in {@code b}, or -1. */
  static int[] pair(double[] a, double[] b) {
    int[] result = new int[a.length];
    Arrays.fill(result, -1);
    if (a.length == 0 || b.length == 0) {
      return result;
    }
    if (a.length > b.length) {
      int[] reverse = pair(b, a);
      for (int j = 0; j < reverse.length; j++) {
        result[reverse[j]] = j;
      }
      return result;
    }
    double[][] cost = fill(a, b);
    backtrace(a, b, cost, result);
    return result;
  }

  /** cost[i][j]: the least distance of pairing a's first i items within b's first j (i <= j). */
  private static double[][] fill(double[] a, double[] b) {
    double[][] cost = new double[a.length + 1][b.length + 1];
    for (double[] row : cost) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    Arrays.fill(cost[0], 0);
    for (int i = 1; i <= a.length; i++) {
      for (int j = i; j <= b.length; j++) {
        cost[i][j] = Math.min(cost[i][j - 1], cost[i - 1][j - 1] + Math.abs(a[i - 1] - b[j - 1]));
      }
    }
    return cost;
  }

  private static void backtrace(double[] a, double[] b, double[][] cost, int[] result) {
    int i = a.length;
    int j = b.length;
    while (i > 0) {
      if (j > i && cost[i][j] == cost[i][j - 1]) {
        j--;
      } else {
        result[i - 1] = j - 1;
        i--;
        j--;
      }
    }
  }
}
