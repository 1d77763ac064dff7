package org.qarin.export;

import java.util.regex.Pattern;

/**
 * Cells of CSV and TSV files, which spreadsheets open: texts that could start a formula are
 * neutralised with a leading {@code '} (the OWASP advice against CSV injection), and each format's
 * separators are made harmless.
 */
public final class Cells {
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r\\u2028\\u2029]");

  private Cells() {}

  /** A CSV field: neutralised, and quoted by RFC 4180 when it holds a comma, quote or line end. */
  public static String csv(String cell) {
    String s = neutralise(printable(cell));
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * A TSV field: tabs and line ends (U+2028 and U+2029 too) become spaces, since TSV has no
   * quoting, then neutralised.
   */
  public static String tsv(String cell) {
    return neutralise(LINE_BREAKS.matcher(printable(cell)).replaceAll(" "));
  }

  /**
   * The cell with a leading {@code '} if a spreadsheet could read it as a formula: it starts with a
   * tab, a line end or one of {@code = + - @} (or their full-width forms), possibly after white
   * space or invisible format characters.
   */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return "'" + cell;
    }
    int i = 0;
    while (i < cell.length() && skippable(cell.charAt(i))) {
      i++;
    }
    return i < cell.length() && formulaStart(cell.charAt(i)) ? "'" + cell : cell;
  }

  private static boolean skippable(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static boolean formulaStart(char c) {
    return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
  }

  /**
   * The cell without control characters other than tab and line ends (an escape sequence in a file
   * printed to a terminal is an attack too), and with lone surrogates, which UTF-8 cannot encode,
   * replaced by U+FFFD.
   */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else if (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
