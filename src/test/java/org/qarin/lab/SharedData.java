package org.qarin.lab;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of the commands that build lexicons and benchmarks from the shared
 * data.
 */
final class SharedData {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path dir;
}
