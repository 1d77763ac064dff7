package org.qarin.lexicon;

import static org.qarin.lexicon.NameMatcher.LETTERS;
import static org.qarin.lexicon.NameMatcher.PAIRS;
import static org.qarin.lexicon.NameMatcher.SYMBOLS;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads {@link NameMatcher}'s model file: UTF-8 TSV, {@code #} comment lines, rows of four fields
 * (kind, Arabic letter, Latin letters, value; {@code -} for none). Kinds: {@code threshold}; {@code
 * min-ratio} and {@code max-ratio}, the fewest and the most Latin letters per Arabic letter (each
 * count plus one); {@code floor}, the cost of any operation not listed, before the first {@code
 * op}; {@code op}, the cost of writing an Arabic letter as none, one or two Latin letters, or of a
 * Latin letter alone; {@code null}, a letter's cost on its own.
 */
final class NameModelFile {
  private float[] costs;
  private final float[] arabicNull = new float[SYMBOLS];
  private final float[] latinNull = new float[LETTERS];
  private double threshold = Double.NaN;
  private double minRatio = Double.NaN;
  private double maxRatio = Double.NaN;
  private int line;

  private NameModelFile() {}

  /** The matcher a model file's text describes. */
  static NameMatcher parse(String text) throws IOException {
    NameModelFile f = new NameModelFile();
    for (String row : text.split("\n", -1)) {
      f.line++;
      if (!row.isEmpty() && !row.startsWith("#")) {
        f.add(row.split("\t", -1));
      }
    }
    return f.matcher();
  }

  private void add(String[] f) throws IOException {
    check(f.length == 4, "expected 4 fields, found " + f.length);
    double value = value(f[3]);
    switch (f[0]) {
      case "threshold" -> threshold = value;
      case "min-ratio" -> minRatio = value;
      case "max-ratio" -> maxRatio = value;
      case "floor" -> {
        costs = new float[SYMBOLS * PAIRS];
        Arrays.fill(costs, (float) value);
      }
      case "op" -> {
        check(costs != null, "an op before the floor");
        costs[operation(f[1], f[2])] = (float) value;
      }
      case "null" -> setNull(f[1], f[2], (float) value);
      default -> check(false, "unknown row kind " + f[0]);
    }
  }

  private NameMatcher matcher() throws IOException {
    line = 0; // problems of the whole file
    check(threshold > 0 && threshold <= 1, "no threshold in (0, 1]");
    check(minRatio > 0 && maxRatio >= minRatio, "no min-ratio and max-ratio");
    check(costs != null, "no floor");
    for (int s = 1; s < SYMBOLS; s++) {
      check(arabicNull[s] > 0, "no null cost for " + NameLetters.ARABIC_LETTERS.charAt(s - 1));
    }
    for (int c = 0; c < LETTERS; c++) {
      check(latinNull[c] > 0, "no null cost for " + (char) ('a' + c));
    }
    return new NameMatcher(costs, arabicNull, latinNull, threshold, minRatio, maxRatio);
  }

  private int operation(String arabic, String latin) throws IOException {
    int s = arabic.equals("-") ? 0 : arabicCode(arabic);
    int k = latin.equals("-") ? 0 : latinChunk(latin);
    check(s > 0 || (k >= 1 && k <= LETTERS), "not an operation the matcher uses");
    return s * PAIRS + k;
  }

  private void setNull(String arabic, String latin, float value) throws IOException {
    if (arabic.equals("-")) {
      check(latin.length() == 1, "one Latin letter expected");
      latinNull[latinChunk(latin) - 1] = value;
    } else {
      check(latin.equals("-"), "an Arabic or a Latin letter, not both");
      arabicNull[arabicCode(arabic)] = value;
    }
  }

  private int arabicCode(String letter) throws IOException {
    int code = letter.length() == 1 ? NameLetters.code(letter.charAt(0)) : 0;
    check(code > 0, "unknown Arabic letter " + letter);
    return code;
  }

  /** The matcher's index of one or two Latin letters: 1 + a, or 1 + 26 + 26a + b. */
  private int latinChunk(String letters) throws IOException {
    check(
        letters.length() == 1 || letters.length() == 2,
        "one or two Latin letters expected: " + letters);
    int k = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      check(c >= 'a' && c <= 'z', "not a to z: " + letters);
      k = k * LETTERS + c - 'a';
    }
    return letters.length() == 1 ? 1 + k : 1 + LETTERS + k;
  }

  private double value(String s) throws IOException {
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IOException(where() + "not a number: " + s, e);
    }
    check(v >= 0 && !Double.isInfinite(v), "not a non-negative number: " + s);
    return v;
  }

  private void check(boolean ok, String problem) throws IOException {
    if (!ok) {
      throw new IOException(where() + problem);
    }
  }

  private String where() {
    return line > 0 ? "line " + line + ": " : "";
  }
}
