package org.qarin.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that work on many documents at once. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = PipelineOptions.PositiveCount.class,
      description = "Work on N documents or pairs at once (default: one per core).")
  Integer threads;

  /** The threads asked for, or one per core. */
  int count() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
