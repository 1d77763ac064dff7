package org.qarin.audit;

import java.util.Arrays;
import org.qarin.text.AnalysisText;
import org.qarin.text.Chars;

/**
 * The text the audit's patterns read, with a map back to the original: qarin's analysis view (NFC,
 * presentation forms folded, tatweel and bidi marks removed), without Arabic diacritics, and with
 * every digit, decimal, thousands and percent sign in ASCII, so that one pattern covers {@code
 * ١٢٠٠}, {@code ۱۲۰۰} and {@code 1200}.
 */
final class View {
  private final String text;
  private final int[] from;

  private View(String text, int[] from) {
    this.text = text;
    this.from = from;
  }

  /** The view of {@code original}. */
  static View of(String original) {
    AnalysisText analysis = AnalysisText.of(original);
    String a = analysis.text();
    StringBuilder sb = new StringBuilder(a.length());
    int[] from = new int[a.length() + 1];
    for (int p = 0; p < a.length(); p++) {
      char c = a.charAt(p);
      if (!Chars.isArabicDiacritic(c)) {
        from[sb.length()] = analysis.toOriginal(p);
        sb.append(fold(c));
      }
    }
    from[sb.length()] = original.length();
    return new View(sb.toString(), Arrays.copyOf(from, sb.length() + 1));
  }

  /** ASCII for digits and number marks of any script; every other character unchanged. */
  static char fold(char c) {
    if (c > 0x7F && Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return switch (c) {
      case '\u066B' -> '.'; // Arabic decimal separator
      case '\u066C' -> ','; // Arabic thousands separator
      case '\u066A' -> '%'; // Arabic percent sign
      default -> c;
    };
  }

  String text() {
    return text;
  }

  /** The original offset of view position {@code p} ({@code p == text().length()} allowed). */
  int toOriginal(int p) {
    return from[p];
  }

  /**
   * The original end of a view range ending at {@code p} (exclusive): where the next view character
   * starts, so marks removed from the view stay with the word they follow.
   */
  int toOriginalEnd(int p) {
    return p == 0 ? from[0] : Math.max(from[p], from[p - 1] + 1);
  }
}
