package org.qarin.match;

import java.util.Objects;
import org.qarin.pipeline.QarinOptions;

/**
 * How to match.
 *
 * @param qarin the lexicon and aligner settings (languages are always detected per document)
 * @param candidates how many documents each document's query retrieves from the other side
 * @param top the most matches reported per source document
 * @param minScore matches scoring lower are not reported; below {@link #RENDERS} the report also
 *     lists candidates judged not to render the source (verdict none)
 * @param threads how many threads score candidate pairs
 */
public record MatchOptions(
    QarinOptions qarin, int candidates, int top, double minScore, int threads) {
  /** The score from which a target is judged to render the source. */
  public static final double RENDERS = 0.5;

  public MatchOptions {
    Objects.requireNonNull(qarin, "qarin");
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
    }
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be in [0, 1]: " + minScore);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /** Ten candidates each way, ten matches per source, the fitted threshold, every core. */
  public static MatchOptions defaults() {
    return new MatchOptions(
        QarinOptions.defaults(), 10, 10, RENDERS, Runtime.getRuntime().availableProcessors());
  }

  public MatchOptions withQarin(QarinOptions q) {
    return new MatchOptions(q, candidates, top, minScore, threads);
  }

  public MatchOptions withCandidates(int k) {
    return new MatchOptions(qarin, k, top, minScore, threads);
  }

  public MatchOptions withTop(int n) {
    return new MatchOptions(qarin, candidates, n, minScore, threads);
  }

  public MatchOptions withMinScore(double s) {
    return new MatchOptions(qarin, candidates, top, s, threads);
  }

  public MatchOptions withThreads(int n) {
    return new MatchOptions(qarin, candidates, top, minScore, n);
  }
}
