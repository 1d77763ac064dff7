package org.qarin.lexicon.build;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.qarin.lexicon.NameLetters;

/**
 * Learns the probabilities of {@link org.qarin.lexicon.NameMatcher}'s edit operations by
 * expectation maximisation over all alignments of each training pair (forward-backward), as Ristad
 * and Yianilos do for string edit distance (IEEE TPAMI 20(5), 1998). An operation writes one Arabic
 * letter as no, one or two Latin letters, or one Latin letter alone. A word starting with ال is
 * read both with and without the article, each reading weighted by how likely it makes the pair,
 * since romanisations keep (alsanousi) or drop (Assad) it.
 */
final class TransliterationEm {
  static final int LETTERS = 26;
  static final int CHUNKS = 1 + LETTERS + LETTERS * LETTERS;
  static final int SYMBOLS = NameLetters.ARABIC_LETTERS.length() + 1;

  /**
   * A training pair as letter codes (Arabic 1 to {@code SYMBOLS - 1}, Latin 0 to 25); {@code
   * article} when the Arabic starts with ال that may be left unwritten.
   */
  record Example(int[] arabic, int[] latin, boolean article) {}

  /** The joint probability of each operation, and its expected count in the last pass. */
  record Model(double[] probability, double[] count) {}

  private final double alpha;
  private final double[] p = new double[SYMBOLS * CHUNKS];

  private TransliterationEm(double alpha) {
    this.alpha = alpha;
    double uniform = 1.0 / allowedCount();
    for (int op = 0; op < p.length; op++) {
      p[op] = allowed(op) ? uniform : 0;
    }
  }

  /**
   * Trains from uniform probabilities; each pass adds {@code alpha} to every operation's count, so
   * that no operation becomes impossible.
   */
  static Model train(List<Example> examples, int iterations, double alpha, Consumer<String> log) {
    TransliterationEm em = new TransliterationEm(alpha);
    double[] count = new double[em.p.length];
    for (int it = 1; it <= iterations; it++) {
      Arrays.fill(count, 0);
      double logLikelihood = 0;
      for (Example e : examples) {
        logLikelihood += em.expect(e, count);
      }
      em.maximise(count);
      log.accept(String.format(Locale.ROOT, "EM pass %d: log-likelihood %.1f", it, logLikelihood));
    }
    return new Model(em.p.clone(), count);
  }

  /** Whether operation {@code op} exists: any for an Arabic letter, one Latin letter alone. */
  static boolean allowed(int op) {
    int s = op / CHUNKS;
    int k = op % CHUNKS;
    return s > 0 || (k >= 1 && k <= LETTERS);
  }

  static int allowedCount() {
    int n = 0;
    for (int op = 0; op < SYMBOLS * CHUNKS; op++) {
      n += allowed(op) ? 1 : 0;
    }
    return n;
  }

  private void maximise(double[] count) {
    double total = 0;
    for (int op = 0; op < p.length; op++) {
      total += allowed(op) ? count[op] + alpha : 0;
    }
    for (int op = 0; op < p.length; op++) {
      p[op] = allowed(op) ? (count[op] + alpha) / total : 0;
    }
  }

  /**
   * Adds the pair's expected operation counts to {@code count}; returns the pair's log-likelihood.
   */
  private double expect(Example e, double[] count) {
    int[] a = e.arabic();
    boolean article = e.article();
    double[] full = forward(a, 0, e.latin());
    double zFull = full[full.length - 1];
    double[] bare = article ? forward(a, 2, e.latin()) : null;
    double zBare = article ? bare[bare.length - 1] : 0;
    double z = zFull + zBare;
    if (!(z > Double.MIN_NORMAL)) {
      return 0; // a pair too unlike any name for the arithmetic: it would teach nothing
    }
    if (zFull > 0) {
      collect(a, 0, e.latin(), full, zFull / z, count);
    }
    if (zBare > 0) {
      collect(a, 2, e.latin(), bare, zBare / z, count);
    }
    return Math.log(z);
  }

  /** Forward probabilities over (Arabic letters from {@code from}, Latin letters), row-major. */
  private double[] forward(int[] a, int from, int[] e) {
    int n = a.length - from;
    int w = e.length + 1;
    double[] f = new double[(n + 1) * w];
    f[0] = 1;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= e.length; j++) {
        double v = i == 0 && j == 0 ? 1 : 0;
        if (j > 0) {
          v += f[i * w + j - 1] * p[chunk(e, j - 1, 1)];
        }
        if (i > 0) {
          int base = a[from + i - 1] * CHUNKS;
          for (int k = 0; k <= 2 && k <= j; k++) {
            v += f[(i - 1) * w + j - k] * p[base + chunk(e, j - k, k)];
          }
        }
        f[i * w + j] = v;
      }
    }
    return f;
  }

  /** Backward probabilities, then each transition's posterior, weighted, into {@code count}. */
  private void collect(int[] a, int from, int[] e, double[] f, double weight, double[] count) {
    int n = a.length - from;
    int w = e.length + 1;
    double[] b = new double[(n + 1) * w];
    double scale = weight / f[f.length - 1];
    for (int i = n; i >= 0; i--) {
      for (int j = e.length; j >= 0; j--) {
        double v = i == n && j == e.length ? 1 : 0;
        double here = f[i * w + j] * scale;
        if (j < e.length) {
          int op = chunk(e, j, 1);
          v += p[op] * b[i * w + j + 1];
          count[op] += here * p[op] * b[i * w + j + 1];
        }
        if (i < n) {
          int base = a[from + i] * CHUNKS;
          for (int k = 0; k <= 2 && j + k <= e.length; k++) {
            int op = base + chunk(e, j, k);
            v += p[op] * b[(i + 1) * w + j + k];
            count[op] += here * p[op] * b[(i + 1) * w + j + k];
          }
        }
        b[i * w + j] = v;
      }
    }
  }

  /** The index of the Latin chunk of {@code length} letters at {@code j}. */
  static int chunk(int[] e, int j, int length) {
    return switch (length) {
      case 0 -> 0;
      case 1 -> 1 + e[j];
      default -> 1 + LETTERS + LETTERS * e[j] + e[j + 1];
    };
  }

  /** The Latin letters of chunk {@code k}, or {@code -} for none. */
  static String chunkLetters(int k) {
    if (k == 0) {
      return "-";
    }
    if (k <= LETTERS) {
      return String.valueOf((char) ('a' + k - 1));
    }
    int pair = k - 1 - LETTERS;
    return "" + (char) ('a' + pair / LETTERS) + (char) ('a' + pair % LETTERS);
  }
}
