package org.qarin.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.qarin.lexicon.Numbers;

/**
 * Written-out numbers as the number check reads them: the cardinals of {@link Numbers}, and the
 * teens, tens, hundreds and ordinals it lacks (أربعون, sixty, ثلاثمائة, الثالث, third), and runs of
 * them read as one number (خمسة عشر, واحد وعشرون, twenty-one, three hundred, ألف وتسعمئة وعشرين).
 * The table lives here rather than in {@link Numbers}, which also feeds the aligner's features.
 * Vague counts (عشرات, dozens) are no numbers.
 */
final class NumberWords {
  private static final Map<String, Long> WORDS = words();

  /** Words that multiply what comes before them: three hundred, مئة ألف, two million. */
  private static final Set<Long> MULTIPLIERS =
      Set.of(100L, 1000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L);

  private NumberWords() {}

  /**
   * The value of a number word (English in lower case, Arabic normalised without proclitics), or
   * null; an Arabic word may carry the accusative alef (أربعاً).
   */
  static Long value(String form) {
    Long v = WORDS.get(form);
    if (v == null) {
      v = Numbers.ofWord(form).map(Long::valueOf).orElse(null);
    }
    if (v == null && form.length() > 3 && form.endsWith("ا")) {
      return value(form.substring(0, form.length() - 1));
    }
    return v;
  }

  /**
   * A run of number words read as one number. A word joins the run only where numbers are written
   * that way, so that "two or three" and "شخصان وثلاثة" stay two numbers: a multiplier after a
   * smaller number (three hundred, مئة ألف), a smaller number after tens or a hundred and more
   * (twenty-one, ألف وتسعمئة), or, in Arabic, ten or tens after a unit (خمسة عشر, واحد وعشرون).
   */
  static final class Run {
    private final boolean arabic;
    private long total;
    private long current;
    private long last;

    Run(long first, boolean arabic) {
      this.arabic = arabic;
      take(first);
    }

    /** Adds {@code v} to the run if it continues it; false, and nothing added, if it does not. */
    boolean add(Long v) {
      if (v == null || !continues(v)) {
        return false;
      }
      take(v);
      return true;
    }

    long value() {
      return total + current;
    }

    private boolean continues(long v) {
      if (isMultiplier(v)) {
        return last < v;
      }
      boolean afterTens = last >= 20 && last < 100 && v < 10;
      boolean afterLarge = last >= 100 && v < last;
      boolean afterUnit = arabic && last < 10 && (v == 10 || (v >= 20 && v < 100 && v % 10 == 0));
      return afterTens || afterLarge || afterUnit;
    }

    private void take(long v) {
      if (v >= 1000 && isMultiplier(v)) {
        total += Math.max(current, 1) * v;
        current = 0;
      } else if (v == 100) {
        current = Math.max(current, 1) * 100;
      } else {
        current += v;
      }
      last = v;
    }

    private static boolean isMultiplier(long v) {
      return MULTIPLIERS.contains(v);
    }
  }

  private static Map<String, Long> words() {
    Map<String, Long> m = new HashMap<>();
    String[] teens = {
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
    };
    for (int i = 0; i < teens.length; i++) {
      m.put(teens[i], 13L + i);
    }
    String[] tens = {"sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], 60L + 10 * i);
    }
    // first and second (أول, ثاني) are left out: they are everyday adjectives (the first cases)
    // far more often than numbers, and would confirm a changed 1 or 2 nearby
    put(m, 1, "احد", "احدي", "حادي", "حاديه");
    put(m, 2, "اثنا", "اثني", "اثنتا", "اثنتي");
    put(m, 3, "third", "ثالث", "ثالثه");
    put(m, 4, "fourth", "رابع", "رابعه");
    put(m, 5, "fifth", "خامس", "خامسه");
    put(m, 6, "sixth", "سادس", "سادسه");
    put(m, 7, "seventh", "سابع", "سابعه");
    put(m, 8, "eighth", "ثامن", "ثامنه", "ثمان");
    put(m, 9, "ninth", "تاسع", "تاسعه");
    put(m, 10, "tenth", "عاشر", "عاشره");
    put(m, 11, "eleventh");
    put(m, 12, "twelfth");
    String[] teenths = {
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth"
    };
    for (int i = 0; i < teenths.length; i++) {
      m.put(teenths[i], 13L + i);
    }
    String[] tenths = {
      "twentieth",
      "thirtieth",
      "fortieth",
      "fiftieth",
      "sixtieth",
      "seventieth",
      "eightieth",
      "ninetieth"
    };
    for (int i = 0; i < tenths.length; i++) {
      m.put(tenths[i], 20L + 10 * i);
    }
    String[] arabicTens = {"اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int i = 0; i < arabicTens.length; i++) {
      put(m, 40 + 10 * i, arabicTens[i] + "ون", arabicTens[i] + "ين");
    }
    String[] hundreds = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int i = 0; i < hundreds.length; i++) {
      put(m, 300 + 100 * i, hundreds[i] + "مئه", hundreds[i] + "مائه");
    }
    put(m, 100, "hundredth");
    put(m, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
    put(m, 1000, "thousandth");
    put(m, 2000, "الفان", "الفين", "الفي");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Long> m, long value, String... forms) {
    for (String f : forms) {
      m.put(f, value);
    }
  }
}
