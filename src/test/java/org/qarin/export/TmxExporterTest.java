package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qarin.export.ExportTesting.export;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qarin.model.Alignment;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Version;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TmxExporterTest {
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  static List<Report> samples() {
    return List.of(
        SampleReports.corpusSample(),
        SampleReports.hostile(),
        TestReports.allAligned(SampleReports.hostile()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void validAgainstTheTmxSchema(Report r) {
    assertThat(XmlChecks.problems(export("tmx", r), XmlChecks.TMX_SCHEMA)).isEmpty();
  }

  @Test
  void schemaCheckCanFail() {
    String tmx = export("tmx", SampleReports.corpusSample()).replaceFirst(" xml:lang=\"en\"", "");
    assertThat(XmlChecks.problems(tmx, XmlChecks.TMX_SCHEMA)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void okapiReadsOneUnitPerTranslatedLink(Report r) {
    Alignment a = r.alignment();
    List<Link> expected = translated(a);
    List<ITextUnit> units = okapiUnits(export("tmx", r));
    assertThat(units).hasSize(expected.size());
    LocaleId en = LocaleId.fromString("en");
    for (int i = 0; i < units.size(); i++) {
      ITextUnit tu = units.get(i);
      Link l = expected.get(i);
      assertThat(tu.getSource().getUnSegmentedContentCopy().getText())
          .isEqualTo(xmlText(Links.text(a.source(), l.source())));
      assertThat(tu.getTargetLocales()).containsExactly(en);
      assertThat(tu.getTarget(en).getUnSegmentedContentCopy().getText())
          .isEqualTo(xmlText(Links.text(a.target(), l.target())));
      assertThat(tu.getProperty("x-kind").getValue()).isEqualTo(l.kind().id());
      assertThat(tu.getProperty("x-score").getValue()).isEqualTo(Links.decimal(l.score()));
    }
  }

  @Test
  void corpusKeepsAlignedAndMovedLinksOnly() {
    Report r = SampleReports.corpusSample();
    Document d = XmlChecks.parse(export("tmx", r));
    List<Element> tus = XmlChecks.elements(d, null, "tu");
    long dropped = r.alignment().links().stream().filter(Link::oneSided).count();
    assertThat(dropped).isPositive();
    assertThat(tus).hasSize(r.alignment().links().size() - (int) dropped);
    List<String> kinds = new ArrayList<>();
    tus.forEach(tu -> kinds.add(XmlChecks.children(tu, "prop").get(0).getTextContent()));
    assertThat(kinds).contains("aligned", "moved").doesNotContain("dropped", "added");
    for (Element tu : tus) {
      List<Element> tuvs = XmlChecks.children(tu, "tuv");
      assertThat(tuvs).hasSize(2);
      assertThat(tuvs.get(0).getAttributeNS(XML_NS, "lang")).isEqualTo("ar");
      assertThat(tuvs.get(1).getAttributeNS(XML_NS, "lang")).isEqualTo("en");
    }
  }

  @Test
  void headerIsFixed() {
    String tmx = export("tmx", SampleReports.corpusSample());
    assertThat(tmx)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    Element header = XmlChecks.elements(XmlChecks.parse(tmx), null, "header").get(0);
    assertThat(header.getAttribute("creationtool")).isEqualTo("qarin");
    assertThat(header.getAttribute("creationtoolversion")).isEqualTo(Version.get());
    assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
    assertThat(header.getAttribute("o-tmf")).isEqualTo("qarin");
    assertThat(header.getAttribute("adminlang")).isEqualTo("en");
    assertThat(header.getAttribute("srclang")).isEqualTo("ar");
    assertThat(header.getAttribute("datatype")).isEqualTo("plaintext");
    assertThat(header.hasAttribute("creationdate")).isFalse();
  }

  @Test
  void hostileTextIsEscapedAndCleaned() {
    Report r = TestReports.allAligned(SampleReports.hostile());
    String tmx = export("tmx", r);
    assertThat(tmx)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script", "<b>", "CDATA", "\u0001", "\u0008", "\u001B", "\uFFFE", "\uD800")
        .contains("\u202E");
    List<Element> segs = XmlChecks.elements(XmlChecks.parse(tmx), null, "seg");
    assertThat(segs.get(1).getTextContent()).isEqualTo(r.alignment().target().sentence(0).text());
    assertThat(segs.get(5).getTextContent())
        .isEqualTo("Control  chars,  and  lone surrogate ]]> &lt;");
  }

  @Test
  void whiteSpaceInsideASentenceSurvives() {
    String text = "a\nb\r\nc  d\te";
    Report r = TestReports.lines(List.of(text), List.of("x"), List.of());
    ITextUnit tu = okapiUnits(export("tmx", r)).get(0);
    assertThat(tu.getSource().getUnSegmentedContentCopy().getText()).isEqualTo(text);
  }

  private static List<Link> translated(Alignment a) {
    return a.links().stream()
        .filter(l -> l.kind() == LinkKind.ALIGNED || l.kind() == LinkKind.MOVED)
        .toList();
  }

  /** The text XML can carry: without the characters XML 1.0 forbids. */
  private static String xmlText(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF\\p{Cs}]", "");
  }

  private static List<ITextUnit> okapiUnits(String tmx) {
    List<ITextUnit> units = new ArrayList<>();
    try (TmxFilter filter = new TmxFilter();
        RawDocument doc =
            new RawDocument(tmx, LocaleId.fromString("ar"), LocaleId.fromString("en"))) {
      filter.open(doc);
      while (filter.hasNext()) {
        Event e = filter.next();
        if (e.isTextUnit()) {
          units.add(e.getTextUnit());
        }
      }
    }
    return units;
  }
}
