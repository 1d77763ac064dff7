package org.qarin;

import org.qarin.align.LexicalAligner;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.Language;
import org.qarin.read.InputText;
import org.qarin.segment.Documents;

/**
 * qarin as a library: segment, align and audit an Arabic text and its English translation. Every
 * method is thread-safe; models load once per process and are shared.
 */
public final class Qarin {
  private Qarin() {}

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
  public static Document segment(InputText text, java.util.Optional<Language> language, QarinOptions options) {
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
}
