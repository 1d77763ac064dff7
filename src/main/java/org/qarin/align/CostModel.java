package org.qarin.align;

/**
 * Costs of beads: lexical evidence, a Gale-Church length model and a prior on the bead's shape.
 * Costs are additive over the alignment and lower is better; the lexical part grows with the number
 * of sentences a bead covers, so that merging beads is never free.
 *
 * <p>Gale and Church (1993), "A Program for Aligning Sentences in Bilingual Corpora"; the
 * size-proportional lexical cost follows Thompson and Koehn (2019), "Vecalign".
 */
record CostModel(
    double lexicalWeight,
    double lengthWeight,
    double lengthVariance,
    double manyPenalty,
    double widePenalty,
    double manyManyPenalty,
    double deletionPercentile,
    double skipFloor) {

  /**
   * Weights fitted by grid search on the AlignAR development pairs (law and literature) and the
   * TICO-19 edited-translation benchmark together, before the data was split (docs/evaluation.md,
   * "What the test data has seen"). AlignAR is used for these few weights only, never for word
   * translations.
   */
  static CostModel defaults() {
    return new CostModel(2.0, 0.15, 6.8, 0.4, 0.15, 2.0, 0.5, 0.4);
  }

  CostModel withDeletionPercentile(double p) {
    return new CostModel(
        lexicalWeight,
        lengthWeight,
        lengthVariance,
        manyPenalty,
        widePenalty,
        manyManyPenalty,
        p,
        skipFloor);
  }

  /** The cost of an a-b bead with the given lexical similarity and lengths. */
  double bead(
      int a, int b, double similarity, double sourceChars, double targetChars, double ratio) {
    double lexical = lexicalWeight * (1 - similarity) * (a + b) / 2.0;
    double length = lengthWeight * lengthCost(sourceChars, targetChars, ratio);
    return lexical + length + shape(a, b);
  }

  /** The prior cost of a bead's shape: nothing for 1-1, more the more sentences it joins. */
  double shape(int a, int b) {
    if (a == 1 && b == 1) {
      return 0;
    }
    double p = manyPenalty + widePenalty * Math.max(0, a + b - 3);
    return a >= 2 && b >= 2 ? p + manyManyPenalty : p;
  }

  /**
   * -log P(length difference) under Gale-Church: the target length is normally distributed around
   * {@code ratio} times the source length, with variance proportional to the source length.
   */
  double lengthCost(double sourceChars, double targetChars, double ratio) {
    double s = Math.max(sourceChars, 1);
    double delta = (targetChars - ratio * s) / Math.sqrt(s * lengthVariance * Math.max(ratio, 0.1));
    double p = 2 * (1 - Normal.cdf(Math.abs(delta)));
    return -Math.log(Math.max(p, 1e-12));
  }

  /** The similarity of two sides' coverages: their harmonic mean. */
  static double similarity(
      double forward, double sourceWeight, double backward, double targetWeight) {
    double f = forward / (sourceWeight + 0.5);
    double b = backward / (targetWeight + 0.5);
    return f + b == 0 ? 0 : 2 * f * b / (f + b);
  }

  /** The standard normal distribution function. */
  static final class Normal {
    private Normal() {}

    /** Abramowitz and Stegun 26.2.17, absolute error below 7.5e-8. */
    static double cdf(double x) {
      double t = 1 / (1 + 0.2316419 * Math.abs(x));
      double d = 0.3989422804014327 * Math.exp(-x * x / 2);
      double p =
          d
              * t
              * (0.319381530
                  + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
      return x >= 0 ? 1 - p : p;
    }
  }
}
