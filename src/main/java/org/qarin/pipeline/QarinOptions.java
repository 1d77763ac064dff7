package org.qarin.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.qarin.align.AlignOptions;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Language;
import org.qarin.model.Rendering;
import org.qarin.segment.RuleSegmenter;
import org.qarin.segment.SentenceSegmenter;

/**
 * How qarin reads, segments, aligns and audits: languages (detected when empty), whether inputs are
 * already one sentence per line, the segmenter, the lexicon, the aligner's settings, the least
 * confidence of a finding worth reporting and whether the audit decides the rendering's shape
 * (whole, partial) or takes it as given. Immutable; {@code with...} methods return changed copies.
 */
public record QarinOptions(
    Optional<Language> sourceLanguage,
    Optional<Language> targetLanguage,
    boolean presegmented,
    SentenceSegmenter segmenter,
    Lexicon lexicon,
    AlignOptions align,
    double minConfidence,
    Rendering.Choice rendering) {
  public QarinOptions {
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    Objects.requireNonNull(targetLanguage, "targetLanguage");
    Objects.requireNonNull(segmenter, "segmenter");
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(align, "align");
    Objects.requireNonNull(rendering, "rendering");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence out of [0, 1]: " + minConfidence);
    }
  }

  /** Detected languages, qarin's SRX rules, the bundled lexicon, default alignment settings. */
  public static QarinOptions defaults() {
    return new QarinOptions(
        Optional.empty(),
        Optional.empty(),
        false,
        Defaults.SEGMENTER,
        Lexicon.bundled(),
        AlignOptions.defaults(),
        0,
        Rendering.Choice.AUTO);
  }

  public QarinOptions withLanguages(Optional<Language> source, Optional<Language> target) {
    return new QarinOptions(
        source, target, presegmented, segmenter, lexicon, align, minConfidence, rendering);
  }

  public QarinOptions withPresegmented(boolean p) {
    return new QarinOptions(
        sourceLanguage, targetLanguage, p, segmenter, lexicon, align, minConfidence, rendering);
  }

  public QarinOptions withSegmenter(SentenceSegmenter s) {
    return new QarinOptions(
        sourceLanguage, targetLanguage, presegmented, s, lexicon, align, minConfidence, rendering);
  }

  public QarinOptions withLexicon(Lexicon l) {
    return new QarinOptions(
        sourceLanguage,
        targetLanguage,
        presegmented,
        segmenter,
        l,
        align,
        minConfidence,
        rendering);
  }

  public QarinOptions withAlign(AlignOptions a) {
    return new QarinOptions(
        sourceLanguage,
        targetLanguage,
        presegmented,
        segmenter,
        lexicon,
        a,
        minConfidence,
        rendering);
  }

  /** Findings below {@code c} are left out of every output and count. */
  public QarinOptions withMinConfidence(double c) {
    return new QarinOptions(
        sourceLanguage, targetLanguage, presegmented, segmenter, lexicon, align, c, rendering);
  }

  /** The rendering's shape decided by the audit, or taken as given. */
  public QarinOptions withRendering(Rendering.Choice r) {
    return new QarinOptions(
        sourceLanguage, targetLanguage, presegmented, segmenter, lexicon, align, minConfidence, r);
  }

  /** The default segmenter, compiled once for the whole process. */
  private static final class Defaults {
    static final SentenceSegmenter SEGMENTER = RuleSegmenter.defaults();
  }
}
