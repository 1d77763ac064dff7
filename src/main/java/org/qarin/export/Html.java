package org.qarin.export;

/** HTML escaping for the report: the one way untrusted text enters the page. */
final class Html {
  /** What replaces characters that HTML cannot carry (controls, lone surrogates, noncharacters). */
  static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  /**
   * Escapes text for element content and quoted attribute values alike: {@code & < > " '} become
   * references, and characters that are parse errors in HTML or cannot be encoded in UTF-8 become
   * U+FFFD, so no input can end an element, an attribute or the page's UTF-8.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(text, i, c);
      if (replacement == null) {
        sb.append(c);
      } else {
        sb.append(replacement);
      }
    }
    return sb.toString();
  }

  /** What to write for the char at {@code i}, or null to write it as it is. */
  private static String replacement(String text, int i, char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return allowed(text, i, c) ? null : String.valueOf(REPLACEMENT);
    }
  }

  private static boolean allowed(String text, int i, char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))
          && !nonCharacter(text.codePointAt(i));
    }
    if (Character.isLowSurrogate(c)) {
      // Kept only as the second half of a pair its high surrogate already let through.
      return i > 0
          && Character.isHighSurrogate(text.charAt(i - 1))
          && !nonCharacter(text.codePointAt(i - 1));
    }
    return !nonCharacter(c);
  }

  /** Unicode noncharacters, which HTML reports as parse errors: U+FDD0..U+FDEF, U+xFFFE/F. */
  private static boolean nonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
