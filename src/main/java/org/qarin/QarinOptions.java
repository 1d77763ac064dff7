package org.qarin;

import java.util.Objects;
import java.util.Optional;
import org.qarin.align.AlignOptions;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Language;
import org.qarin.segment.RuleSegmenter;
import org.qarin.segment.SentenceSegmenter;

/**
 * How qarin reads, segments, aligns and audits: languages (detected when empty), whether inputs
 * are already one sentence per line, the segmenter, the lexicon, the aligner's settings and the
 * least confidence of a finding worth reporting. Immutable; {@code with...} methods return changed
 * copies.
 */
public record QarinOptions(
    Optional<Language> sourceLanguage,
    Optional<Language> targetLanguage,
    boolean presegmented,
    SentenceSegmenter segmenter,
    Lexicon lexicon,
    AlignOptions align,
    double minConfidence) {
  public QarinOptions {
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    Objects.requireNonNull(targetLanguage, "targetLanguage");
    Objects.requireNonNull(segmenter, "segmenter");
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(align, "align");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence out of [0, 1]: " + minConfidence);
    }
  }

  /** Detected languages, qarin's SRX rules, the bundled lexicon, default alignment settings. */
  public static QarinOptions defaults() {
    return new QarinOptions(
        Optional.empty(), Optional.empty(), false, Defaults.SEGMENTER, Lexicon.bundled(), AlignOptions.defaults(), 0);
  }

  public QarinOptions withLanguages(Optional<Language> source, Optional<Language> target) {
    return new QarinOptions(source, target, presegmented, segmenter, lexicon, align, minConfidence);
  }

  public QarinOptions withPresegmented(boolean p) {
    return new QarinOptions(sourceLanguage, targetLanguage, p, segmenter, lexicon, align, minConfidence);
  }

  public QarinOptions withSegmenter(SentenceSegmenter s) {
    return new QarinOptions(sourceLanguage, targetLanguage, presegmented, s, lexicon, align, minConfidence);
  }

  public QarinOptions withLexicon(Lexicon l) {
    return new QarinOptions(sourceLanguage, targetLanguage, presegmented, segmenter, l, align, minConfidence);
  }

  public QarinOptions withAlign(AlignOptions a) {
    return new QarinOptions(sourceLanguage, targetLanguage, presegmented, segmenter, lexicon, a, minConfidence);
  }

  /** Findings below {@code c} are left out of every output and count. */
  public QarinOptions withMinConfidence(double c) {
    return new QarinOptions(sourceLanguage, targetLanguage, presegmented, segmenter, lexicon, align, c);
  }

  /** The default segmenter, compiled once for the whole process. */
  private static final class Defaults {
    static final SentenceSegmenter SEGMENTER = RuleSegmenter.defaults();
  }
}
