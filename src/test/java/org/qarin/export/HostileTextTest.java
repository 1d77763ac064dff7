package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qarin.Qarin;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Summary;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.Format;

/**
 * Hostile text through the real pipeline (read, segment, align) and out through every format:
 * markup, a closing {@code </td>}, entities, {@code ]]>}, characters XML cannot carry, a bidi
 * override, spreadsheet formulas and a 100,000-character word all come out inert.
 */
class HostileTextTest {
  private static final String LONG_ARABIC = "كلمة" + "ب".repeat(100_000);
  private static final String LONG_ENGLISH = "word" + "x".repeat(100_000);
  private static final String ARABIC =
      "قال المتحدث <script>alert(1)</script> إن الاجتماع انتهى.\n\n"
          + "=HYPERLINK(\"http://x\",\"y\") انقر هنا للمزيد.\n\n"
          + "+1 زيادة في العدد. -1 نقص في العدد. @SUM(A1:A9) مجموع الأرقام.\n\n"
          + "نص \u202Eمعكوس\u202C و]]> و&amp; و&lt; و</td></tr> في الجدول.\n\n"
          + "تحكم \u0001 و\u000B و\uFFFE و\uD800 وحيد.\n\n"
          + LONG_ARABIC
          + " نهاية.\n";
  private static final String ENGLISH =
      "The spokesman said <script>alert(1)</script> that the meeting ended.\n\n"
          + "=HYPERLINK(\"http://x\",\"y\") click here for more.\n\n"
          + "+1 more in the count. -1 less in the count. @SUM(A1:A9) the sum of the numbers.\n\n"
          + "Text \u202Ereversed\u202C and ]]> and &amp; and &lt; and </td></tr> in the table.\n\n"
          + "Control \u0001 and \u000B and \uFFFE and \uD800 alone.\n\n"
          + LONG_ENGLISH
          + " end.\n";

  private static Report report;

  @BeforeAll
  static void alignHostileTexts() {
    Alignment a =
        Qarin.align(
            DocumentReader.of("hostile <b>ar</b>.txt", ARABIC, Format.TEXT),
            DocumentReader.of("hostile=\"en\".txt", ENGLISH, Format.TEXT),
            QarinOptions.defaults());
    report = new Report(a, List.of(), List.of(), summary(a));
  }

  @Test
  void htmlShowsEveryTextAsTextAndRunsOnlyItsOwnScript() throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReportExporter().write(report, w);
    org.jsoup.nodes.Document page = Jsoup.parse(w.toString());
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).isEqualTo(ReportAssets.JS);
    for (Element e : page.getAllElements()) {
      assertThat(e == page || ExporterFuzzTest.REPORT_ELEMENTS.contains(e.normalName()))
          .as(e.normalName())
          .isTrue();
      for (Attribute attribute : e.attributes()) {
        assertThat(attribute.getKey()).doesNotStartWith("on");
      }
    }
    List<Element> rows = page.select("tbody tr[id^=link-]");
    assertThat(rows).hasSize(report.alignment().links().size());
    rows.forEach(row -> assertThat(row.children()).hasSize(4)); // </td> closed no cell
    List<String> texts = page.select(".s .t").eachText();
    assertThat(String.join("\n", texts))
        .contains("<script>alert(1)</script>", "</td></tr>", "&amp;", "&lt;", "]]>", LONG_ENGLISH);
    for (Element text : page.select(".s .t")) {
      // each sentence is isolated: a U+202E inside cannot reorder the page around it
      assertThat(text.attr("dir")).isIn("rtl", "ltr");
    }
  }

  @Test
  void tmxAndXliffAreValidXmlThatCarryTheTexts() {
    for (String format : List.of("tmx", "xliff")) {
      String xml = ExportTesting.export(format, report);
      org.w3c.dom.Document parsed = XmlChecks.parse(xml);
      String schema = format.equals("tmx") ? XmlChecks.TMX_SCHEMA : XmlChecks.XLIFF_SCHEMA;
      assertThat(XmlChecks.problems(xml, schema)).as(format).isEmpty();
      assertThat(parsed.getDocumentElement().getTextContent())
          .contains(
              "<script>alert(1)</script>", "]]>", "&amp;", "</td></tr>", "\u202E", LONG_ARABIC)
          .doesNotContain("\u0001", "\u000B", "\uFFFE", "\uD800");
    }
  }

  @Test
  void csvAndTsvCellsNeverStartAFormula() {
    String csv = ExportTesting.export("csv", report);
    List<List<String>> csvRows = Rfc4180.parse(csv.substring(1));
    List<List<String>> tsvRows = new ArrayList<>();
    for (String line : ExportTesting.lines(ExportTesting.export("tsv", report))) {
      tsvRows.add(List.of(line.split("\t", -1)));
    }
    for (List<List<String>> rows : List.of(csvRows, tsvRows)) {
      List<String> cells = rows.stream().flatMap(List::stream).toList();
      assertThat(cells).noneMatch(Oracles::formula);
      String all = String.join("\n", cells);
      assertThat(all).contains("=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1:A9)");
      assertThat(cells).anyMatch(c -> c.startsWith("'=HYPERLINK"));
    }
  }

  @Test
  void jsonAndJsonLinesParseBackToTheExactTexts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(ExportTesting.export("json", report));
    Alignment a = report.alignment();
    assertThat(root.at("/source/text").textValue()).isEqualTo(a.source().text());
    assertThat(root.at("/target/text").textValue()).isEqualTo(a.target().text());
    assertThat(root.at("/source/name").textValue()).isEqualTo("hostile <b>ar</b>.txt");
    for (String line : ExportTesting.lines(ExportTesting.export("jsonl", report))) {
      assertThat(json.readTree(line).get("kind").textValue()).isNotEmpty();
    }
  }

  @Test
  void theHostileSentencesReachTheAlignment() {
    Document source = report.alignment().source();
    assertThat(source.sentences())
        .extracting(Sentence::text)
        .anyMatch(t -> t.startsWith("=HYPERLINK"));
    assertThat(source.sentences())
        .extracting(Sentence::text)
        .anyMatch(t -> t.contains(LONG_ARABIC));
  }

  private static Summary summary(Alignment a) {
    long twoSided = a.links().stream().filter(l -> !l.oneSided()).count();
    double mean =
        a.links().stream().filter(l -> !l.oneSided()).mapToDouble(Link::score).average().orElse(0);
    return new Summary(
        a.source().size(),
        a.target().size(),
        0,
        (double) twoSided / a.links().size(),
        mean,
        new EnumMap<>(FindingKind.class));
  }
}
