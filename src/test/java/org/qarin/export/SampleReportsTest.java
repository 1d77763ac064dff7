package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qarin.model.Report;

class SampleReportsTest {
  @Test
  void corpusSampleCoversEverySentenceOnce() {
    Report r = SampleReports.corpusSample();
    assertThat(r.alignment().links().stream().mapToInt(l -> l.source().size()).sum())
        .isEqualTo(r.alignment().source().size());
    assertThat(r.alignment().links().stream().mapToInt(l -> l.target().size()).sum())
        .isEqualTo(r.alignment().target().size());
  }

  @Test
  void hostileReportHasFourSentencesASide() {
    Report r = SampleReports.hostile();
    assertThat(r.alignment().source().size()).isEqualTo(4);
    assertThat(r.alignment().target().size()).isEqualTo(4);
  }
}
