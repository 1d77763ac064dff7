package org.qarin.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Severity;

/**
 * The length model of Gale and Church, "A Program for Aligning Sentences in Bilingual Corpora"
 * (Computational Linguistics 19(1), 1993): a translation's length is about {@code c} times its
 * source's, with a variance {@code s2} that grows with the source's length, so that {@code delta =
 * (l2 - c * l1) / sqrt(l1 * s2)} is roughly standard normal. Both parameters come from the
 * document's own links, robustly (medians), since Arabic-English ratios vary with the text; the
 * variance never goes below Gale and Church's 6.8. A link more than {@value #THRESHOLD} standard
 * deviations off, with at least {@value #MIN_LETTERS} letters of source, is an anomaly: a summary
 * or an expansion.
 */
final class LengthModel {
  static final double THRESHOLD = 2.5;
  static final int MIN_LETTERS = 40;

  /** Gale and Church's variance per character. */
  static final double MIN_VARIANCE = 6.8;

  /** Below this many links, the document says too little: the totals' ratio and 6.8 serve. */
  private static final int MIN_LINKS = 5;

  private final double ratio;
  private final double variance;

  LengthModel(double ratio, double variance) {
    this.ratio = ratio;
    this.variance = variance;
  }

  /** Fits the model to pairs of (source letters, target letters) of two-sided links. */
  static LengthModel fit(List<int[]> lengths) {
    List<int[]> usable = lengths.stream().filter(l -> l[0] >= 20 && l[1] > 0).toList();
    if (usable.size() < MIN_LINKS) {
      long s = lengths.stream().mapToLong(l -> l[0]).sum();
      long t = lengths.stream().mapToLong(l -> l[1]).sum();
      return new LengthModel(s == 0 ? 1 : (double) t / s, MIN_VARIANCE);
    }
    double c = median(usable.stream().mapToDouble(l -> (double) l[1] / l[0]).toArray());
    double[] z = usable.stream().mapToDouble(l -> (l[1] - c * l[0]) / Math.sqrt(l[0])).toArray();
    double center = median(z);
    double[] deviations = Arrays.stream(z).map(v -> Math.abs(v - center)).toArray();
    double sigma = 1.4826 * median(deviations); // the median absolute deviation of a normal
    return new LengthModel(c, Math.max(MIN_VARIANCE, sigma * sigma));
  }

  double ratio() {
    return ratio;
  }

  double variance() {
    return variance;
  }

  /** How many standard deviations the target's length is from what the source's predicts. */
  double delta(int sourceLetters, int targetLetters) {
    return (targetLetters - ratio * sourceLetters)
        / Math.sqrt(Math.max(sourceLetters, 1) * variance);
  }

  /** A length-anomaly finding for a link, or none. */
  List<Finding> check(Side source, Side target) {
    int l1 = source.letters();
    int l2 = target.letters();
    double d = delta(l1, l2);
    if (l1 < MIN_LETTERS || Math.abs(d) <= THRESHOLD) {
      return List.of();
    }
    String message =
        String.format(
            Locale.ROOT,
            "The translation is much %s than expected (%d characters where about %d were expected):"
                + " %s",
            d > 0 ? "longer" : "shorter",
            l2,
            Math.round(ratio * l1),
            d > 0 ? "possibly expanded" : "possibly summarised");
    return List.of(
        Finding.of(
            FindingKind.LENGTH_ANOMALY,
            Severity.INFO,
            source.sentences(),
            target.sentences(),
            message));
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
