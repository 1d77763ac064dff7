package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.audit.AuditTesting.audit;
import static org.qarin.audit.AuditTesting.doc;
import static org.qarin.audit.AuditTesting.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Severity;

class StructureCheckTest {
  private static final FindingKind[] STRUCTURE = {
    FindingKind.DROPPED,
    FindingKind.ADDED,
    FindingKind.MOVED,
    FindingKind.MERGED,
    FindingKind.SPLIT,
    FindingKind.BOILERPLATE
  };

  private static final String[] ARABIC = {
    "أعلن المجلس عن خطة جديدة.",
    "وحضر المؤتمر عدد من وجهاء المدينة.",
    "وتبلغ كلفة المرحلة الأولى مليون دولار.",
    "وتبدأ الأعمال في الشتاء.",
    "اقرأ أيضًا: افتتاح مستوصف جديد"
  };
  private static final String[] ENGLISH = {
    "The council announced a new plan.", "Work starts in winter.",
    "The first phase costs a million dollars.", "It lies on the main highway.",
    "This article was translated and edited by The Qarin Observer."
  };

  private static Report report(Link... links) {
    return audit(
        new Alignment(doc(Language.AR, ARABIC), doc(Language.EN, ENGLISH), List.of(links)));
  }

  private static Link link(List<Integer> s, List<Integer> t, LinkKind kind) {
    return new Link(s, t, kind, 0.8);
  }

  @Test
  void droppedAddedMovedAndFurniture() {
    Report r =
        report(
            link(List.of(0), List.of(0), LinkKind.ALIGNED),
            link(List.of(1), List.of(), LinkKind.DROPPED),
            link(List.of(2), List.of(2), LinkKind.ALIGNED),
            link(List.of(), List.of(3), LinkKind.ADDED),
            link(List.of(3), List.of(1), LinkKind.MOVED),
            link(List.of(), List.of(4), LinkKind.ADDED),
            link(List.of(4), List.of(), LinkKind.DROPPED));
    assertThat(findings(r, STRUCTURE))
        .extracting(
            f ->
                f.kind().id()
                    + " "
                    + f.severity().id()
                    + " "
                    + f.source()
                    + f.target()
                    + " "
                    + f.message())
        .containsExactly(
            "dropped warning [1][] Source sentence 1 has no counterpart in the translation",
            "added warning [][3] Translation sentence 3 has no counterpart in the source",
            "moved warning [3][1] Source sentence 3 appears earlier in the translation than in the"
                + " source, as translation sentence 1",
            "boilerplate info [][4] Translation sentence 4 is page furniture (newsroom disclaimer)"
                + " with no source",
            "boilerplate info [4][] Source sentence 4 is page furniture (related-article link),"
                + " not translated");
  }

  @Test
  void mergedAndSplit() {
    Report merged =
        report(
            link(List.of(0, 1), List.of(0), LinkKind.ALIGNED),
            link(List.of(2), List.of(1, 2), LinkKind.ALIGNED),
            link(List.of(3, 4), List.of(3, 4), LinkKind.ALIGNED));
    List<Finding> f = findings(merged, FindingKind.MERGED, FindingKind.SPLIT);
    assertThat(f)
        .extracting(x -> x.kind().id() + " " + x.message())
        .containsExactly(
            "merged 2 source sentences (0–1) are rendered as 1 (translation sentence 0)",
            "split Source sentence 2 is rendered as 2 translation sentences (1–2)");
    assertThat(f).extracting(Finding::severity).containsOnly(Severity.INFO);
  }

  @Test
  void movedLaterWhenItComesAfterItsPlace() {
    Report r =
        report(
            link(List.of(0), List.of(1), LinkKind.MOVED),
            link(List.of(1), List.of(0), LinkKind.ALIGNED));
    Report later =
        report(
            link(List.of(0), List.of(0), LinkKind.ALIGNED),
            link(List.of(1), List.of(3), LinkKind.MOVED),
            link(List.of(2), List.of(1), LinkKind.ALIGNED));
    assertThat(findings(later, FindingKind.MOVED).get(0).message()).contains("appears later");
    assertThat(findings(r, FindingKind.MOVED)).hasSize(1);
  }
}
