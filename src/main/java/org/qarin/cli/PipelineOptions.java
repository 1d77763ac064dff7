package org.qarin.cli;

import java.nio.file.Path;
import org.qarin.QarinOptions;
import org.qarin.lexicon.Lexicon;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of every command that segments and aligns two documents. */
final class PipelineOptions {
  @Option(names = "--source-lang", defaultValue = "auto", description = "Language of SOURCE: ar, en or auto (default).")
  LanguageChoice sourceLang;

  @Option(names = "--target-lang", defaultValue = "auto", description = "Language of TARGET: ar, en or auto (default).")
  LanguageChoice targetLang;

  @Option(names = "--presegmented", description = "Inputs hold one sentence per line.")
  boolean presegmented;

  @Option(
      names = "--deletion-percentile",
      paramLabel = "P",
      description = "Omission sensitivity in (0, 1): higher reports fewer dropped and added sentences.")
  Double deletionPercentile;

  @Option(names = "--models", paramLabel = "DIR", description = "Load the lexicon from DIR instead of the jar.")
  Path models;

  @Mixin SegmenterOptions segmenter;
  @Mixin InputOptions input;

  /** Starts loading the bundled lexicon while the inputs are read, unless --models replaces it. */
  void warmUp() {
    if (models == null) {
      Lexicon.preload();
    }
  }

  QarinOptions options() {
    QarinOptions o = QarinOptions.defaults()
        .withLanguages(sourceLang.language(), targetLang.language())
        .withPresegmented(presegmented)
        .withSegmenter(segmenter.segmenter());
    if (models != null) {
      try {
        o = o.withLexicon(Lexicon.load(models));
      } catch (java.io.UncheckedIOException e) {
        throw new org.qarin.model.InputException(models.toString(), org.qarin.model.InputException.Problem.MISSING,
            "holds no readable qarin lexicon (" + e.getCause().getMessage() + ")",
            "give the folder that 'qarin lexicon build' wrote");
      }
    }
    if (deletionPercentile != null) {
      o = o.withAlign(o.align().withDeletionPercentile(deletionPercentile));
    }
    return o;
  }
}
