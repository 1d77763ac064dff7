package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Report;
import org.qarin.model.Severity;
import org.qarin.model.Summary;
import org.qarin.model.Version;

class HtmlReportExporterTest {
  private static final Report CORPUS = SampleReports.corpusSample();
  private static final Report HOSTILE = SampleReports.hostile();

  @Test
  void oneRowPerLinkInAlignmentOrder() {
    for (Report r : List.of(CORPUS, HOSTILE, HtmlTestReports.payload())) {
      Elements rows = rows(r);
      assertThat(rows).hasSize(r.alignment().links().size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).id()).isEqualTo("link-" + i);
        // A </td> in the input must not add or close cells: link, source, target, findings.
        assertThat(rows.get(i).children()).hasSize(4);
        assertThat(rows.get(i).selectFirst("th[scope=row] .kind").text())
            .isEqualTo(r.alignment().links().get(i).kind().id());
      }
    }
  }

  @Test
  void theShapeOfTheRenderingIsOneSentenceAboveTheTable() {
    Document partial = Jsoup.parse(html(SampleReports.compilation()));
    Element sentence = partial.selectFirst("header p.rendering");
    assertThat(sentence.text())
        .isEqualTo(
            "The translation renders source sentences 1–3 of 6 in its section '"
                + SampleReports.SECTION
                + "' (target sentences 4–7); the rest of the translation renders other sources.");
    assertThat(sentence.select("b")).isEmpty(); // the heading's markup is text
    assertThat(Jsoup.parse(html(CORPUS)).selectFirst("header p.rendering").text())
        .isEqualTo("The translation renders the source as a whole.");
  }

  @Test
  void whatLiesOutsideAPartialRenderingIsOneFoldedRowPerRunAfterTheRenderedStretch() {
    Report r = SampleReports.compilation();
    Elements rows = Jsoup.parse(html(r)).select("#alignment > tbody > tr");
    // the heading, the three links of the section, then the four runs outside
    assertThat(rows.eachAttr("id"))
        .containsExactly(
            "link-5",
            "link-6",
            "link-7",
            "link-8",
            "outside-0",
            "outside-1",
            "outside-2",
            "outside-3");
    Elements outside = rows.select("tr.k-outside");
    assertThat(outside.eachAttr("data-kinds"))
        .containsExactly("not-included", "other-content", "other-content", "not-included");
    Element other = outside.get(1);
    assertThat(other.children()).hasSize(4);
    assertThat(other.selectFirst("td.tgt details").hasAttr("open")).isFalse();
    assertThat(other.selectFirst("td.tgt details summary").text())
        .isEqualTo("Show the 4 sentences");
    assertThat(other.select("td.tgt details .s .ix").eachText())
        .containsExactly("0", "1", "2", "3");
    assertThat(other.selectFirst("td.src .placeholder").text()).contains("other sources");
    assertThat(other.select("li.finding"))
        .singleElement()
        .satisfies(li -> assertThat(li.attr("data-kind")).isEqualTo("other-content"));
    assertThat(outside.get(3).select("td.src details .s .ix").eachText()).containsExactly("4", "5");
    assertThat(Jsoup.parse(html(r)).selectFirst("#status").text())
        .isEqualTo("Showing all 8 rows; 5 with findings.");
  }

  @Test
  void sentencesOfAnNToMLinkShareARowWithTheirIndices() {
    Element merged = row(CORPUS, List.of(16, 17), List.of(19));
    assertThat(merged.select("td.src .s .ix").eachText()).containsExactly("16", "17");
    assertThat(merged.select("td.tgt .s .ix").eachText()).containsExactly("19");
    assertThat(merged.select("td.src .s .t").get(1).text())
        .isEqualTo(CORPUS.alignment().source().sentence(17).text().strip());
    assertThat(merged.selectFirst(".shape").text()).isEqualTo("2:1");
  }

  @Test
  void eachSideCarriesItsDocumentsDirectionAndLanguage() {
    assertSides(CORPUS, "rtl", "ar", "ltr", "en");
    assertSides(HtmlTestReports.swapped(CORPUS), "ltr", "en", "rtl", "ar");
  }

  @Test
  void droppedAddedAndMovedRowsAreLabelledInWords() {
    Element dropped = row(CORPUS, List.of(6), List.of());
    assertThat(dropped.hasClass("k-dropped")).isTrue();
    assertThat(dropped.selectFirst(".kind").text()).isEqualTo("dropped");
    assertThat(dropped.selectFirst("td.tgt .placeholder").text()).isEqualTo("— not translated —");
    Element added = row(CORPUS, List.of(), List.of(11));
    assertThat(added.hasClass("k-added")).isTrue();
    assertThat(added.selectFirst(".kind").text()).isEqualTo("added");
    assertThat(added.selectFirst("td.src .placeholder").text()).isEqualTo("— no source —");
    Element moved = row(CORPUS, List.of(23), List.of(6));
    assertThat(moved.hasClass("k-moved")).isTrue();
    assertThat(moved.selectFirst(".kind").text()).isEqualTo("moved");
    assertThat(moved.selectFirst(".score").text()).isEqualTo("score 0.80");
  }

  @Test
  void changedNumberIsHighlightedOnBothSides() {
    Element row = row(CORPUS, List.of(5), List.of(5));
    Element source = row.selectFirst("td.src mark.hit");
    Element target = row.selectFirst("td.tgt mark.hit");
    assertThat(source.text()).isEqualTo("40");
    assertThat(target.text()).isEqualTo("45");
    for (Element mark : List.of(source, target)) {
      assertThat(mark.hasClass("sev-critical")).isTrue();
      assertThat(mark.attr("title"))
          .isEqualTo("number-changed (critical): 40 in the source is 45 in the translation");
    }
    // The text around the marks is kept whole: cutting at span boundaries loses nothing.
    assertThat(row.selectFirst("td.src .t").text())
        .isEqualTo(CORPUS.alignment().source().sentence(5).text().strip());
  }

  @Test
  void wordGapsAreHighlightedWithATitle() {
    Element row = row(CORPUS, List.of(5), List.of(5));
    assertThat(row.select("td.src mark.gap").eachText()).containsExactly("الرئيسية");
    assertThat(row.select("td.tgt mark.gap").eachText()).containsExactly("main");
    assertThat(row.selectFirst("td.src mark.gap").attr("title"))
        .isEqualTo("no counterpart in the translation");
    assertThat(row.selectFirst("td.tgt mark.gap").attr("title"))
        .isEqualTo("no counterpart in the source");
  }

  @Test
  void findingsShowAsBadgesInEveryRowTheyTouch() {
    assertThat(badges(row(CORPUS, List.of(6), List.of()))).containsExactly("dropped · warning");
    assertThat(badges(row(CORPUS, List.of(16, 17), List.of(19)))).containsExactly("merged · info");
    Element moved23 = row(CORPUS, List.of(23), List.of(6));
    Element moved24 = row(CORPUS, List.of(24), List.of(7));
    assertThat(badges(moved23)).containsExactly("moved · warning");
    assertThat(badges(moved24)).containsExactly("moved · warning");
    assertThat(moved23.selectFirst(".also a").attr("href")).isEqualTo("#" + moved24.id());
    assertThat(badges(row(CORPUS, List.of(28), List.of()))).containsExactly("boilerplate · info");
    assertThat(badges(row(CORPUS, List.of(29), List.of()))).containsExactly("boilerplate · info");
    Element finding = row(CORPUS, List.of(6), List.of()).selectFirst("li.finding");
    assertThat(finding.selectFirst(".msg").text()).isEqualTo("not translated");
    assertThat(finding.attr("data-kind")).isEqualTo("dropped");
  }

  @Test
  void onlyRowsWithFindingsAreFocusableAndCarryTheirKinds() {
    Elements flagged = page(CORPUS).select("#alignment > tbody > tr[tabindex=0]");
    List<Integer> expected = List.copyOf(HtmlTestReports.rowsWithFindings(CORPUS));
    assertThat(flagged.eachAttr("id"))
        .containsExactlyElementsOf(
            expected.stream().map(i -> "link-" + i).collect(Collectors.toList()));
    assertThat(page(CORPUS).selectFirst("#link-5").attr("data-kinds")).isEqualTo("number-changed");
  }

  @Test
  void infoFindingsAreStyledApartFromWarningsAndCriticalOnes() {
    assertThat(page(CORPUS).select("li.finding.sev-info").eachAttr("data-kind"))
        .containsOnly("merged", "split", "boilerplate");
    assertThat(page(CORPUS).select("li.finding.sev-critical").eachAttr("data-kind"))
        .containsExactly("number-changed");
    assertThat(ReportAssets.CSS).contains(".badge.sev-info {", ".badge.sev-critical {");
  }

  @Test
  void headerSummarisesTheAudit() {
    Element header = page(CORPUS).selectFirst("header.summary");
    assertThat(header.selectFirst("h1").text())
        .isEqualTo("Translation audit: statement-ar.txt → statement-en.txt");
    assertThat(header.selectFirst(".docs").text())
        .contains("statement-ar.txt, Arabic (ar), 30 sentences")
        .contains("statement-en.txt, English (en), 29 sentences")
        .contains("qarin " + Version.get());
    assertThat(header.select(".figures dt").eachText())
        .contains("Coverage", "Sentence coverage", "Mean link score", "Source sentences");
    assertThat(header.select(".figures dd").get(0).ownText()).isEqualTo("86.0%");
    assertThat(header.select(".figures dd").get(1).ownText()).isEqualTo("86.7%");
    assertThat(header.select(".figures dd").get(2).ownText()).isEqualTo("0.89");
    assertThat(header.select("table.counts tbody tr").eachText())
        .containsExactly(
            "dropped a source sentence has no counterpart in the translation 2",
            "added a translation sentence has no source 1",
            "moved content appears far from its place in the source 1",
            "merged several source sentences are rendered as one 1",
            "split one source sentence is rendered as several 1",
            "number-changed a number differs between source and translation 1",
            "boilerplate page furniture: captions, bylines, datelines, related links, disclaimers"
                + " 2");
  }

  @Test
  void controlsFilterByKindAndDocumentTheKeys() {
    Document page = page(CORPUS);
    assertThat(page.selectFirst("input#only-findings[type=checkbox]")).isNotNull();
    assertThat(page.select("input.kind-filter").eachAttr("value"))
        .containsExactly(
            "dropped", "added", "moved", "merged", "split", "number-changed", "boilerplate");
    assertThat(page.selectFirst("button#next-finding").text()).contains("Next finding (j)");
    assertThat(page.selectFirst("button#prev-finding").text()).contains("Previous finding (k)");
    assertThat(page.selectFirst(".keys").select("kbd").eachText()).contains("j", "n", "k", "p");
    assertThat(page.select(".legend li").eachText())
        .anyMatch(t -> t.startsWith("dropped") && t.contains("not translated"))
        .anyMatch(t -> t.startsWith("added") && t.contains("no source"))
        .anyMatch(t -> t.startsWith("moved"));
  }

  @Test
  void tableHeadersHaveScopes() {
    Document page = page(CORPUS);
    assertThat(page.select("#alignment thead th").eachAttr("scope")).containsOnly("col").hasSize(4);
    assertThat(page.select("#alignment tbody th").eachAttr("scope"))
        .hasSize(CORPUS.alignment().links().size())
        .containsOnly("row");
  }

  @Test
  void inputMarkupIsShownAsTextNeverAsElements() {
    String html = html(HOSTILE);
    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).isEqualTo(ReportAssets.JS);
    assertThat(html.split("<script", -1)).hasSize(2);
    assertThat(page.select("b, img, svg, iframe, object, embed, a[href^=javascript]")).isEmpty();
    assertThat(page.selectFirst("#link-0 td.src .t").text())
        .contains("<script>alert('x')</script>");
    assertThat(page.selectFirst("#link-0 td.tgt .t").text())
        .isEqualTo("The <b>speaker</b> said <script>alert('x')</script>.");
    assertThat(page.selectFirst("#link-2 td.src .t").text()).contains("]]>", "&amp;", "</td></tr>");
    assertThat(page.selectFirst("#link-2 .msg").text())
        .isEqualTo("<script>alert(1)</script> & \"quotes\"");
    assertThat(page.selectFirst("#link-3 .msg").text()).isEqualTo("=cmd|' /C calc'!A0");
  }

  @Test
  void payloadsInNamesMessagesAndHighlightsStayText() {
    String html = html(HtmlTestReports.payload());
    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("img, svg")).isEmpty();
    assertThat(page.title()).startsWith("qarin audit: <script>");
    assertThat(page.selectFirst("#link-0 td.src mark.hit").text()).startsWith("<script>");
    assertThat(page.selectFirst("#link-0 td.src mark.hit").attr("title"))
        .contains("<img src=x onerror=");
    assertThat(page.selectFirst("#link-0 .msg").text()).startsWith("<img src=x onerror=");
    assertThat(html).doesNotContain("<img", "<svg", "<script>window");
  }

  @Test
  void controlCharactersAndLoneSurrogatesNeverReachThePage() {
    String html = html(HOSTILE);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      assertThat(c < 0x20 && c != '\n').as("control U+%04X at %d", (int) c, i).isFalse();
      assertThat(Character.isSurrogate(c)).as("surrogate at %d", i).isFalse();
      assertThat(c == '\uFFFE').as("noncharacter at %d", i).isFalse();
    }
    assertThat(Jsoup.parse(html).selectFirst("#link-3 td.tgt .t").text())
        .isEqualTo("Control \uFFFD\uFFFD\uFFFD chars, \uFFFD and \uFFFD lone surrogate ]]> &lt;");
  }

  @Test
  void bidiOverridesStayInsideAnIsolatedSentence() {
    Element text = page(HOSTILE).selectFirst("#link-2 td.src .t");
    assertThat(text.text()).contains("\u202E");
    assertThat(text.attr("dir")).isEqualTo("rtl");
    assertThat(ReportAssets.CSS)
        .containsPattern("(?s)bdi,\\s*\\.t,.*?\\{\\s*unicode-bidi: isolate;");
    assertThat(page(HtmlTestReports.payload()).select(".msg").first().tagName()).isEqualTo("bdi");
  }

  @Test
  void pageLoadsNothingFromOutside() {
    for (Report r : List.of(CORPUS, HOSTILE, HtmlTestReports.payload())) {
      Document page = page(r);
      assertThat(page.select("[src], link, img, iframe, object, embed, base, form")).isEmpty();
      assertThat(page.select("[href]").eachAttr("href")).allMatch(h -> h.matches("#link-[0-9]+"));
      assertThat(page.select("[style]")).isEmpty();
      assertThat(page.select("style")).hasSize(1);
    }
    assertThat(ReportAssets.CSS).doesNotContain("url(", "@import");
    assertThat(ReportAssets.JS).doesNotContain("innerHTML", "fetch(", "XMLHttpRequest", "eval(");
  }

  @Test
  void contentSecurityPolicyAllowsOnlyThePagesOwnStyleAndScript() {
    Document page = page(CORPUS);
    Element meta = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
    assertThat(meta).isNotNull();
    assertThat(meta.elementSiblingIndex()).isEqualTo(1); // right after <meta charset>
    assertThat(meta.attr("content"))
        .isEqualTo(
            "default-src 'none'; style-src "
                + sha256(page.selectFirst("style").data())
                + "; script-src "
                + sha256(page.selectFirst("script").data())
                + "; base-uri 'none'; form-action 'none'");
  }

  @Test
  void findingsAboutNoRowAreListedInTheSummary() {
    Document page = page(HtmlTestReports.withDocumentFinding());
    assertThat(page.select(".document-findings li.finding").eachText())
        .containsExactly("length-anomaly · critical whole <i>text</i> halved");
    assertThat(page.select("#alignment li.finding")).hasSize(2);
  }

  @Test
  void aReportWithoutFindingsSaysSo() {
    Report plain =
        new Report(
            new Alignment(
                CORPUS.alignment().source(),
                CORPUS.alignment().target(),
                List.of(new Link(List.of(0), List.of(0), LinkKind.ALIGNED, 1))),
            List.of(),
            List.of(),
            new Summary(30, 29, 1, 1, 1, Map.of()));
    Document page = page(plain);
    assertThat(page.selectFirst(".no-findings").text()).isEqualTo("No findings.");
    assertThat(page.select("tr[tabindex]")).isEmpty();
  }

  @Test
  void sameReportGivesTheSameBytesInEveryLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Report r : List.of(CORPUS, HOSTILE)) {
        String expected = html(r);
        assertThat(html(r)).isEqualTo(expected);
        for (String tag : List.of("tr", "ar", "ar-EG", "de")) {
          Locale.setDefault(Locale.forLanguageTag(tag));
          assertThat(html(r)).as("under locale %s", tag).isEqualTo(expected);
        }
        Locale.setDefault(before);
      }
      assertThat(html(SampleReports.corpusSample())).isEqualTo(html(CORPUS));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aFindingOverManyRowsLinksAFewOfTheOthers() {
    Report big = HtmlTestReports.big(40);
    List<Link> links = big.alignment().links();
    List<Integer> all = IntStream.range(0, 40).boxed().toList();
    Report wide =
        new Report(
            big.alignment(),
            List.of(
                Finding.of(FindingKind.BOILERPLATE, Severity.INFO, all, List.of(), "furniture")),
            List.of(),
            big.summary());
    Elements rows = rows(wide);
    // 40 rows hold the finding's sentences (the 4 added rows do not): 5 links and 34 more each.
    assertThat(rows.select("li.finding")).hasSize(links.size() - 4);
    assertThat(rows.get(0).selectFirst(".also").text())
        .isEqualTo("also in #1, #2, #3, #4, #5 and 34 more rows");
  }

  @Test
  void bigReportsHaveEveryRow() {
    Report big = HtmlTestReports.big(3000);
    assertThat(rows(big)).hasSize(big.alignment().links().size());
  }

  private static void assertSides(
      Report r, String sourceDir, String sourceLang, String targetDir, String targetLang) {
    Elements rows = rows(r);
    assertThat(rows.select("td.src").eachAttr("dir")).hasSize(rows.size()).containsOnly(sourceDir);
    assertThat(rows.select("td.src").eachAttr("lang"))
        .hasSize(rows.size())
        .containsOnly(sourceLang);
    assertThat(rows.select("td.tgt").eachAttr("dir")).hasSize(rows.size()).containsOnly(targetDir);
    assertThat(rows.select("td.tgt").eachAttr("lang"))
        .hasSize(rows.size())
        .containsOnly(targetLang);
    assertThat(rows.select("td.src .t").eachAttr("dir")).containsOnly(sourceDir);
    assertThat(rows.select("td.tgt .t").eachAttr("dir")).containsOnly(targetDir);
  }

  private static List<String> badges(Element row) {
    return row.select("td.findings .badge").eachText();
  }

  private static Element row(Report r, List<Integer> source, List<Integer> target) {
    List<Link> links = r.alignment().links();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).source().equals(source) && links.get(i).target().equals(target)) {
        return page(r).getElementById("link-" + i);
      }
    }
    throw new AssertionError("no link " + source + ":" + target);
  }

  private static Elements rows(Report r) {
    return page(r).select("#alignment > tbody > tr");
  }

  private static Document page(Report r) {
    return Jsoup.parse(html(r));
  }

  static String html(Report r) {
    StringWriter out = new StringWriter();
    try {
      new HtmlReportExporter().write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
