package org.qarin.read;

import java.util.Objects;

/**
 * A document's text as qarin read it: decoded, and for HTML and Markdown extracted from the markup.
 * Sentence offsets point into {@code text}.
 */
public record InputText(String name, String text, Format format) {
  public InputText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }
}
