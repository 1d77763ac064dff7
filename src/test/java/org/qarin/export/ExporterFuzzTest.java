package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.export.ExportTesting.export;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.testing.FuzzInput;
import org.w3c.dom.Node;

/**
 * Each exporter on a report made of the fuzzer's strings (any characters: markup, lone surrogates,
 * controls, bidi overrides, formulas): the output parses back in its format and carries every text
 * as inert text.
 */
class ExporterFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";

  /** Every element the HTML report itself writes; anything else came from a text. */
  static final Set<String> REPORT_ELEMENTS =
      Set.of(
          "html",
          "head",
          "meta",
          "title",
          "style",
          "body",
          "header",
          "h1",
          "h2",
          "p",
          "bdi",
          "dl",
          "div",
          "dt",
          "dd",
          "small",
          "table",
          "caption",
          "colgroup",
          "col",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "th",
          "td",
          "ul",
          "li",
          "span",
          "a",
          "mark",
          "nav",
          "label",
          "input",
          "fieldset",
          "legend",
          "button",
          "kbd",
          "section",
          "main",
          "script");

  private static Report report(byte[] data) {
    return FuzzReports.of(FuzzInput.fields(data));
  }

  @FuzzTest
  void json(byte[] data) throws IOException {
    Report r = report(data);
    JsonNode root = JSON.readTree(export("json", r));
    assertDocument(root.get("source"), r.alignment().source());
    assertDocument(root.get("target"), r.alignment().target());
    assertThat(root.get("links")).hasSize(r.alignment().links().size());
    JsonNode findings = root.get("findings");
    for (int f = 0; f < r.findings().size(); f++) {
      assertThat(findings.get(f).get("message").textValue())
          .isEqualTo(r.findings().get(f).message());
    }
  }

  @FuzzTest
  void jsonl(byte[] data) throws IOException {
    Report r = report(data);
    Alignment a = r.alignment();
    List<String> lines = ExportTesting.lines(export("jsonl", r));
    assertThat(lines).hasSize(a.links().size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode link = JSON.readTree(lines.get(i));
      Link l = a.links().get(i);
      assertThat(link.get("sourceText").textValue()).isEqualTo(Links.text(a.source(), l.source()));
      assertThat(link.get("targetText").textValue()).isEqualTo(Links.text(a.target(), l.target()));
    }
  }

  @FuzzTest
  void csv(byte[] data) {
    Report r = report(data);
    String csv = export("csv", r);
    assertThat(csv).startsWith("\uFEFF");
    List<List<String>> rows = Rfc4180.parse(csv.substring(1));
    assertRows(r.alignment(), rows.subList(1, rows.size()), false);
  }

  @FuzzTest
  void tsv(byte[] data) {
    Report r = report(data);
    List<List<String>> rows =
        ExportTesting.lines(export("tsv", r)).stream()
            .map(line -> List.of(line.split("\t", -1)))
            .toList();
    assertRows(r.alignment(), rows.subList(1, rows.size()), true);
  }

  @FuzzTest
  void tmx(byte[] data) {
    Report r = report(data);
    String tmx = export("tmx", r);
    org.w3c.dom.Document xml = XmlChecks.parse(tmx);
    assertThat(XmlChecks.problems(tmx, XmlChecks.TMX_SCHEMA)).isEmpty();
    Alignment a = r.alignment();
    List<Link> translated = a.links().stream().filter(Links::translated).toList();
    List<org.w3c.dom.Element> segs = XmlChecks.elements(xml, null, "seg");
    assertThat(segs).hasSize(2 * translated.size());
    for (int k = 0; k < translated.size(); k++) {
      Link l = translated.get(k);
      assertThat(segs.get(2 * k).getTextContent())
          .isEqualTo(Oracles.xml(Links.text(a.source(), l.source())));
      assertThat(segs.get(2 * k + 1).getTextContent())
          .isEqualTo(Oracles.xml(Links.text(a.target(), l.target())));
    }
  }

  @FuzzTest
  void xliff(byte[] data) {
    Report r = report(data);
    String xliff = export("xliff", r);
    org.w3c.dom.Document xml = XmlChecks.parse(xliff);
    assertThat(XmlChecks.problems(xliff, XmlChecks.XLIFF_SCHEMA)).isEmpty();
    Alignment a = r.alignment();
    List<org.w3c.dom.Element> sources = XmlChecks.elements(xml, XLIFF_NS, "source");
    List<org.w3c.dom.Element> targets = XmlChecks.elements(xml, XLIFF_NS, "target");
    assertThat(sources).hasSize(a.links().size());
    for (int i = 0; i < a.links().size(); i++) {
      Link l = a.links().get(i);
      assertThat(text(sources.get(i))).isEqualTo(Oracles.xml(Links.text(a.source(), l.source())));
      assertThat(text(targets.get(i))).isEqualTo(Oracles.xml(Links.text(a.target(), l.target())));
    }
  }

  @FuzzTest
  void html(byte[] data) throws IOException {
    Report r = report(data);
    StringWriter w = new StringWriter();
    new HtmlReportExporter().write(r, w);
    org.jsoup.nodes.Document page = Jsoup.parse(w.toString());
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).isEqualTo(ReportAssets.JS);
    for (Element e : page.getAllElements()) {
      if (e != page) {
        assertThat(REPORT_ELEMENTS).as("element from a text").contains(e.normalName());
      }
      for (Attribute attribute : e.attributes()) {
        assertThat(attribute.getKey()).as("event handler from a text").doesNotStartWith("on");
      }
    }
    assertSentences(page, "td.src", r.alignment().source(), r.alignment());
    assertSentences(page, "td.tgt", r.alignment().target(), r.alignment());
  }

  private static String text(Node n) {
    return n == null ? "" : n.getTextContent();
  }

  private static void assertDocument(JsonNode node, Document d) {
    assertThat(node.get("name").textValue()).isEqualTo(d.name());
    assertThat(node.get("text").textValue()).isEqualTo(d.text());
    JsonNode sentences = node.get("sentences");
    assertThat(sentences).hasSize(d.size());
    for (Sentence s : d.sentences()) {
      assertThat(sentences.get(s.index()).get("text").textValue()).isEqualTo(s.text());
    }
  }

  /**
   * The rows of CSV or TSV: eight cells each, the texts as the file's format can carry them, and a
   * leading {@code '} exactly where a spreadsheet would otherwise see a formula.
   */
  private static void assertRows(Alignment a, List<List<String>> rows, boolean tsv) {
    assertThat(rows).hasSize(a.links().size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      Link l = a.links().get(i);
      assertThat(row).hasSize(DelimitedExporter.COLUMNS.size());
      assertThat(row.get(5)).isEqualTo(Oracles.cell(Links.text(a.source(), l.source()), tsv));
      assertThat(row.get(6)).isEqualTo(Oracles.cell(Links.text(a.target(), l.target()), tsv));
      assertThat(Oracles.formula(row.get(7))).as(row.get(7)).isFalse();
    }
  }

  /** Each sentence's text in the page is exactly its text, as HTML carries it. */
  private static void assertSentences(
      org.jsoup.nodes.Document page, String cells, Document d, Alignment a) {
    List<Element> rows = page.select("tbody tr[id^=link-]");
    assertThat(rows).hasSize(a.links().size());
    for (int r = 0; r < rows.size(); r++) {
      Link l = a.links().get(r);
      List<Integer> indices = cells.equals("td.src") ? l.source() : l.target();
      List<Element> texts = rows.get(r).select(cells + " .s .t");
      assertThat(texts).hasSize(indices.size());
      for (int k = 0; k < indices.size(); k++) {
        String expected = Oracles.html(d.sentence(indices.get(k)).text());
        assertThat(Oracles.lineEnds(texts.get(k).wholeText()))
            .isEqualTo(Oracles.lineEnds(expected));
      }
    }
  }
}
