package org.qarin.export;

/**
 * XML 1.0 escaping for untrusted text. Characters XML 1.0 forbids (C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF, lone surrogates) are removed, because no escape can
 * carry them and a parser would reject the whole file; everything else, bidi controls included, is
 * kept.
 */
public final class Xml {
  /** The declaration every XML export starts with; writers must encode in UTF-8. */
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private Xml() {}

  /** Escapes text for element content. */
  public static String text(String s) {
    return escape(s, false);
  }

  /** Escapes text for a double- or single-quoted attribute value. */
  public static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (allowed(c)) {
        append(sb, c, attribute);
      }
    }
    return sb.toString();
  }

  /** XML 1.0 Char production, for one UTF-16 unit that is not part of a surrogate pair. */
  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return c <= 0xFFFD && !Character.isSurrogate(c);
  }

  private static void append(StringBuilder sb, char c, boolean attribute) {
    switch (c) {
      case '&' -> sb.append("&amp;");
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      case '"' -> sb.append("&quot;");
      // &#39; rather than &apos;, which HTML 4 does not know
      case '\'' -> sb.append("&#39;");
      // a parser turns a raw CR into LF, and tab or LF in an attribute into a space
      case '\r' -> sb.append("&#13;");
      case '\n' -> sb.append(attribute ? "&#10;" : "\n");
      case '\t' -> sb.append(attribute ? "&#9;" : "\t");
      default -> sb.append(c);
    }
  }
}
