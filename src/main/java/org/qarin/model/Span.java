package org.qarin.model;

/** A half-open range {@code [start, end)} of UTF-16 offsets into a document's text. */
public record Span(int start, int end) implements java.io.Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
