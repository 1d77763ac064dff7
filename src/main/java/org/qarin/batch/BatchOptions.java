package org.qarin.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.qarin.export.OutputFormat;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.ReadOptions;

/**
 * How a batch runs: where it writes, which files per pair, whether finished pairs are kept from an
 * earlier run, how many pairs run at once, and how each pair is read and audited.
 */
public record BatchOptions(
    Path outputDir,
    List<OutputFormat> formats,
    boolean resume,
    int threads,
    ReadOptions read,
    QarinOptions qarin) {
  public BatchOptions {
    Objects.requireNonNull(outputDir, "outputDir");
    formats = List.copyOf(formats);
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(qarin, "qarin");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }
}
