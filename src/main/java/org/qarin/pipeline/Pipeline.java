package org.qarin.pipeline;

import java.util.Optional;
import org.qarin.align.LexicalAligner;
import org.qarin.audit.Auditor;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.Language;
import org.qarin.model.Report;
import org.qarin.read.InputText;
import org.qarin.segment.Documents;

/**
 * The steps of one pair, in order: segment both inputs, align them, audit the alignment. The facade
 * ({@code org.qarin.Qarin}), {@code batch} and {@code match} all run pairs through here, so nothing
 * below the facade calls back into it. Every method is thread-safe.
 */
public final class Pipeline {
  private Pipeline() {}

  private static void checkSize(Document d, int max) {
    if (d.size() > max) {
      throw new InputException(
          d.name(),
          Problem.TOO_LARGE,
          "has " + d.size() + " sentences, more than the " + max + " qarin aligns",
          "split the pair into parts, or raise the limit with --max-sentences and give Java more"
              + " memory (-Xmx; see the README's limits)");
    }
  }

  /** The sentences of one input, in the language given or detected. */
  public static Document segment(
      InputText text, Optional<Language> language, QarinOptions options) {
    return options.presegmented()
        ? Documents.presegmented(text, language)
        : Documents.segment(text, language, options.segmenter());
  }

  /**
   * Segments both inputs and aligns them.
   *
   * @throws InputException when an input is unusable or both are in the same language
   */
  public static Alignment align(InputText source, InputText target, QarinOptions options) {
    Document s = segment(source, options.sourceLanguage(), options);
    checkSize(s, options.align().maxSentences()); // before the target's segmentation is spent
    Document t = segment(target, options.targetLanguage(), options);
    return align(s, t, options);
  }

  /**
   * Aligns two documents already segmented.
   *
   * @throws InputException when both are in the same language, or either has more sentences than
   *     the options' limit (checked before any work, as the memory needed grows with their product)
   */
  public static Alignment align(Document source, Document target, QarinOptions options) {
    checkSize(source, options.align().maxSentences());
    checkSize(target, options.align().maxSentences());
    if (source.language() == target.language()) {
      throw new InputException(
          target.name(),
          Problem.LANGUAGE,
          "is " + target.language().displayName() + ", like " + source.name(),
          "qarin compares Arabic with English; give the translation (or --source-lang/--target-lang)");
    }
    return new LexicalAligner(options.lexicon(), options.align()).align(source, target);
  }

  /**
   * Segments, aligns and audits two inputs: what the translation dropped, added, moved and changed.
   *
   * @throws InputException when an input is unusable or both are in the same language
   */
  public static Report audit(InputText source, InputText target, QarinOptions options) {
    // order matters: the audit reads the alignment, which reads the segmentation
    return audit(align(source, target, options), options);
  }

  /**
   * Audits an alignment already made, with the options' lexicon; findings below the options' least
   * confidence are left out.
   */
  public static Report audit(Alignment alignment, QarinOptions options) {
    return new Auditor(options.lexicon(), options.rendering())
        .audit(alignment)
        .withMinConfidence(options.minConfidence());
  }
}
