package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qarin.export.ExportTesting.export;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qarin.model.Alignment;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XliffExporterTest {
  private static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

  static List<Report> samples() {
    return List.of(
        SampleReports.corpusSample(),
        SampleReports.hostile(),
        TestReports.allAligned(SampleReports.hostile()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void validAgainstTheXliffCoreSchema(Report r) {
    assertThat(XmlChecks.problems(export("xliff", r), XmlChecks.XLIFF_SCHEMA)).isEmpty();
  }

  @Test
  void schemaCheckCanFail() {
    String good = export("xliff", SampleReports.corpusSample());
    // notes after the segment, a state the schema does not know, a unit without an id
    String notesLate =
        good.replaceFirst("(?s)(<notes>.*?</notes>)\\s*(<segment.*?</segment>)", "$2$1");
    assertThat(XmlChecks.problems(notesLate, XmlChecks.XLIFF_SCHEMA)).isNotEmpty();
    String badState = good.replaceFirst("state=\"translated\"", "state=\"aligned\"");
    assertThat(XmlChecks.problems(badState, XmlChecks.XLIFF_SCHEMA)).isNotEmpty();
    String noId = good.replaceFirst("<unit id=\"u0\">", "<unit>");
    assertThat(XmlChecks.problems(noId, XmlChecks.XLIFF_SCHEMA)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void oneUnitPerLinkReadsBack(Report r) {
    Alignment a = r.alignment();
    Document d = XmlChecks.parse(export("xliff", r));
    Element root = d.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(NS);
    assertThat(root.getAttribute("version")).isEqualTo("2.0");
    assertThat(root.getAttribute("srcLang")).isEqualTo(a.source().language().code());
    assertThat(root.getAttribute("trgLang")).isEqualTo(a.target().language().code());
    List<Element> files = XmlChecks.elements(d, NS, "file");
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getAttribute("id")).isEqualTo("f1");
    assertThat(files.get(0).getAttribute("original")).isEqualTo(a.source().name());
    List<Element> units = XmlChecks.elements(d, NS, "unit");
    assertThat(units).hasSize(a.links().size());
    for (int i = 0; i < units.size(); i++) {
      checkUnit(units.get(i), i, a);
    }
  }

  @Test
  void oneSidedLinksAreInitialWithAnEmptySide() {
    Report r = SampleReports.hostile();
    String xliff = export("xliff", r);
    List<Element> units = XmlChecks.elements(XmlChecks.parse(xliff), NS, "unit");
    Element dropped = segment(units.get(2));
    assertThat(dropped.getAttribute("state")).isEqualTo("initial");
    assertThat(child(dropped, "target").getTextContent()).isEmpty();
    Element added = segment(units.get(3));
    assertThat(added.getAttribute("state")).isEqualTo("initial");
    assertThat(child(added, "source").getTextContent()).isEmpty();
    assertThat(xliff).contains("<target/>", "<source/>");
  }

  /** A compilation's other sections and the source left out are no translation work: no units. */
  @Test
  void aPartialRenderingKeepsOnlyWhatTheTranslationRenders() {
    Report r = SampleReports.compilation();
    List<Element> units = XmlChecks.elements(XmlChecks.parse(export("xliff", r)), NS, "unit");
    // the section's heading (added) and its three aligned links, with their link indices
    assertThat(units).extracting(u -> u.getAttribute("id")).containsExactly("u5", "u6", "u7", "u8");
    assertThat(child(segment(units.get(1)), "target").getTextContent())
        .isEqualTo(r.alignment().target().sentence(5).text());
  }

  @Test
  void hostileTextIsEscapedAndCleaned() {
    Report r = SampleReports.hostile();
    String xliff = export("xliff", r);
    assertThat(xliff)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "]]&gt;", "\u202E")
        .doesNotContain("<script", "CDATA", "\u0001", "\u0008", "\u001B", "\uFFFE", "\uD800");
    List<Element> units = XmlChecks.elements(XmlChecks.parse(xliff), NS, "unit");
    assertThat(child(segment(units.get(0)), "source").getTextContent())
        .isEqualTo(r.alignment().source().sentence(0).text());
    assertThat(child(segment(units.get(3)), "target").getTextContent())
        .isEqualTo("Control  chars,  and  lone surrogate ]]> &lt;");
  }

  @Test
  void refusesAnAlignmentWithoutLinks() {
    Report r = SampleReports.hostile();
    Alignment empty = new Alignment(r.alignment().source(), r.alignment().target(), List.of());
    Report none = new Report(empty, List.of(), List.of(), r.summary());
    assertThatThrownBy(() -> export("xliff", none)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whiteSpaceInsideASentenceSurvives() {
    String text = "a\nb\r\nc  d\te";
    Report r = TestReports.lines(List.of(text), List.of("x"), List.of());
    Document d = XmlChecks.parse(export("xliff", r));
    assertThat(XmlChecks.elements(d, NS, "source").get(0).getTextContent()).isEqualTo(text);
  }

  private static void checkUnit(Element unit, int index, Alignment a) {
    Link l = a.links().get(index);
    assertThat(unit.getAttribute("id")).isEqualTo("u" + index);
    List<Element> notes = XmlChecks.children(child(unit, "notes"), "note");
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).getAttribute("category")).isEqualTo("qarin-kind");
    assertThat(notes.get(0).getTextContent()).isEqualTo(l.kind().id());
    assertThat(notes.get(1).getAttribute("category")).isEqualTo("qarin-score");
    assertThat(notes.get(1).getTextContent()).isEqualTo(Links.decimal(l.score()));
    Element segment = segment(unit);
    assertThat(segment.getAttribute("state")).isEqualTo(l.oneSided() ? "initial" : "translated");
    assertThat(child(segment, "source").getTextContent())
        .isEqualTo(xmlText(Links.text(a.source(), l.source())));
    assertThat(child(segment, "target").getTextContent())
        .isEqualTo(xmlText(Links.text(a.target(), l.target())));
  }

  private static Element segment(Element unit) {
    return child(unit, "segment");
  }

  private static Element child(Element parent, String name) {
    List<Element> children = XmlChecks.children(parent, name);
    assertThat(children).hasSize(1);
    return children.get(0);
  }

  /** The text XML can carry: without the characters XML 1.0 forbids. */
  private static String xmlText(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF\\p{Cs}]", "");
  }
}
