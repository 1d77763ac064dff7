package org.qarin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Document AR =
      new Document(
          "ar",
          Language.AR,
          "أ. ب.",
          List.of(
              new Sentence(0, 0, new Span(0, 2), "أ."), new Sentence(1, 0, new Span(3, 5), "ب.")));
  private static final Document EN =
      new Document(
          "en",
          Language.EN,
          "A. B.",
          List.of(
              new Sentence(0, 0, new Span(0, 2), "A."), new Sentence(1, 0, new Span(3, 5), "B.")));

  private static Finding finding(FindingKind kind, double confidence) {
    return Finding.of(kind, Severity.WARNING, List.of(0), List.of(0), "m")
        .weighed(confidence, Severity.WARNING);
  }

  @Test
  void findingsBelowTheLeastConfidenceLeaveTheReportAndItsCounts() {
    Alignment a = new Alignment(AR, EN, List.of(Link.aligned(List.of(0, 1), List.of(0, 1), 0.9)));
    List<Finding> findings =
        List.of(
            finding(FindingKind.NAME_ADDED, 0.2),
            finding(FindingKind.NAME_ADDED, 0.7),
            finding(FindingKind.NUMBER_CHANGED, 0.5));
    Report r =
        new Report(a, findings, List.of(), new Summary(2, 2, 1, 1, 0.9, Summary.counts(findings)));

    Report kept = r.withMinConfidence(0.5);

    assertThat(kept.findings()).extracting(Finding::confidence).containsExactly(0.7, 0.5);
    assertThat(kept.summary().counts())
        .isEqualTo(Map.of(FindingKind.NAME_ADDED, 1, FindingKind.NUMBER_CHANGED, 1));
    assertThat(r.withMinConfidence(0)).isSameAs(r);
  }

  @Test
  void confidenceIsAProbability() {
    assertThatThrownBy(() -> finding(FindingKind.ADDED, 1.2))
        .hasMessageContaining("confidence out of [0, 1]: 1.2");
    assertThat(Optional.of(finding(FindingKind.ADDED, 0)).map(Finding::confidence)).contains(0.0);
  }
}
