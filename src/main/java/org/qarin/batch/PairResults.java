package org.qarin.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.qarin.export.RenderingJson;
import org.qarin.model.FindingKind;
import org.qarin.model.Report;

/** Per-pair results as JSON: written when a pair finishes, read back to resume. */
final class PairResults {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PairResults() {}

  static PairResult of(String id, Report report) {
    return new PairResult(
        id,
        PairResult.OK,
        "",
        report.summary().sourceSentences(),
        report.summary().targetSentences(),
        report.summary().coverage(),
        report.summary().meanScore(),
        report.summary().counts(),
        Optional.of(report.summary().rendering()));
  }

  static void write(PairResult r, Writer out) throws IOException {
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      object(g, r);
    }
    out.write('\n');
  }

  /** One pair as a JSON object, the shape summary.json uses too. */
  static void object(JsonGenerator g, PairResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("status", r.status());
    g.writeStringField("error", r.error());
    g.writeNumberField("sourceSentences", r.sourceSentences());
    g.writeNumberField("targetSentences", r.targetSentences());
    g.writeNumberField("coverage", round(r.coverage()));
    g.writeNumberField("meanScore", round(r.meanScore()));
    if (r.rendering().isPresent()) {
      RenderingJson.write(g, "rendering", r.rendering().get());
    }
    g.writeObjectFieldStart("counts");
    for (FindingKind k : FindingKind.values()) {
      if (r.count(k) > 0) {
        g.writeNumberField(k.id(), r.count(k));
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A finished pair's result, or empty when the file is missing or unreadable (then redo it). */
  static Optional<PairResult> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A result from its {@code result.json} text, or empty when it is not one. */
  static Optional<PairResult> parse(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
      n.path("counts")
          .fields()
          .forEachRemaining(e -> counts.put(FindingKind.fromId(e.getKey()), e.getValue().asInt()));
      return Optional.of(
          new PairResult(
              n.path("id").asText(),
              n.path("status").asText(),
              n.path("error").asText(),
              n.path("sourceSentences").asInt(),
              n.path("targetSentences").asInt(),
              n.path("coverage").asDouble(),
              n.path("meanScore").asDouble(),
              counts,
              RenderingJson.read(n.path("rendering"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static BigDecimal round(double x) {
    return Double.isFinite(x)
        ? BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP)
        : BigDecimal.ZERO;
  }
}
