package org.qarin.align;

/**
 * Settings of the aligner.
 *
 * @param deletionPercentile omission sensitivity: the share of candidate sentence pairs whose cost
 *     sets the price of leaving a sentence unaligned. Higher values make dropped and added
 *     sentences rarer; lower values report them more readily (as vecalign's deletion percentile).
 * @param maxBead the most sentences one side of a link may join (1-n and n-1 links)
 * @param detectMoved whether a second pass looks for content the translation moved
 */
public record AlignOptions(double deletionPercentile, int maxBead, boolean detectMoved) {
  public AlignOptions {
    if (!(deletionPercentile > 0 && deletionPercentile < 1)) {
      throw new IllegalArgumentException("deletion percentile must be in (0, 1): " + deletionPercentile);
    }
    if (maxBead < 1 || maxBead > 9) {
      throw new IllegalArgumentException("maxBead must be in 1..9: " + maxBead);
    }
  }

  public static AlignOptions defaults() {
    return new AlignOptions(CostModel.defaults().deletionPercentile(), 9, true);
  }

  public AlignOptions withDeletionPercentile(double p) {
    return new AlignOptions(p, maxBead, detectMoved);
  }
}
