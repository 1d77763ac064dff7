package org.qarin.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Figures of a whole audit.
 *
 * @param coverage the share of source words that the translation renders
 * @param sentenceCoverage the share of source sentences that have a counterpart
 * @param meanScore the mean confidence of the links with both sides
 * @param counts the number of findings of each kind, in kind order (kinds with none are absent)
 * @param rendering what the translation renders of the source
 */
public record Summary(
    int sourceSentences,
    int targetSentences,
    double coverage,
    double sentenceCoverage,
    double meanScore,
    Map<FindingKind, Integer> counts,
    Rendering rendering) {
  public Summary {
    Objects.requireNonNull(rendering, "rendering");
    counts =
        Collections.unmodifiableMap(
            new EnumMap<>(counts.isEmpty() ? new EnumMap<>(FindingKind.class) : counts));
  }

  /** The figures of a whole translation. */
  public Summary(
      int sourceSentences,
      int targetSentences,
      double coverage,
      double sentenceCoverage,
      double meanScore,
      Map<FindingKind, Integer> counts) {
    this(
        sourceSentences,
        targetSentences,
        coverage,
        sentenceCoverage,
        meanScore,
        counts,
        Rendering.whole(sourceSentences, targetSentences));
  }

  public int count(FindingKind kind) {
    return counts.getOrDefault(kind, 0);
  }

  /** The number of findings of each kind. */
  public static Map<FindingKind, Integer> counts(List<Finding> findings) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (Finding f : findings) {
      counts.merge(f.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** The same figures with other finding counts. */
  public Summary withCounts(Map<FindingKind, Integer> other) {
    return new Summary(
        sourceSentences, targetSentences, coverage, sentenceCoverage, meanScore, other, rendering);
  }
}
