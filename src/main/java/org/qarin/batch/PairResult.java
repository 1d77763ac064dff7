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

  /** A pair that could not be audited, with the one-line reason. */
  public static PairResult failed(String id, String error) {
    return new PairResult(id, FAILED, error, 0, 0, 0, 0, Map.of(), Optional.empty());
  }

  /** A result from the text of a pair's {@code result.json}; empty when it is not one. */
  public static Optional<PairResult> parse(String json) {
    return PairResults.parse(json);
  }

  /** The result as its {@code result.json} text. */
  public String toJson() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      PairResults.write(this, w);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
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
