package org.qarin.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.qarin.model.Sentence;
import org.qarin.model.Span;

/** JSON writing shared by the exporters: one factory, and the contract's shape of a sentence. */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Json() {}

  static JsonGenerator generator(Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /**
   * A generator for the exports: one line per value unless {@code pretty}, and with the escapes of
   * {@link ExportEscapes}.
   */
  static JsonGenerator exportGenerator(Writer out, boolean pretty) throws IOException {
    JsonGenerator g = generator(out);
    // closing a generator (one per line in JSON Lines) must not flush the caller's writer each time
    g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    g.setCharacterEscapes(new ExportEscapes());
    if (pretty) {
      g.setPrettyPrinter(prettyPrinter());
    }
    return g;
  }

  /** Two-space indents and LF line ends on every platform; number arrays stay on one line. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
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

  /** An array of sentence indices. */
  static void indices(JsonGenerator g, String field, List<Integer> indices) throws IOException {
    g.writeArrayFieldStart(field);
    for (int i : indices) {
      g.writeNumber(i);
    }
    g.writeEndArray();
  }

  /** An array of spans, each as {@code [start, end]}. */
  static void spans(JsonGenerator g, String field, List<Span> spans) throws IOException {
    g.writeArrayFieldStart(field);
    for (Span s : spans) {
      g.writeStartArray();
      g.writeNumber(s.start());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /** A score or share rounded to 4 decimals; {@code null} if it is not a number. */
  static void decimal(JsonGenerator g, String field, double value) throws IOException {
    g.writeFieldName(field);
    if (Double.isFinite(value)) {
      g.writeNumber(Links.decimal(value));
    } else {
      g.writeNull();
    }
  }

  /**
   * Escapes, besides JSON's own, for characters that are valid JSON but not safe in the files
   * around it: surrogates, because a lone one cannot be encoded in UTF-8 (escaping each half keeps
   * pairs intact too), and U+0085, U+2028, U+2029, which some line-based readers of JSON Lines take
   * for line ends.
   */
  static final class ExportEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean escape =
          Character.isSurrogate((char) ch) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
      return escape ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }
}
