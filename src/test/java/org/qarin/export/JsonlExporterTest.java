package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qarin.export.ExportTesting.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.Link;
import org.qarin.model.Report;

class JsonlExporterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Report> samples() {
    return ExportTesting.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void oneParsableLinePerLink(Report r) throws IOException {
    List<String> lines = ExportTesting.lines(export("jsonl", r));
    Alignment a = r.alignment();
    assertThat(lines).hasSize(a.links().size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode n = MAPPER.readTree(lines.get(i));
      Link l = a.links().get(i);
      assertThat(n.get("link").asInt()).isEqualTo(i);
      assertThat(n.get("kind").asText()).isEqualTo(l.kind().id());
      assertThat(n.get("score").asDouble()).isCloseTo(l.score(), within(0.00005));
      assertThat(ints(n.get("source"))).isEqualTo(l.source());
      assertThat(ints(n.get("target"))).isEqualTo(l.target());
      assertThat(n.get("sourceText").asText()).isEqualTo(joined(a.source(), l.source()));
      assertThat(n.get("targetText").asText()).isEqualTo(joined(a.target(), l.target()));
      checkFindings(n.get("findings"), l, r.findings());
    }
  }

  @Test
  void mergedSentencesAndTheirFinding() throws IOException {
    Report r = SampleReports.corpusSample();
    int merged = indexOf(r, List.of(16, 17));
    JsonNode n = MAPPER.readTree(ExportTesting.lines(export("jsonl", r)).get(merged));
    var ar = r.alignment().source();
    assertThat(n.get("sourceText").asText())
        .isEqualTo(ar.sentence(16).text() + " " + ar.sentence(17).text());
    assertThat(n.get("findings")).hasSize(1);
    assertThat(n.at("/findings/0/kind").asText()).isEqualTo("merged");
    assertThat(n.at("/findings/0/severity").asText()).isEqualTo("info");
    assertThat(n.at("/findings/0/message").asText()).isEqualTo("2 sentences rendered as 1");
  }

  @Test
  void noLineBreaksInsideALine() {
    Report r = TestReports.lines(List.of("a\u2028b\rc\u0085d"), List.of("e\u2029f\ng"), List.of());
    String jsonl = export("jsonl", r);
    assertThat(ExportTesting.lines(jsonl)).hasSize(1);
    assertThat(jsonl).doesNotContain("\r", "\u2028", "\u2029", "\u0085");
  }

  private static void checkFindings(JsonNode n, Link l, List<Finding> findings) {
    List<Finding> expected = new ArrayList<>();
    for (Finding f : findings) {
      boolean source = f.source().stream().anyMatch(l.source()::contains);
      boolean target = f.target().stream().anyMatch(l.target()::contains);
      if (source || target) {
        expected.add(f);
      }
    }
    assertThat(n).hasSize(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      JsonNode fn = n.get(k);
      assertThat(fn.get("kind").asText()).isEqualTo(expected.get(k).kind().id());
      assertThat(fn.get("severity").asText()).isEqualTo(expected.get(k).severity().id());
      assertThat(fn.get("message").asText()).isEqualTo(expected.get(k).message());
    }
  }

  private static int indexOf(Report r, List<Integer> source) {
    List<Link> links = r.alignment().links();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).source().equals(source)) {
        return i;
      }
    }
    throw new AssertionError("no link with source " + source);
  }

  private static String joined(org.qarin.model.Document d, List<Integer> indices) {
    List<String> texts = new ArrayList<>();
    indices.forEach(i -> texts.add(d.sentence(i).text()));
    return String.join(" ", texts);
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asInt()));
    return out;
  }
}
