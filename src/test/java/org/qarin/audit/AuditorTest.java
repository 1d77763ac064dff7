package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qarin.audit.AuditTesting.audit;
import static org.qarin.audit.AuditTesting.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Span;
import org.qarin.model.WordGaps;

class AuditorTest {
  private static Alignment sample() {
    return new Alignment(
        doc(
            Language.AR,
            "أعلن المجلس عن خطة جديدة لشبكة المياه.",
            "وحضر المؤتمر عدد من وجهاء المدينة.",
            "وتبلغ كلفة المرحلة الأولى 40 مليون دولار."),
        doc(
            Language.EN,
            "The council announced a new plan for the water network, a surprise.",
            "The first phase costs 45 million dollars."),
        List.of(
            Link.aligned(List.of(0), List.of(0), 0.8),
            new Link(List.of(1), List.of(), LinkKind.DROPPED, 1.0),
            Link.aligned(List.of(2), List.of(1), 0.6)));
  }

  private static List<String> texts(Report r, List<Span> spans, boolean source) {
    String text = (source ? r.alignment().source() : r.alignment().target()).text();
    return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void wordGapsAreTheWordsNothingOnTheOtherSideRenders() {
    Report r = audit(sample());
    WordGaps first = r.gaps().stream().filter(g -> g.link() == 0).findFirst().orElseThrow();
    assertThat(texts(r, first.target(), false)).containsExactly("surprise");
    assertThat(texts(r, first.source(), true)).isEmpty();
    assertThat(r.gaps()).noneMatch(g -> g.link() == 1); // one-sided links have no gaps
  }

  @Test
  void summaryFigures() {
    Report r = audit(sample());
    // source content words: 5 in sentence 0 (all rendered), 5 in the dropped sentence 1, and in
    // sentence 2 كلفة المرحلة الأولى 40 مليون دولار (40 is not rendered)
    assertThat(r.summary().sourceSentences()).isEqualTo(3);
    assertThat(r.summary().targetSentences()).isEqualTo(2);
    assertThat(r.summary().sentenceCoverage()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.summary().meanScore()).isCloseTo(0.7, within(1e-9));
    assertThat(r.summary().coverage()).isGreaterThan(0.4).isLessThan(0.75);
    assertThat(r.summary().counts())
        .containsEntry(FindingKind.DROPPED, 1)
        .containsEntry(FindingKind.NUMBER_CHANGED, 1);
    assertThat(new ArrayList<>(r.summary().counts().keySet())).isSorted();
  }

  @Test
  void aDroppedSentenceCountsAsNotRendered() {
    Alignment all = sample();
    Alignment none =
        new Alignment(
            all.source(),
            all.target(),
            List.of(
                new Link(List.of(0, 1, 2), List.of(), LinkKind.DROPPED, 1.0),
                new Link(List.of(), List.of(0, 1), LinkKind.ADDED, 1.0)));
    assertThat(audit(none).summary().coverage()).isZero();
    assertThat(audit(none).summary().meanScore()).isZero();
  }

  @Test
  void findingsAreSortedBySourceThenTargetThenKind() {
    List<Finding> f = audit(sample()).findings();
    assertThat(f)
        .extracting(Finding::kind)
        .containsExactly(FindingKind.DROPPED, FindingKind.NUMBER_CHANGED);
  }

  @Test
  void sameAlignmentSameReportFromManyThreads() throws Exception {
    Auditor auditor = new Auditor(Lexicon.bundled());
    Report expected = auditor.audit(sample());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> runs = new ArrayList<>();
      for (int k = 0; k < 16; k++) {
        runs.add(pool.submit(() -> auditor.audit(sample())));
      }
      for (Future<Report> run : runs) {
        Report r = run.get();
        assertThat(r.findings()).isEqualTo(expected.findings());
        assertThat(r.gaps()).isEqualTo(expected.gaps());
        assertThat(r.summary()).isEqualTo(expected.summary());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
