package org.qarin.model;

import java.util.Objects;

/**
 * One sentence of a document: its position in document order, its paragraph, its span in the
 * document text and the text itself ({@code documentText.substring(start, end)}).
 */
public record Sentence(int index, int paragraph, Span span, String text)
    implements java.io.Serializable {
  public Sentence {
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException(
          "bad sentence index " + index + " / paragraph " + paragraph);
    }
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
