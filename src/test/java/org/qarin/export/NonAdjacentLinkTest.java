package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Summary;

/**
 * Issue 13: a compilation reorders and merges, so a link may hold sentences that are not neighbours
 * ({@code [0, 2]:[1, 3]}). Every export shows it as one unit of exactly those sentences, in order,
 * and every other sentence once elsewhere.
 */
class NonAdjacentLinkTest {
  private static Report report() {
    Report lines =
        TestReports.lines(
            List.of("ألف.", "باء.", "جيم."),
            List.of("Alpha.", "Beta.", "Gamma.", "Delta."),
            List.of());
    Alignment a = lines.alignment();
    List<Link> links =
        List.of(
            new Link(List.of(0, 2), List.of(1, 3), LinkKind.MOVED, 0.6),
            new Link(List.of(1), List.of(), LinkKind.DROPPED, 1),
            new Link(List.of(), List.of(0), LinkKind.ADDED, 1),
            new Link(List.of(), List.of(2), LinkKind.ADDED, 1));
    return new Report(
        new Alignment(a.source(), a.target(), links),
        List.of(),
        List.of(),
        new Summary(3, 4, 0.5, 0.67, 0.6, Map.of()));
  }

  @Test
  void tmxHoldsTheLinksSentencesJoinedAndNothingElse() {
    String tmx = ExportTesting.export("tmx", report());
    assertThat(tmx).contains("<seg>ألف. جيم.</seg>").contains("<seg>Beta. Delta.</seg>");
    assertThat(tmx).doesNotContain("باء.").doesNotContain("Alpha.").doesNotContain("Gamma.");
  }

  @Test
  void xliffHasOneUnitForTheLink() {
    String xlf = ExportTesting.export("xliff", report());
    assertThat(xlf).contains("ألف. جيم.").contains("Beta. Delta.");
    assertThat(xlf.split("<unit ", -1)).hasSize(5); // the link, one dropped and two added
  }

  @Test
  void theReportRowListsEachSentenceWithItsIndex() throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReportExporter().write(report(), w);
    String html = w.toString();
    String row =
        html.substring(
            html.indexOf("<tr id=\"link-0\""),
            html.indexOf("</tr>", html.indexOf("<tr id=\"link-0\"")));
    String source =
        row.substring(row.indexOf("<td class=\"src\""), row.indexOf("<td class=\"tgt\""));
    String target = row.substring(row.indexOf("<td class=\"tgt\""));
    assertThat(source)
        .contains("title=\"sentence 0\"", "title=\"sentence 2\"", "ألف.", "جيم.")
        .doesNotContain("باء.");
    assertThat(target)
        .contains("title=\"sentence 1\"", "title=\"sentence 3\"", "Beta.", "Delta.")
        .doesNotContain("Gamma.");
  }

  @Test
  void linksFormatKeepsBothSidesAsGiven() {
    assertThat(report().alignment().links().get(0).format()).isEqualTo("[0, 2]:[1, 3]");
  }
}
