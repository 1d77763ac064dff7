package org.qarin.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qarin.model.Rendering;

/**
 * A rendering as JSON, the one shape every output uses: {@code {"shape": "partial", "source":
 * [{"from": 6, "to": 9}], "target": [{"from": 20, "to": 25, "heading": "..."}]}}.
 */
public final class RenderingJson {
  private RenderingJson() {}

  /** Writes {@code r} as the value of {@code field}. */
  public static void write(JsonGenerator g, String field, Rendering r) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("shape", r.shape().id());
    stretches(g, "source", r.source());
    stretches(g, "target", r.target());
    g.writeEndObject();
  }

  private static void stretches(JsonGenerator g, String field, List<Rendering.Stretch> stretches)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Rendering.Stretch s : stretches) {
      g.writeStartObject();
      g.writeNumberField("from", s.from());
      g.writeNumberField("to", s.to());
      if (s.heading().isPresent()) {
        g.writeStringField("heading", s.heading().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The rendering {@link #write} wrote, or empty when {@code node} is not one. */
  public static Optional<Rendering> read(JsonNode node) {
    try {
      Rendering.Shape shape =
          Rendering.Shape.valueOf(node.path("shape").asText("").toUpperCase(Locale.ROOT));
      return Optional.of(
          new Rendering(shape, stretches(node.path("source")), stretches(node.path("target"))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Rendering.Stretch> stretches(JsonNode array) {
    List<Rendering.Stretch> out = new ArrayList<>();
    for (JsonNode s : array) {
      JsonNode h = s.get("heading");
      out.add(
          new Rendering.Stretch(
              s.path("from").asInt(),
              s.path("to").asInt(),
              h == null ? Optional.empty() : Optional.of(h.asText())));
    }
    return out;
  }
}
