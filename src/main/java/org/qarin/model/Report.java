package org.qarin.model;

import java.util.List;
import java.util.Objects;

/** An audit: the alignment, what it shows, the untranslated words per link, and the figures. */
public record Report(
    Alignment alignment, List<Finding> findings, List<WordGaps> gaps, Summary summary) {
  public Report {
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(summary, "summary");
    findings = List.copyOf(findings);
    gaps = List.copyOf(gaps);
  }

  /**
   * The report without the findings whose confidence is below {@code minConfidence}, its summary
   * counting only the findings kept.
   */
  public Report withMinConfidence(double minConfidence) {
    if (minConfidence <= 0) {
      return this;
    }
    List<Finding> kept = findings.stream().filter(f -> f.confidence() >= minConfidence).toList();
    return new Report(alignment, kept, gaps, summary.withCounts(Summary.counts(kept)));
  }
}
