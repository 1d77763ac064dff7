package org.qarin.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.qarin.model.Document;
import org.qarin.model.Sentence;

/** Writes a document's sentences: one per line, or one JSON object per line. */
public final class SentenceWriter {
  /** The formats of {@code qarin segment}. */
  public enum Format {
    LINES,
    JSONL;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private SentenceWriter() {}

  public static void write(Document doc, Format format, Writer out) throws IOException {
    switch (format) {
      case LINES -> lines(doc, out);
      case JSONL -> jsonl(doc, out);
    }
  }

  private static void lines(Document doc, Writer out) throws IOException {
    for (Sentence s : doc.sentences()) {
      out.write(oneLine(s.text()));
      out.write('\n');
    }
  }

  /** The sentence with each run of white space (line breaks included) folded to one space. */
  public static String oneLine(String text) {
    return text.replaceAll("[\\s\\u0085\\u00A0\\u2028\\u2029]+", " ");
  }

  private static void jsonl(Document doc, Writer out) throws IOException {
    for (Sentence s : doc.sentences()) {
      try (JsonGenerator g = Json.generator(out)) {
        Json.sentence(g, s);
      }
      out.write('\n');
    }
  }
}
