package org.qarin.lexicon;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The value of a number as written: Western, Arabic-Indic and Persian digits, decimal marks ({@code
 * .} {@code ٫}), thousands marks ({@code ,} {@code ٬}), and the cheap written-out numbers of both
 * languages (three, ثلاثة, million, مليون).
 */
public final class Numbers {
  private static final Map<String, Long> WORDS =
      Map.ofEntries(
          Map.entry("one", 1L),
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("hundred", 100L),
          Map.entry("thousand", 1000L),
          Map.entry("million", 1_000_000L),
          Map.entry("billion", 1_000_000_000L),
          Map.entry("واحد", 1L),
          Map.entry("واحده", 1L),
          Map.entry("اثنان", 2L),
          Map.entry("اثنين", 2L),
          Map.entry("اثنتان", 2L),
          Map.entry("اثنتين", 2L),
          Map.entry("ثلاث", 3L),
          Map.entry("ثلاثه", 3L),
          Map.entry("اربع", 4L),
          Map.entry("اربعه", 4L),
          Map.entry("خمس", 5L),
          Map.entry("خمسه", 5L),
          Map.entry("ست", 6L),
          Map.entry("سته", 6L),
          Map.entry("سبع", 7L),
          Map.entry("سبعه", 7L),
          Map.entry("ثماني", 8L),
          Map.entry("ثمانيه", 8L),
          Map.entry("تسع", 9L),
          Map.entry("تسعه", 9L),
          Map.entry("عشر", 10L),
          Map.entry("عشره", 10L),
          Map.entry("عشرون", 20L),
          Map.entry("عشرين", 20L),
          Map.entry("ثلاثون", 30L),
          Map.entry("ثلاثين", 30L),
          Map.entry("مئه", 100L),
          Map.entry("مائه", 100L),
          Map.entry("الف", 1000L),
          Map.entry("مليون", 1_000_000L),
          Map.entry("مليار", 1_000_000_000L));

  /** Longer digit runs are kept as written: an identifier or a run of digits, not a quantity. */
  private static final int MAX_DIGITS = 64;

  private Numbers() {}

  /**
   * The value of a number token in canonical form: ASCII digits, {@code .} as decimal mark, no
   * thousands marks, no trailing zeros after the decimal mark ({@code 1,200} and {@code ١٢٠٠} give
   * {@code 1200}; {@code 3.50} gives {@code 3.5}).
   */
  public static String canonical(String written) {
    StringBuilder sb = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isDigit(c)) {
        sb.append((char) ('0' + Character.digit(c, 10)));
      } else if (c == '.' || c == '٫') {
        sb.append('.');
      } else if (c == ',' || c == '٬') {
        sb.append(isThousandsMark(written, i) ? "" : ".");
      }
    }
    return strip(sb.toString());
  }

  /** The value of a written-out number word in either language, for words that are one. */
  public static Optional<String> ofWord(String normalizedLowerCaseWord) {
    Long v = WORDS.get(normalizedLowerCaseWord);
    return v == null ? Optional.empty() : Optional.of(Long.toString(v));
  }

  /** A comma or ٬ followed by exactly three digits is a thousands mark; otherwise a decimal one. */
  private static boolean isThousandsMark(String s, int i) {
    int digits = 0;
    int j = i + 1;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      digits++;
      j++;
    }
    return digits == 3;
  }

  private static String strip(String s) {
    if (s.isEmpty() || s.indexOf('.') != s.lastIndexOf('.')) {
      return s; // not a plain decimal (a version or a date-like run): keep it as written
    }
    if (s.length() > MAX_DIGITS) {
      return s; // no quantity has this many digits, and BigDecimal strips zeros in quadratic time
    }
    try {
      return new BigDecimal(s).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return s;
    }
  }
}
