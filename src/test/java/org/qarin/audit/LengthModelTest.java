package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qarin.audit.AuditTesting.audit;
import static org.qarin.audit.AuditTesting.doc;
import static org.qarin.audit.AuditTesting.findings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.Severity;

class LengthModelTest {
  @Test
  void fitsTheDocumentsRatioAndKeepsGaleAndChurchsVarianceAsAFloor() {
    List<int[]> lengths = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      lengths.add(new int[] {100 + 10 * k, 130 + 13 * k});
    }
    LengthModel m = LengthModel.fit(lengths);
    assertThat(m.ratio()).isCloseTo(1.3, within(1e-9));
    assertThat(m.variance()).isEqualTo(LengthModel.MIN_VARIANCE);
    assertThat(m.delta(100, 130)).isCloseTo(0, within(1e-9));
    assertThat(m.delta(100, 60)).isLessThan(-LengthModel.THRESHOLD);
  }

  @Test
  void fewLinksUseTheTotalsRatio() {
    LengthModel m = LengthModel.fit(List.of(new int[] {100, 150}, new int[] {50, 50}));
    assertThat(m.ratio()).isCloseTo(200.0 / 150, within(1e-9));
  }

  @Test
  void aSummarisedTranslationIsAnAnomalyButShortSentencesNeverAre() {
    String ar = "أعلن مجلس الإدارة المحلية في منطقة الرستن عن خطة لإعادة تأهيل شبكة مياه الشرب.";
    String en =
        "The local council in Al-Rastan announced a plan to rehabilitate the water network.";
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      sources.add(ar);
      targets.add(en);
      links.add(Link.aligned(List.of(k), List.of(k), 0.9));
    }
    sources.add(ar + " " + ar + " " + ar);
    targets.add("A plan.");
    links.add(Link.aligned(List.of(8), List.of(8), 0.5));
    sources.add("نعم.");
    targets.add("Yes, indeed, that is how it was, and it will stay that way.");
    links.add(Link.aligned(List.of(9), List.of(9), 0.5));
    Alignment a =
        new Alignment(
            doc(Language.AR, sources.toArray(String[]::new)),
            doc(Language.EN, targets.toArray(String[]::new)),
            links);
    List<Finding> f = findings(audit(a), FindingKind.LENGTH_ANOMALY);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).source()).containsExactly(8);
    assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(f.get(0).message()).startsWith("The translation is much shorter than expected (");
  }
}
