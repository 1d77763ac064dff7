package org.qarin.export;

/**
 * What each export format makes of a text, written from the formats' rules rather than from the
 * exporters' code, so tests can compare exports with what they must hold.
 */
final class Oracles {
  private Oracles() {}

  /** XML 1.0 text: characters outside its Char production are dropped. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean pair = Character.isSupplementaryCodePoint(c);
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || pair;
      if (allowed) {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  /**
   * HTML text as a parser reads it back: controls other than tab and line ends, C1 controls,
   * noncharacters and lone surrogates become U+FFFD, one per UTF-16 unit.
   */
  static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int units = Character.charCount(c);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
      boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
      if (control || nonCharacter || Character.isSurrogate(s.charAt(i)) && units == 1) {
        sb.append("\uFFFD".repeat(units));
      } else {
        sb.appendCodePoint(c);
      }
      i += units;
    }
    return sb.toString();
  }

  /** Line ends as HTML parsers normalise them: CRLF and CR become LF. */
  static String lineEnds(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * A CSV or TSV cell as the contract describes it: control characters other than tab and line ends
   * dropped, lone surrogates as U+FFFD, in TSV tabs and line ends (U+2028, U+2029 too) as spaces,
   * and a leading {@code '} where a spreadsheet would otherwise read a formula.
   */
  static String cell(String s, boolean tsv) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int units = Character.charCount(c);
      if (Character.isSurrogate(s.charAt(i)) && units == 1) {
        sb.append('\uFFFD');
      } else if (tsv && "\t\n\r\u2028\u2029".indexOf(c) >= 0) {
        sb.append(' ');
      } else if (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r') {
        sb.appendCodePoint(c);
      }
      i += units;
    }
    String cell = sb.toString();
    return formula(cell) ? "'" + cell : cell;
  }

  /**
   * True when a spreadsheet would read the cell as a formula: it starts with a tab or line end, or
   * with {@code = + - @} (or their full-width forms) after white space and invisible characters.
   */
  static boolean formula(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    if ("\t\r\n".indexOf(cell.charAt(0)) >= 0) {
      return true;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      boolean invisible =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || Character.getType(c) == Character.FORMAT;
      if (!invisible) {
        return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
      }
    }
    return false;
  }
}
