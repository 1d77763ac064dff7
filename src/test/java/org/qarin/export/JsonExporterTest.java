package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qarin.export.ExportTesting.export;
import static org.qarin.export.ExportTesting.exportAlignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Span;
import org.qarin.model.Summary;
import org.qarin.model.Version;
import org.qarin.model.WordGaps;

class JsonExporterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Report> samples() {
    return ExportTesting.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFieldReadsBack(Report r) throws IOException {
    JsonNode root = MAPPER.readTree(export("json", r));
    assertThat(names(root))
        .containsExactly("qarin", "source", "target", "links", "findings", "summary", "gaps");
    checkAlignment(root, r.alignment());
    checkFindings(root.get("findings"), r.findings());
    checkSummary(root.get("summary"), r.summary());
    checkGaps(root.get("gaps"), r.gaps());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void alignmentAloneHasNoAuditFields(Report r) throws IOException {
    JsonNode root = MAPPER.readTree(exportAlignment("json", r.alignment()));
    assertThat(names(root)).containsExactly("qarin", "source", "target", "links");
    checkAlignment(root, r.alignment());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void decimalsHaveFourDigits(Report r) {
    Matcher m =
        Pattern.compile("\"(score|coverage|sentenceCoverage|meanScore)\": ([^,\\n}]+)")
            .matcher(export("json", r));
    int found = 0;
    while (m.find()) {
      assertThat(m.group(2)).matches("[01]\\.\\d{4}");
      found++;
    }
    assertThat(found).isEqualTo(r.alignment().links().size() + 3);
  }

  @Test
  void prettyPrintedWithTwoSpacesAndLineFeeds() {
    String json = export("json", SampleReports.hostile());
    assertThat(json).startsWith("{\n  \"qarin\": \"").endsWith("}\n").doesNotContain("\r");
    assertThat(json).contains("\"source\": [0],");
  }

  @Test
  void escapesWhatFilesAndLineReadersCannotCarry() throws IOException {
    String hostile = export("json", SampleReports.hostile());
    assertThat(hostile).contains("\\ud800").doesNotContain("\uD800").doesNotContain("\u0001");
    Report r =
        TestReports.lines(
            List.of("a\u2028b\u2029c\u0085d \uD83D\uDE00"), List.of("x\uDC00"), List.of());
    String json = export("json", r);
    assertThat(json)
        .contains("a\\u2028b\\u2029c\\u0085d \\ud83d\\ude00")
        .doesNotContain("\u2028", "\u2029", "\u0085", "\uD83D");
    JsonNode root = MAPPER.readTree(json);
    assertThat(root.at("/source/sentences/0/text").asText())
        .isEqualTo(r.alignment().source().sentence(0).text());
    assertThat(root.at("/target/text").asText()).isEqualTo("x\uDC00");
  }

  @Test
  void notANumberIsNull() throws IOException {
    Report r = SampleReports.hostile();
    Summary s = r.summary();
    Summary broken =
        new Summary(
            s.sourceSentences(),
            s.targetSentences(),
            Double.NaN,
            0,
            Double.POSITIVE_INFINITY,
            s.counts());
    JsonNode summary =
        MAPPER
            .readTree(export("json", new Report(r.alignment(), r.findings(), r.gaps(), broken)))
            .get("summary");
    assertThat(summary.get("coverage").isNull()).isTrue();
    assertThat(summary.get("meanScore").isNull()).isTrue();
    assertThat(summary.get("sentenceCoverage").asDouble()).isZero();
  }

  private static void checkAlignment(JsonNode root, Alignment a) {
    assertThat(root.get("qarin").asText()).isEqualTo(Version.get());
    checkDocument(root.get("source"), a.source());
    checkDocument(root.get("target"), a.target());
    JsonNode links = root.get("links");
    assertThat(links).hasSize(a.links().size());
    for (int i = 0; i < a.links().size(); i++) {
      Link l = a.links().get(i);
      JsonNode n = links.get(i);
      assertThat(names(n)).containsExactly("source", "target", "kind", "score");
      assertThat(ints(n.get("source"))).isEqualTo(l.source());
      assertThat(ints(n.get("target"))).isEqualTo(l.target());
      assertThat(n.get("kind").asText()).isEqualTo(l.kind().id());
      assertThat(n.get("score").asDouble()).isCloseTo(l.score(), within(0.00005));
    }
  }

  private static void checkDocument(JsonNode n, Document d) {
    assertThat(names(n)).containsExactly("name", "language", "text", "sentences");
    assertThat(n.get("name").asText()).isEqualTo(d.name());
    assertThat(n.get("language").asText()).isEqualTo(d.language().code());
    String text = n.get("text").asText();
    assertThat(text).isEqualTo(d.text());
    assertThat(n.get("sentences")).hasSize(d.size());
    for (Sentence s : d.sentences()) {
      JsonNode sn = n.get("sentences").get(s.index());
      assertThat(names(sn)).containsExactly("index", "paragraph", "start", "end", "text");
      assertThat(sn.get("index").asInt()).isEqualTo(s.index());
      assertThat(sn.get("paragraph").asInt()).isEqualTo(s.paragraph());
      int start = sn.get("start").asInt();
      int end = sn.get("end").asInt();
      assertThat(new Span(start, end)).isEqualTo(s.span());
      assertThat(sn.get("text").asText()).isEqualTo(text.substring(start, end)).isEqualTo(s.text());
    }
  }

  private static void checkFindings(JsonNode n, List<Finding> findings) {
    assertThat(n).hasSize(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      JsonNode fn = n.get(i);
      assertThat(names(fn))
          .containsExactly(
              "kind",
              "severity",
              "source",
              "target",
              "message",
              "sourceSpans",
              "targetSpans",
              "confidence");
      assertThat(fn.get("kind").asText()).isEqualTo(f.kind().id());
      assertThat(fn.get("severity").asText()).isEqualTo(f.severity().id());
      assertThat(ints(fn.get("source"))).isEqualTo(f.source());
      assertThat(ints(fn.get("target"))).isEqualTo(f.target());
      assertThat(fn.get("message").asText()).isEqualTo(f.message());
      assertThat(spans(fn.get("sourceSpans"))).isEqualTo(f.sourceSpans());
      assertThat(spans(fn.get("targetSpans"))).isEqualTo(f.targetSpans());
      assertThat(fn.get("confidence").asDouble())
          .isCloseTo(f.confidence(), org.assertj.core.data.Offset.offset(0.00005));
    }
  }

  private static void checkSummary(JsonNode n, Summary s) {
    assertThat(names(n))
        .containsExactly(
            "sourceSentences",
            "targetSentences",
            "coverage",
            "counts",
            "sentenceCoverage",
            "meanScore",
            "rendering");
    assertThat(n.get("rendering").get("shape").asText()).isEqualTo(s.rendering().shape().id());
    assertThat(n.get("rendering").get("source")).hasSize(s.rendering().source().size());
    assertThat(n.get("rendering").get("target")).hasSize(s.rendering().target().size());
    assertThat(n.get("sourceSentences").asInt()).isEqualTo(s.sourceSentences());
    assertThat(n.get("targetSentences").asInt()).isEqualTo(s.targetSentences());
    assertThat(n.get("coverage").asDouble()).isCloseTo(s.coverage(), within(0.00005));
    assertThat(n.get("sentenceCoverage").asDouble())
        .isCloseTo(s.sentenceCoverage(), within(0.00005));
    assertThat(n.get("meanScore").asDouble()).isCloseTo(s.meanScore(), within(0.00005));
    List<String> expectedKinds = new ArrayList<>();
    for (FindingKind k : FindingKind.values()) {
      if (s.count(k) > 0) {
        expectedKinds.add(k.id());
        assertThat(n.get("counts").get(k.id()).asInt()).isEqualTo(s.count(k));
      }
    }
    assertThat(names(n.get("counts"))).isEqualTo(expectedKinds);
  }

  private static void checkGaps(JsonNode n, List<WordGaps> gaps) {
    assertThat(n).hasSize(gaps.size());
    for (int i = 0; i < gaps.size(); i++) {
      JsonNode g = n.get(i);
      assertThat(names(g)).containsExactly("link", "source", "target");
      assertThat(g.get("link").asInt()).isEqualTo(gaps.get(i).link());
      assertThat(spans(g.get("source"))).isEqualTo(gaps.get(i).source());
      assertThat(spans(g.get("target"))).isEqualTo(gaps.get(i).target());
    }
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    assertThat(array.isArray()).isTrue();
    List<Integer> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asInt()));
    return out;
  }

  private static List<Span> spans(JsonNode array) {
    List<Span> out = new ArrayList<>();
    array.forEach(
        e -> {
          assertThat(e).hasSize(2);
          out.add(new Span(e.get(0).asInt(), e.get(1).asInt()));
        });
    return out;
  }
}
