package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.audit.AuditTesting.doc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Rendering;
import org.qarin.model.Rendering.Shape;
import org.qarin.model.Report;
import org.qarin.model.Severity;

class RenderingShapeTest {
  private static final String[] ARABIC = {
    "قال الوزير إن الحكومة ستبني مدرسة جديدة في المدينة هذا العام.",
    "وأضاف أن المدرسة ستستقبل خمسمئة طالب من القرى المجاورة.",
    "وأشار إلى أن التمويل يأتي من منحة دولية.",
    "وقال إن العمل سيبدأ في الربيع المقبل.",
    "وتعاني المدينة من نقص في المدارس منذ سنوات.",
    "ويعيش في المدينة نحو مئة ألف نسمة.",
    "وكانت المدينة قد شهدت احتجاجات على نقص الخدمات.",
    "وطالب السكان بتحسين الطرق والمستشفيات."
  };

  /** Three sections under headings; the middle one renders source sentences 0–3. */
  private static Document compilation(String... middle) {
    List<String> t =
        new ArrayList<>(
            List.of(
                "Floods in the North",
                "Heavy rain flooded several villages on Monday.",
                "Rescue teams evacuated dozens of families.",
                "The roads to the valley remain closed.",
                "A School for the City"));
    t.addAll(List.of(middle));
    t.addAll(
        List.of(
            "Talks in Geneva",
            "Delegations met in Geneva for a third round.",
            "No agreement was reached on the agenda.",
            "The talks will resume next month."));
    return doc(Language.EN, t.toArray(String[]::new));
  }

  private static Link pair(int source, int target) {
    return Link.aligned(List.of(source), List.of(target), 0.8);
  }

  private static Link dropped(int source) {
    return new Link(List.of(source), List.of(), LinkKind.DROPPED, 1);
  }

  private static Link added(int target) {
    return new Link(List.of(), List.of(target), LinkKind.ADDED, 1);
  }

  /** The middle section renders source 0, 1 and 3 and adds one sentence; source 2 is skipped. */
  private static Alignment section() {
    Document target =
        compilation(
            "The minister said the government would build a new school in the city this year.",
            "The school will take five hundred pupils from nearby villages.",
            "Officials did not say who would run it.",
            "Work will start next spring.");
    List<Link> links = new ArrayList<>();
    for (int j = 0; j <= 4; j++) {
      links.add(added(j));
    }
    links.add(pair(0, 5));
    links.add(pair(1, 6));
    links.add(added(7));
    links.add(dropped(2));
    links.add(pair(3, 8));
    for (int i = 4; i < ARABIC.length; i++) {
      links.add(dropped(i));
    }
    for (int j = 9; j < target.size(); j++) {
      links.add(added(j));
    }
    return new Alignment(doc(Language.AR, ARABIC), target, links);
  }

  private static Report audit(Alignment a, Rendering.Choice choice) {
    return new Auditor(Lexicon.bundled(), choice).audit(a);
  }

  @Test
  void aSectionOfACompilationIsAPartialRenderingOfItsPassage() {
    Report r = audit(section(), Rendering.Choice.AUTO);
    Rendering rendering = r.summary().rendering();
    assertThat(rendering.shape()).isEqualTo(Shape.PARTIAL);
    assertThat(rendering.target())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.from()).isEqualTo(4);
              assertThat(s.to()).isEqualTo(8);
              assertThat(s.heading()).contains("A School for the City");
            });
    assertThat(rendering.source())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.from()).isZero();
              assertThat(s.to()).isEqualTo(3);
            });
  }

  @Test
  void whatLiesOutsideIsReportedOncePerStretchAndInsideAsBefore() {
    Report r = audit(section(), Rendering.Choice.AUTO);
    List<Finding> other = AuditTesting.findings(r, FindingKind.OTHER_CONTENT);
    assertThat(other)
        .extracting(Finding::target)
        .containsExactly(List.of(0, 1, 2, 3), List.of(9, 10, 11, 12));
    assertThat(other.get(0).message()).contains("'Floods in the North'");
    assertThat(AuditTesting.findings(r, FindingKind.NOT_INCLUDED))
        .extracting(Finding::source)
        .containsExactly(List.of(4, 5, 6, 7));
    assertThat(r.findings())
        .filteredOn(
            f -> f.kind() == FindingKind.OTHER_CONTENT || f.kind() == FindingKind.NOT_INCLUDED)
        .extracting(Finding::severity)
        .containsOnly(Severity.INFO);
    // inside: the skipped source sentence is dropped, the section's own sentence added; the heading
    // is neither
    assertThat(AuditTesting.findings(r, FindingKind.DROPPED))
        .extracting(Finding::source)
        .containsExactly(List.of(2));
    assertThat(AuditTesting.findings(r, FindingKind.ADDED))
        .extracting(Finding::target)
        .containsExactly(List.of(7));
  }

  @Test
  void wholeIsTodaysAuditSentenceBySentence() {
    Report r = audit(section(), Rendering.Choice.WHOLE);
    assertThat(r.summary().rendering().shape()).isEqualTo(Shape.WHOLE);
    assertThat(AuditTesting.findings(r, FindingKind.OTHER_CONTENT, FindingKind.NOT_INCLUDED))
        .isEmpty();
    assertThat(AuditTesting.findings(r, FindingKind.DROPPED)).hasSize(5);
  }

  @Test
  void aTranslationWithAFewAddedAndDroppedSentencesIsWhole() {
    Document target =
        doc(
            Language.EN,
            "The minister said the government would build a new school in the city this year.",
            "The school will take five hundred pupils from nearby villages.",
            "The funding comes from an international grant.",
            "Critics said the city needs hospitals more.",
            "Others said the plan came too late.",
            "Work will start next spring.",
            "The city has lacked schools for years.",
            "About a hundred thousand people live in the city.",
            "The city saw protests over poor services.");
    List<Link> links =
        new ArrayList<>(
            List.of(
                pair(0, 0),
                pair(1, 1),
                pair(2, 2),
                new Link(List.of(), List.of(3, 4), LinkKind.ADDED, 1),
                pair(3, 5),
                pair(4, 6),
                pair(5, 7),
                pair(6, 8),
                dropped(7)));
    Report r = audit(new Alignment(doc(Language.AR, ARABIC), target, links), Rendering.Choice.AUTO);
    assertThat(r.summary().rendering()).isEqualTo(Rendering.whole(ARABIC.length, target.size()));
    assertThat(AuditTesting.findings(r, FindingKind.ADDED)).hasSize(1); // one finding for the two
    assertThat(AuditTesting.findings(r, FindingKind.DROPPED)).hasSize(1);
  }

  @Test
  void anArticleThatTookTwoParagraphsOfALongStatementIsPartial() {
    Document target =
        doc(
            Language.EN,
            "The minister said the government would build a new school in the city this year.",
            "The school will take five hundred pupils from nearby villages.");
    List<Link> links = new ArrayList<>(List.of(pair(0, 0), pair(1, 1)));
    for (int i = 2; i < ARABIC.length; i++) {
      links.add(dropped(i));
    }
    Report r = audit(new Alignment(doc(Language.AR, ARABIC), target, links), Rendering.Choice.AUTO);
    assertThat(r.summary().rendering().shape()).isEqualTo(Shape.PARTIAL);
    assertThat(AuditTesting.findings(r, FindingKind.NOT_INCLUDED))
        .extracting(Finding::source)
        .containsExactly(List.of(2, 3, 4, 5, 6, 7));
    assertThat(AuditTesting.findings(r, FindingKind.DROPPED)).isEmpty();
  }

  @Test
  void nothingLinkedRendersNothing() {
    Document target =
        doc(
            Language.EN,
            "Delegations met in Geneva for a third round.",
            "No agreement was reached.");
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < ARABIC.length; i++) {
      links.add(dropped(i));
    }
    links.add(added(0));
    links.add(added(1));
    Report r = audit(new Alignment(doc(Language.AR, ARABIC), target, links), Rendering.Choice.AUTO);
    assertThat(r.summary().rendering().shape()).isEqualTo(Shape.NONE);
    assertThat(r.findings())
        .extracting(Finding::kind)
        .containsOnly(FindingKind.NOT_INCLUDED, FindingKind.OTHER_CONTENT);
    assertThat(r.findings()).hasSize(2);
  }

  @Test
  void partialIsTakenAsGiven() {
    Document target =
        doc(
            Language.EN,
            "The minister said the government would build a new school in the city this year.",
            "The school will take five hundred pupils from nearby villages.",
            "The funding comes from an international grant.",
            "Work will start next spring.",
            "The city has lacked schools for years.");
    List<Link> links =
        new ArrayList<>(List.of(pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3), pair(4, 4)));
    for (int i = 5; i < ARABIC.length; i++) {
      links.add(dropped(i));
    }
    Alignment a = new Alignment(doc(Language.AR, ARABIC), target, links);
    assertThat(audit(a, Rendering.Choice.AUTO).summary().rendering().shape())
        .isEqualTo(Shape.WHOLE);
    Report r = audit(a, Rendering.Choice.PARTIAL);
    assertThat(r.summary().rendering().shape()).isEqualTo(Shape.PARTIAL);
    assertThat(AuditTesting.findings(r, FindingKind.NOT_INCLUDED))
        .extracting(Finding::source)
        .containsExactly(List.of(5, 6, 7));
  }
}
