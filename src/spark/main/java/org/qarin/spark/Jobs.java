package org.qarin.spark;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the Spark jobs share: checking their own options, and parsing once per executor JVM. */
final class Jobs {
  private Jobs() {}

  /**
   * Refuses a partition count below one.
   *
   * @throws CommandLine.ParameterException a usage error of {@code spec}'s command
   */
  static void requirePartitions(Integer partitions, CommandSpec spec) {
    if (partitions != null && partitions < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--partitions must be at least 1: " + partitions);
    }
  }

  /**
   * What a job's command line gives an executor (its options, the models they load), made once per
   * JVM and command line: every task of a job gets the same one.
   */
  static final class PerJvm<T> {
    private final Function<String[], T> make;
    private List<String> line;
    private T value;

    PerJvm(Function<String[], T> make) {
      this.make = make;
    }

    synchronized T get(String[] args) {
      if (value == null || !line.equals(List.of(args))) {
        value = make.apply(args);
        line = List.of(args);
      }
      return value;
    }
  }
}
