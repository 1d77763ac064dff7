package org.qarin.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import org.qarin.model.Sentence;

/** JSON writing shared by the exporters: one factory, and the contract's shape of a sentence. */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Json() {}

  static JsonGenerator generator(Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  static void sentence(JsonGenerator g, Sentence s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", s.index());
    g.writeNumberField("paragraph", s.paragraph());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }
}
