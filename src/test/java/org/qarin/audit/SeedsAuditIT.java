package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.qarin.Qarin;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Rendering;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Severity;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;

/**
 * The real case behind the project: Enab Baladi's Arabic article on the Salvation Government's
 * message to Russia (seed 004) against The Syrian Observer's edited English compilation (seed 000),
 * from the shared seeds folder; skipped where that folder is absent.
 */
class SeedsAuditIT {
  private static final Path SEEDS = Path.of("../shared/seeds");
  private static final String ARABIC = "004_3861e5e1ac816081.txt";
  private static final String ENGLISH = "000_b2979d9f68ccebc8.txt";

  private static Report audit() {
    return audit(Rendering.Choice.AUTO);
  }

  private static Report audit(Rendering.Choice rendering) {
    return audit(ENGLISH, rendering);
  }

  private static Report audit(String english, Rendering.Choice rendering) {
    assumeTrue(
        Files.isRegularFile(SEEDS.resolve(ARABIC)) && Files.isRegularFile(SEEDS.resolve(english)),
        "no ../shared/seeds here");
    return Qarin.audit(
        DocumentReader.read(SEEDS.resolve(ARABIC), ReadOptions.defaults()),
        DocumentReader.read(SEEDS.resolve(english), ReadOptions.defaults()),
        QarinOptions.defaults().withRendering(rendering));
  }

  @Test
  void pageFurnitureIsBoilerplate() throws IOException {
    // audited as whole, so that every sentence has its own finding: here furniture is boilerplate
    Report r = audit(Rendering.Choice.WHOLE);
    Set<Integer> arabic = furniture(r, true);
    Set<Integer> english = furniture(r, false);
    Document ar = r.alignment().source();
    Document en = r.alignment().target();
    List<Integer> captions = indices(ar, "(عنب بلدي");
    assertThat(captions).hasSize(2); // the duplicated photo caption
    assertThat(arabic).containsAll(captions);
    assertThat(arabic).containsAll(indices(ar, "مقالات متعلقة"));
    assertThat(arabic).containsAll(indices(ar, "ما القوى العسكرية المشاركة"));
    assertThat(arabic).containsAll(indices(ar, "وفد \"أستانة\""));
    assertThat(arabic).containsAll(indices(ar, "ما أسباب عملية"));
    assertThat(arabic).containsAll(indices(ar, "تخريج 180 مقاتلًا"));
    assertThat(arabic).contains(ar.size() - 2, ar.size() - 1); // سوريا, المزيد من سوريا
    assertThat(ar.sentence(ar.size() - 2).text()).isEqualTo("سوريا");
    List<Integer> disclaimer = indices(en, "This article was translated and edited");
    disclaimer.addAll(indices(en, "has not verified the content"));
    disclaimer.addAll(indices(en, "Responsibility for the information"));
    assertThat(disclaimer).hasSize(3);
    assertThat(english).containsAll(disclaimer);
    assertThat(r.findings())
        .filteredOn(f -> f.kind() == FindingKind.BOILERPLATE)
        .extracting(Finding::severity)
        .containsOnly(org.qarin.model.Severity.INFO);
    printRussiaSection(r);
  }

  /**
   * Issue 13: the section "Reaching Out to Russia" renders the article reordered and merged; each
   * of its five renderings sits in one link, no link holds a sentence that renders nothing in it,
   * and every other sentence of both sides is unmatched or page furniture.
   */
  @Test
  void theFiveRenderingsOfTheRussiaSectionAreLinkedAndNothingElse() {
    Report r = audit();
    Document ar = r.alignment().source();
    Document en = r.alignment().target();
    String[][] renderings = {
      {"لم تكن يومًا ضد أي دولة أو شعب", "not against any nation or people"},
      {"دعت روسيا إلى عدم ربط المصالح", "urged Russia to rethink its alignment"},
      {"الاحترام المتبادل والمصالح المشتركة", "mutual respect and positive relations"},
      {"لتحرير الشعب السوري من العبودية", "founded on freedom and dignity"},
      {"شريكًا محتملًا", "expressed hope for Russia"},
    };
    Set<Integer> rendering = new TreeSet<>();
    Set<Integer> rendered = new TreeSet<>();
    for (String[] pair : renderings) {
      int i = only(indices(ar, pair[0]));
      int j = only(indices(en, pair[1]));
      assertThat(linkOf(r, j).source()).as(pair[1] + " is linked with " + pair[0]).contains(i);
      rendering.add(i);
      rendered.add(j);
    }
    printRussiaSection(r);
    for (Link l : r.alignment().links()) {
      if (!l.oneSided()) {
        assertThat(rendering)
            .as("link " + l.format() + " holds only renderings")
            .containsAll(l.source());
        assertThat(rendered)
            .as("link " + l.format() + " holds only renderings")
            .containsAll(l.target());
      }
    }
  }

  /**
   * Issue 17: the compilation renders the article in its section "Reaching Out to Russia" only. The
   * audit says so, reports the other sections and the rest of the article once per stretch, and
   * leaves at most three warnings.
   */
  @Test
  void theCompilationRendersTheArticleInItsRussiaSectionOnly() {
    Report r = audit();
    Document en = r.alignment().target();
    int heading = only(indices(en, "Reaching Out to Russia"));
    int next = only(indices(en, "The Battle for Aleppo"));
    Rendering rendering = r.summary().rendering();
    assertThat(rendering.shape()).isEqualTo(Rendering.Shape.PARTIAL);
    assertThat(rendering.target())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.from()).isBetween(heading, heading + 1);
              assertThat(s.to()).isEqualTo(next - 1);
            });
    assertThat(rendering.target().get(0).heading())
        .contains("Reaching Out to Russia: A Vision for Cooperation");
    assertThat(r.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .hasSizeLessThanOrEqualTo(3);
    assertThat(r.findings())
        .filteredOn(f -> f.kind() == FindingKind.OTHER_CONTENT)
        .extracting(Finding::target)
        .containsExactly(range(0, heading - 1), range(next, en.size() - 1));
  }

  /**
   * MENAFN (seed 001) sums the Arabic article up in one sentence among reports of other events; no
   * sentence of it translates one of the article's. Nothing is linked and nothing is a warning
   * (issue 17 asks for the sentence as a summary of the passage: not done, docs/evaluation.md).
   */
  @Test
  void anArticleThatOnlySumsTheSourceUpRaisesNoAlarm() {
    Report r = audit("001_86d2b64cdde8aec0.txt", Rendering.Choice.AUTO);
    assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(r.summary().rendering().shape()).isEqualTo(Rendering.Shape.NONE);
  }

  private static List<Integer> range(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
  }

  private static int only(List<Integer> indices) {
    assertThat(indices).hasSize(1);
    return indices.get(0);
  }

  /** Which Arabic sentences the English "Reaching Out to Russia" section is linked to. */
  private static void printRussiaSection(Report r) {
    Document en = r.alignment().target();
    int from = indices(en, "Reaching Out to Russia").get(0);
    int to = indices(en, "The Battle for Aleppo").get(0);
    StringBuilder sb = new StringBuilder("Reaching Out to Russia, English sentence -> link:\n");
    for (int j = from; j < to; j++) {
      Link link = linkOf(r, j);
      sb.append("  en ")
          .append(j)
          .append(" ")
          .append(link.format())
          .append(' ')
          .append(link.kind().id())
          .append(": ")
          .append(clip(en.sentence(j).text()))
          .append('\n');
      for (int i : link.source()) {
        sb.append("      ar ")
            .append(i)
            .append(": ")
            .append(clip(r.alignment().source().sentence(i).text()))
            .append('\n');
      }
    }
    System.out.print(sb);
  }

  private static Link linkOf(Report r, int target) {
    return r.alignment().links().stream()
        .filter(l -> l.target().contains(target))
        .findFirst()
        .orElseThrow();
  }

  private static String clip(String s) {
    return s.length() <= 90 ? s : s.substring(0, 90) + "…";
  }

  private static Set<Integer> furniture(Report r, boolean source) {
    Set<Integer> out = new TreeSet<>();
    for (Finding f : r.findings()) {
      if (f.kind() == FindingKind.BOILERPLATE) {
        out.addAll(source ? f.source() : f.target());
      }
    }
    return out;
  }

  private static List<Integer> indices(Document d, String fragment) {
    return new java.util.ArrayList<>(
        d.sentences().stream()
            .filter(s -> s.text().contains(fragment))
            .map(Sentence::index)
            .toList());
  }
}
