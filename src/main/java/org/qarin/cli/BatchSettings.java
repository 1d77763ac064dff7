package org.qarin.cli;

import java.nio.file.Path;
import java.util.List;
import org.qarin.batch.BatchOptions;
import org.qarin.export.OutputFormat;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.ReadOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code qarin batch} other than its inputs and output folder. The Spark job ({@code
 * org.qarin.spark.BatchJob}) mixes in the same class, so that both take the same options and read
 * and audit each pair the same way.
 */
public final class BatchSettings {
  @Option(
      names = "--format",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "html,json",
      converter = AuditCommand.FormatConverter.class,
      description = "Files per pair, as for audit (default: ${DEFAULT-VALUE}).")
  List<OutputFormat> formats;

  @Option(
      names = "--resume",
      description = "Keep the pairs an earlier run into the same DIR finished.")
  boolean resume;

  @Mixin ThreadsOption threads;

  @Mixin PipelineOptions pipeline;
  @Mixin AuditOptions auditing;

  /** The files written per pair. */
  public List<OutputFormat> formats() {
    return List.copyOf(formats);
  }

  /** Whether pairs an earlier run finished are kept. */
  public boolean resume() {
    return resume;
  }

  /** How each input is read. */
  public ReadOptions read() {
    return pipeline.documents.input.readOptions();
  }

  /** How each pair is segmented, aligned and audited. */
  public QarinOptions qarin() {
    return auditing.applyTo(pipeline.options());
  }

  /** Starts loading the bundled lexicon while other work goes on. */
  public void warmUp() {
    pipeline.warmUp();
  }

  /** The options of a local batch writing into {@code outputDir}. */
  public BatchOptions options(Path outputDir) {
    return new BatchOptions(outputDir, formats, resume, threads.count(), read(), qarin());
  }
}
