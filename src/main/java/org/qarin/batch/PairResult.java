package org.qarin.batch;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qarin.model.FindingKind;
import org.qarin.model.Rendering;

/**
 * What one pair of a batch gave: its status ({@code ok} or {@code failed}), the error of a failed
 * pair, sentence counts, coverage, counts per finding kind, the mean link score and what the
 * translation renders of the source (empty for a failed pair).
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
    Optional<Rendering> rendering) {
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
    return new PairResult(id, FAILED, error, 0, 0, 0, 0, Map.of(), Optional.empty());
  }

  public boolean ok() {
    return status.equals(OK);
  }

  /** The rendering's shape ({@code whole}, {@code partial}, ...), empty for a failed pair. */
  public String shape() {
    return rendering.map(r -> r.shape().id()).orElse("");
  }

  public int count(FindingKind kind) {
    return counts.getOrDefault(kind, 0);
  }
}
