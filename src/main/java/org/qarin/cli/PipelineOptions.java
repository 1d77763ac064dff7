package org.qarin.cli;

import org.qarin.align.AlignOptions;
import org.qarin.pipeline.QarinOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options of every command that segments and aligns two documents. */
final class PipelineOptions {
  @Option(
      names = "--source-lang",
      defaultValue = "auto",
      description = "Language of SOURCE: ar, en or auto (default).")
  LanguageChoice sourceLang;

  @Option(
      names = "--target-lang",
      defaultValue = "auto",
      description = "Language of TARGET: ar, en or auto (default).")
  LanguageChoice targetLang;

  @Option(
      names = "--deletion-percentile",
      paramLabel = "P",
      description =
          "Omission sensitivity in (0, 1): higher reports fewer dropped and added sentences.")
  Double deletionPercentile;

  @Option(
      names = "--max-sentences",
      paramLabel = "N",
      converter = PositiveCount.class,
      description =
          "Refuse documents of more sentences than this (default: "
              + AlignOptions.DEFAULT_MAX_SENTENCES
              + "); memory grows with the product of the two counts.")
  Integer maxSentences;

  @Mixin DocumentOptions documents;

  /** Starts loading the bundled lexicon while the inputs are read, unless --models replaces it. */
  void warmUp() {
    documents.warmUp();
  }

  QarinOptions options() {
    QarinOptions o =
        documents.applyTo(
            QarinOptions.defaults().withLanguages(sourceLang.language(), targetLang.language()));
    if (deletionPercentile != null) {
      o = o.withAlign(o.align().withDeletionPercentile(deletionPercentile));
    }
    if (maxSentences != null) {
      o = o.withAlign(o.align().withMaxSentences(maxSentences));
    }
    return o;
  }

  /** A positive whole number; anything else is a usage error. */
  static final class PositiveCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below, like a number that is not positive
      }
      throw new TypeConversionException("'" + value + "' is not a positive whole number");
    }
  }
}
