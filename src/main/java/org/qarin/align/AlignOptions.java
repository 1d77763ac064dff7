package org.qarin.align;

/**
 * Settings of the aligner.
 *
 * @param deletionPercentile omission sensitivity: the share of candidate sentence pairs whose cost
 *     sets the price of leaving a sentence unaligned. Higher values make dropped and added
 *     sentences rarer; lower values report them more readily (as vecalign's deletion percentile).
 * @param maxBead the most sentences one side of a link may join (1-n and n-1 links)
 * @param detectMoved whether a second pass looks for content the translation moved
 * @param maxSentences the most sentences either document may have; the aligner's memory grows with
 *     the product of the two documents' sentence counts, so larger pairs are refused up front
 *     rather than failing with an out-of-memory error after minutes of work
 */
public record AlignOptions(
    double deletionPercentile, int maxBead, boolean detectMoved, int maxSentences) {
  /** 20,000 sentences (a 500-page book) a side: about 1.5 GB of heap for a pair that size. */
  public static final int DEFAULT_MAX_SENTENCES = 20_000;

  public AlignOptions {
    if (!(deletionPercentile > 0 && deletionPercentile < 1)) {
      throw new IllegalArgumentException(
          "deletion percentile must be in (0, 1): " + deletionPercentile);
    }
    if (maxBead < 1 || maxBead > 9) {
      throw new IllegalArgumentException("maxBead must be in 1..9: " + maxBead);
    }
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be positive: " + maxSentences);
    }
  }

  public static AlignOptions defaults() {
    return new AlignOptions(
        CostModel.defaults().deletionPercentile(), 9, true, DEFAULT_MAX_SENTENCES);
  }

  public AlignOptions withDeletionPercentile(double p) {
    return new AlignOptions(p, maxBead, detectMoved, maxSentences);
  }

  /** These settings with another limit on the sentences of each document. */
  public AlignOptions withMaxSentences(int max) {
    return new AlignOptions(deletionPercentile, maxBead, detectMoved, max);
  }
}
