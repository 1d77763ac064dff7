package org.qarin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an Arabic word and a Latin word write the same name, from a learned weighted edit
 * distance between their letters: a memoryless stochastic transducer (Ristad and Yianilos,
 * "Learning String Edit Distance", IEEE TPAMI 20(5), 1998) whose operations let an Arabic letter
 * stand for none, one or two Latin letters (ش sh, ف v, ي ie) and a Latin letter stand alone (the
 * short vowels Arabic leaves unwritten). Operation costs are negative log probabilities learned by
 * EM from name pairs ({@code org.qarin.lexicon.build.NameModelBuilder}).
 *
 * <p>The similarity of a pair is the cost of its cheapest alignment, {@code c}, compared with the
 * cost of writing both words independently from letter frequencies, {@code n}: {@code 2(n - c) /
 * n}, clipped to [0, 1]. Like symmetric uncertainty, it is 0 when knowing one word says nothing
 * about the other and near 1 when one determines the other. A leading article is optional: ال may
 * or may not be written in Latin (الأسد, Assad or al-Assad).
 *
 * <p>Immutable and thread-safe. Calls reuse buffers of their thread instead of allocating, since
 * the aligner may compare tens of thousands of word pairs per document pair.
 */
public final class NameMatcher {
  /** The model's file name under {@code models/}. */
  public static final String FILE = "names-translit.tsv";

  static final int LETTERS = 26;
  static final int PAIRS = 1 + LETTERS + LETTERS * LETTERS;
  static final int SYMBOLS = NameLetters.ARABIC_LETTERS.length() + 1;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  // costs[s * PAIRS + k]: Arabic letter s (0 for none) written as Latin chunk k: 0 none, 1 + a one
  // letter, 1 + 26 + 26a + b two letters
  private final float[] costs;
  // the cheapest operation of each Arabic letter: what it adds to any alignment at least
  private final float[] cheapest;
  private final float[] arabicNull;
  private final float[] latinNull;
  private final double threshold;
  private final double minRatio;
  private final double maxRatio;

  /**
   * A matcher over the tables {@link NameModelFile} reads; it keeps the arrays, which nothing else
   * may hold.
   */
  NameMatcher(
      float[] costs,
      float[] arabicNull,
      float[] latinNull,
      double threshold,
      double minRatio,
      double maxRatio) {
    this.costs = costs;
    this.cheapest = new float[SYMBOLS];
    for (int a = 1; a < SYMBOLS; a++) {
      float min = Float.POSITIVE_INFINITY;
      for (int k = 0; k < PAIRS; k++) {
        min = Math.min(min, costs[a * PAIRS + k]);
      }
      cheapest[a] = min;
    }
    this.arabicNull = arabicNull;
    this.latinNull = latinNull;
    this.threshold = threshold;
    this.minRatio = minRatio;
    this.maxRatio = maxRatio;
  }

  /** The model shipped in qarin's jar, read once per process on first use. */
  public static NameMatcher bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The model in {@code dir} (what {@code --models DIR} points at), read now.
   *
   * @throws UncheckedIOException when the file is missing, unreadable or malformed
   */
  public static NameMatcher load(Path dir) {
    try (InputStream in = Files.newInputStream(dir.resolve(FILE))) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /** A model from the text of a model file (UTF-8), as the builder writes it. */
  public static NameMatcher read(InputStream in) throws IOException {
    return NameModelFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
  }

  /** The similarity at or above which {@link #sameName} says yes, tuned on held-out names. */
  public double threshold() {
    return threshold;
  }

  /**
   * How surely {@code arabicWord} and {@code latinWord} write one name, from 0 to 1; 0 when either
   * has no letters of its script or their lengths are too far apart for any name in training.
   */
  public double similarity(String arabicWord, String latinWord) {
    return best(arabicWord, latinWord, false);
  }

  /** Whether the two words write one name: {@code similarity >= threshold()}. */
  public boolean sameName(String arabicWord, String latinWord) {
    return best(arabicWord, latinWord, true) >= threshold;
  }

  /**
   * The best similarity over the article's readings; with {@code early}, only exact at or above the
   * threshold.
   */
  private double best(String arabicWord, String latinWord, boolean early) {
    Scratch s = SCRATCH.get().fit(arabicWord.length(), latinWord.length());
    int n = NameLetters.arabicCodes(arabicWord, s.arabic);
    int article = NameLetters.latinArticle(latinWord);
    int m = NameLetters.latinCodes(latinWord, article, s.latin);
    if (n == 0 || m == 0) {
      return 0;
    }
    boolean arabicArticle = NameLetters.hasArticle(s.arabic, n);
    if (article > 0) { // a written Latin article: the Arabic one goes too
      return score(s, arabicArticle ? 2 : 0, n, m, early);
    }
    double full = score(s, 0, n, m, early);
    return arabicArticle && !(early && full >= threshold)
        ? Math.max(full, score(s, 2, n, m, early))
        : full;
  }

  private double score(Scratch s, int from, int n, int m, boolean early) {
    int letters = n - from;
    if (m + 1 < minRatio * (letters + 1) || m + 1 > maxRatio * (letters + 1)) {
      return 0;
    }
    double independent = 0;
    for (int i = from; i < n; i++) {
      independent += arabicNull[s.arabic[i]];
    }
    for (int j = 0; j < m; j++) {
      independent += latinNull[s.latin[j]];
    }
    // an alignment dearer than this cannot reach the threshold; the margin absorbs rounding
    double budget = early ? independent * (1 - threshold / 2) + 1e-3 : Double.POSITIVE_INFINITY;
    double cost = cost(s, from, n, m, budget);
    return Math.max(0, Math.min(1, 2 * (independent - cost) / independent));
  }

  /**
   * The cheapest alignment's cost, by dynamic programming over two rows (Arabic letters consumed,
   * Latin letters consumed); infinite as soon as a row's cheapest cell plus the cheapest operations
   * of the Arabic letters still to come exceeds {@code budget}, since costs only add up.
   */
  private double cost(Scratch s, int from, int n, int m, double budget) {
    float[] prev = s.prev;
    float[] cur = s.cur;
    int[] e = s.latin;
    double rest = 0;
    for (int i = from; i < n; i++) {
      rest += cheapest[s.arabic[i]];
    }
    if (rest > budget) {
      return Double.POSITIVE_INFINITY;
    }
    prev[0] = 0;
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + costs[1 + e[j - 1]];
    }
    for (int i = from; i < n; i++) {
      rest -= cheapest[s.arabic[i]];
      if (fillRow(s.arabic[i] * PAIRS, e, m, prev, cur) + rest > budget) {
        return Double.POSITIVE_INFINITY;
      }
      float[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /**
   * One row of the table: the cells after one more Arabic letter (at {@code base}); returns the
   * row's minimum.
   */
  private float fillRow(int base, int[] e, int m, float[] prev, float[] cur) {
    float dropped = costs[base];
    cur[0] = prev[0] + dropped;
    float min = cur[0];
    for (int j = 1; j <= m; j++) {
      int b = e[j - 1];
      float v = Math.min(cur[j - 1] + costs[1 + b], prev[j] + dropped);
      v = Math.min(v, prev[j - 1] + costs[base + 1 + b]);
      if (j >= 2) {
        v = Math.min(v, prev[j - 2] + costs[base + 1 + LETTERS + LETTERS * e[j - 2] + b]);
      }
      cur[j] = v;
      min = Math.min(min, v);
    }
    return min;
  }

  /** Per-thread buffers for letter codes and table rows, grown for long words. */
  private static final class Scratch {
    int[] arabic = new int[0];
    int[] latin = new int[0];
    float[] prev = new float[0];
    float[] cur = new float[0];

    Scratch fit(int arabicChars, int latinChars) {
      int most = NameLetters.MAX_LETTERS_PER_CHAR;
      if (arabic.length < most * arabicChars) {
        arabic = new int[Math.max(128, most * arabicChars)];
      }
      if (latin.length < most * latinChars) {
        latin = new int[Math.max(128, most * latinChars)];
        prev = new float[latin.length + 1];
        cur = new float[latin.length + 1];
      }
      return this;
    }
  }

  private static final class Bundled {
    static final NameMatcher INSTANCE = bundledModel();

    private static NameMatcher bundledModel() {
      try (InputStream in = NameMatcher.class.getResourceAsStream("/models/" + FILE)) {
        if (in == null) {
          throw new IOException("missing from the jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the bundled " + FILE + ": " + e.getMessage(), e);
      }
    }
  }
}
