package org.qarin.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.pipeline.QarinOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How every command that aligns reads and analyses documents: presegmented or not, the segmenter,
 * the input options and the lexicon. One declaration, so that {@code align}, {@code audit}, {@code
 * batch} and {@code match} take them alike and fail alike.
 */
final class DocumentOptions {
  @Option(names = "--presegmented", description = "Inputs hold one sentence per line.")
  boolean presegmented;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Load the lexicon from DIR instead of the jar.")
  Path models;

  @Mixin SegmenterOptions segmenter;
  @Mixin InputOptions input;

  /** Starts loading the bundled lexicon while the inputs are read, unless --models replaces it. */
  void warmUp() {
    if (models == null) {
      Lexicon.preload();
    }
  }

  /** {@code options} with these documents' settings. */
  QarinOptions applyTo(QarinOptions options) {
    QarinOptions o = options.withPresegmented(presegmented).withSegmenter(segmenter.segmenter());
    return models == null ? o : o.withLexicon(lexicon(models));
  }

  /** The lexicon in {@code dir}; a folder without one is an unreadable input, not a bug. */
  static Lexicon lexicon(Path dir) {
    try {
      return Lexicon.load(dir);
    } catch (UncheckedIOException e) {
      throw new InputException(
          dir.toString(),
          Problem.UNREADABLE,
          "holds no readable lexicon (" + e.getCause().getMessage() + ")",
          "give the folder that 'qarin lexicon build' wrote, or leave out --models");
    }
  }
}
