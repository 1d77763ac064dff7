package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qarin.Qarin;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Severity;
import org.qarin.model.Span;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.Format;

/**
 * The audit of the corpus sample through the whole pipeline finds every planted edit of
 * corpus/sample/EDITS.md and nothing else above info. The expected report is kept in
 * src/test/resources/golden/sample/expected.json; regenerate it with {@code -Dgolden.update=true}
 * and review the diff.
 */
class CorpusSampleAuditTest {
  private static final Path SAMPLE = Path.of("corpus/sample");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/sample/expected.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Report audit(String eol) throws IOException {
    return Qarin.audit(
        input("statement-ar.txt", eol), input("statement-en.txt", eol), QarinOptions.defaults());
  }

  private static org.qarin.read.InputText input(String name, String eol) throws IOException {
    String text = Files.readString(SAMPLE.resolve(name), StandardCharsets.UTF_8);
    return DocumentReader.of(name, text.replace("\n", eol), Format.TEXT);
  }

  @Test
  void matchesTheGoldenReport() throws IOException {
    String actual = golden(audit("\n"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void findsEveryPlantedEditAndNothingElseAboveInfo() throws IOException {
    Report r = audit("\n");
    assertThat(
            r.findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.kind().id() + " " + f.source() + ":" + f.target()))
        .containsExactly(
            "number-changed [5]:[5]",
            "dropped [6]:[]",
            "added []:[11]",
            "dropped [22]:[]",
            "moved [23]:[6]",
            "moved [24]:[7]");
    assertThat(
            r.findings().stream()
                .filter(f -> f.severity() == Severity.INFO)
                .map(f -> f.kind().id() + " " + f.source() + ":" + f.target()))
        .contains(
            "split [7]:[8, 9]",
            "merged [16, 17]:[19]",
            "boilerplate []:[27]",
            "boilerplate []:[28]",
            "boilerplate [28]:[]",
            "boilerplate [29]:[]");
    Finding changed =
        r.findings().stream()
            .filter(f -> f.kind() == FindingKind.NUMBER_CHANGED)
            .findFirst()
            .orElseThrow();
    assertThat(changed.message()).isEqualTo("40 in the source is 45 in the translation");
    assertThat(texts(r.alignment().source(), changed.sourceSpans())).containsExactly("40");
    assertThat(texts(r.alignment().target(), changed.targetSpans())).containsExactly("45");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r"})
  void lineEndingsChangeOnlyOffsets(String eol) throws IOException {
    Report lf = audit("\n");
    Report other = audit(eol);
    assertThat(sentences(other.alignment().source())).isEqualTo(sentences(lf.alignment().source()));
    assertThat(sentences(other.alignment().target())).isEqualTo(sentences(lf.alignment().target()));
    assertThat(other.alignment().links().stream().map(Link::format).toList())
        .isEqualTo(lf.alignment().links().stream().map(Link::format).toList());
    assertThat(withoutOffsets(other)).isEqualTo(withoutOffsets(lf));
  }

  private static List<String> sentences(Document d) {
    return d.sentences().stream().map(Sentence::text).toList();
  }

  /** Each finding as kind, severity, indices, message and the words its spans cover. */
  private static List<String> withoutOffsets(Report r) {
    return r.findings().stream()
        .map(
            f ->
                f.kind().id()
                    + " "
                    + f.severity().id()
                    + " "
                    + f.source()
                    + f.target()
                    + " "
                    + f.message()
                    + " "
                    + texts(r.alignment().source(), f.sourceSpans())
                    + texts(r.alignment().target(), f.targetSpans()))
        .toList();
  }

  private static List<String> texts(Document d, List<Span> spans) {
    return spans.stream().map(s -> d.text().substring(s.start(), s.end())).toList();
  }

  /**
   * The golden form: the links, the findings with their spans and the words these cover, and the
   * counts per kind; one JSON value a line, so that a review diff shows what changed.
   */
  private static String golden(Report r) throws IOException {
    List<String> links =
        r.alignment().links().stream().map(l -> quoted(l.format() + " " + l.kind().id())).toList();
    List<String> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("kind", f.kind().id());
      o.put("severity", f.severity().id());
      f.source().forEach(o.putArray("source")::add);
      f.target().forEach(o.putArray("target")::add);
      o.put("message", f.message());
      spans(o.putArray("sourceSpans"), r.alignment().source(), f.sourceSpans());
      spans(o.putArray("targetSpans"), r.alignment().target(), f.targetSpans());
      findings.add(MAPPER.writeValueAsString(o));
    }
    ObjectNode counts = MAPPER.createObjectNode();
    for (FindingKind k : FindingKind.values()) {
      if (r.summary().count(k) > 0) {
        counts.put(k.id(), r.summary().count(k));
      }
    }
    return "{\n\"links\": [\n"
        + String.join(",\n", links)
        + "\n],\n\"findings\": [\n"
        + String.join(",\n", findings)
        + "\n],\n\"counts\": "
        + MAPPER.writeValueAsString(counts)
        + "\n}\n";
  }

  private static String quoted(String s) {
    try {
      return MAPPER.writeValueAsString(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void spans(ArrayNode out, Document d, List<Span> spans) {
    for (Span s : spans) {
      ArrayNode a = out.addArray();
      a.add(s.start()).add(s.end()).add(d.text().substring(s.start(), s.end()));
    }
  }
}
