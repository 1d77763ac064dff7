package org.qarin.batch;

import java.util.Map;
import java.util.Objects;
import org.qarin.model.FindingKind;

/**
 * What one pair of a batch gave: its status ({@code ok} or {@code failed}), the error of a failed
 * pair, sentence counts, coverage, counts per finding kind, the mean link score and the
 * rendering's shape ({@code whole}, {@code partial}, {@code summary}, {@code none}; empty for a
 * failed pair).
 */
public record PairResult(
    String id,
    String status,
    String error,
    int sourceSentences,
    int targetSentences,
    double coverage,
    double meanScore,
    Map<FindingKind, Integer> counts,
    String rendering) {
  public static final String OK = "ok";
  public static final String FAILED = "failed";

  public PairResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    error = error == null ? "" : error;
    counts = Map.copyOf(counts);
    Objects.requireNonNull(rendering, "rendering");
  }

  static PairResult failed(String id, String error) {
    return new PairResult(id, FAILED, error, 0, 0, 0, 0, Map.of(), "");
  }

  public boolean ok() {
    return status.equals(OK);
  }

  public int count(FindingKind kind) {
    return counts.getOrDefault(kind, 0);
  }
}
