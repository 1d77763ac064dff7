package org.qarin.match;

import java.util.Objects;

/**
 * How well one target document renders one source document.
 *
 * @param source the source document's name
 * @param target the target document's name
 * @param score the evidence that the target renders the source, in {@code [0, 1]}; 0.5 is where
 *     qarin starts to say it does
 * @param sourceCoverage the share of source sentences in confident links
 * @param targetCoverage the share of target sentences in confident links
 * @param aligned how many source sentences are in confident links
 * @param verdict whether the target renders the source in whole, in part, or not at all
 */
public record Match(
    String source,
    String target,
    double score,
    double sourceCoverage,
    double targetCoverage,
    int aligned,
    Verdict verdict) {
  public Match {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(verdict, "verdict");
    requireShare("score", score);
    requireShare("sourceCoverage", sourceCoverage);
    requireShare("targetCoverage", targetCoverage);
    if (aligned < 0) {
      throw new IllegalArgumentException("aligned must not be negative: " + aligned);
    }
  }

  /** True unless the verdict is {@link Verdict#NONE}. */
  public boolean renders() {
    return verdict != Verdict.NONE;
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " out of [0, 1]: " + value);
    }
  }
}
