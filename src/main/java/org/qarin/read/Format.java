package org.qarin.read;

import java.util.Locale;

/** How qarin reads an input's bytes into document text. */
public enum Format {
  /** Plain text: paragraphs are separated by blank lines. */
  TEXT,
  /** HTML: the visible article text, a paragraph per block element. */
  HTML,
  /** Markdown: the text without its markup, a paragraph per block. */
  MARKDOWN;

  /** The format a file name implies; plain text for anything not recognised. */
  public static Format ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return MARKDOWN;
    }
    return TEXT;
  }
}
