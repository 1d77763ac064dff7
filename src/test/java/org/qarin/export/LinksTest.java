package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Severity;

class LinksTest {
  @Test
  void decimalsHaveFourDigitsInEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l :
          List.of(Locale.ROOT, Locale.forLanguageTag("ar"), Locale.forLanguageTag("de"))) {
        Locale.setDefault(l);
        assertThat(Links.decimal(0.5)).isEqualTo("0.5000");
        assertThat(Links.decimal(1.0 / 3)).isEqualTo("0.3333");
        assertThat(Links.decimal(0.12345)).isEqualTo("0.1235"); // half up, on the shortest repr
        assertThat(Links.decimal(0.99995)).isEqualTo("1.0000");
        assertThat(Links.decimal(1e-9)).isEqualTo("0.0000");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void joinsSentencesWithOneSpace() {
    Report r = SampleReports.corpusSample();
    var ar = r.alignment().source();
    assertThat(Links.text(ar, List.of(16, 17)))
        .isEqualTo(ar.sentence(16).text() + " " + ar.sentence(17).text());
    assertThat(Links.text(ar, List.of())).isEmpty();
    assertThat(Links.indices(List.of(3, 4))).isEqualTo("3 4");
  }

  @Test
  void findsTheFindingsOfALink() {
    Finding a = Finding.of(FindingKind.MERGED, Severity.INFO, List.of(1, 2), List.of(1), "m");
    Finding b = Finding.of(FindingKind.ADDED, Severity.WARNING, List.of(), List.of(3), "a");
    Finding c = Finding.of(FindingKind.MOVED, Severity.WARNING, List.of(9), List.of(1), "t");
    List<Finding> all = List.of(a, b, c);
    assertThat(Links.findings(Link.aligned(List.of(2), List.of(5), 1), all)).containsExactly(a);
    assertThat(Links.findings(Link.aligned(List.of(0), List.of(1), 1), all)).containsExactly(a, c);
    assertThat(Links.findings(Link.aligned(List.of(3), List.of(2), 1), all)).isEmpty();
  }
}
