package org.qarin.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qarin.lexicon.build.Split;
import org.qarin.match.MatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code bench} subcommands that build and measure collections for {@code qarin match}. */
final class MatchBench {
  private MatchBench() {}

  /** Options every match benchmark shares. */
  static class Common {
    @Mixin SharedData data;

    @Option(
        names = "--seed",
        defaultValue = "1",
        description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--split",
        defaultValue = "test",
        description = "dev or test: whose documents (default: ${DEFAULT-VALUE}).")
    Split split;

    @Spec CommandSpec spec;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    /** Prints and flushes: the writer flushes by itself only on println. */
    void print(String text) {
      out().print(text);
      out().flush();
    }
  }

  @Command(
      name = "match-data",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a match test collection from the documents of one split (TICO-19, PUD and the FLORES"
            + " pseudo-documents): Arabic in DIR/source, English in DIR/target under hashed names, a"
            + " third of the English left out, a quarter of the rest cut to half, and the truth in"
            + " DIR/truth.tsv.",
        "Score it with: ./mvnw -q -Plab -Dlab=\"bench match --collection DIR\""
      })
  static final class Data extends Common implements Callable<Integer> {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Where to write the collection.")
    Path out;

    @Option(
        names = "--sliced",
        description = "Cut documents longer than 30 sentences into parts of 5 to 30.")
    boolean sliced;

    @Override
    public Integer call() throws IOException {
      List<MatchCollection.Truth> truth =
          sliced
              ? MatchCollection.buildSliced(data.dir, split, out, seed)
              : MatchCollection.build(data.dir, split, out, seed);
      out().println(truth.size() + " source documents written to " + out);
      return 0;
    }
  }

  @Command(
      name = "match",
      mixinStandardHelpOptions = true,
      description =
          "Builds a match test collection in a temporary folder (or takes --collection), runs match on"
              + " it and prints top-1 accuracy, the share of sources without counterpart said to have"
              + " none, counts and the run time.")
  static final class Evaluate extends Common implements Callable<Integer> {
    @Option(
        names = "--collection",
        paramLabel = "DIR",
        description = "A collection written by bench match-data.")
    Path collection;

    @Option(names = "--sliced", description = "Build the sliced collection (see match-data).")
    boolean sliced;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Worker threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
      MatchOptions options =
          threads == null ? MatchOptions.defaults() : MatchOptions.defaults().withThreads(threads);
      if (collection != null) {
        print(
            MatchEvaluation.run(collection, MatchCollection.readTruth(collection), options)
                .describe());
        return 0;
      }
      Path dir = Files.createTempDirectory("qarin-match-");
      try {
        List<MatchCollection.Truth> truth =
            sliced
                ? MatchCollection.buildSliced(data.dir, split, dir, seed)
                : MatchCollection.build(data.dir, split, dir, seed);
        print(MatchEvaluation.run(dir, truth, options).describe());
      } finally {
        deleteTree(dir);
      }
      return 0;
    }
  }

  @Command(
      name = "match-speed",
      mixinStandardHelpOptions = true,
      description =
          "Times match end to end (reading, segmenting, matching) on COUNT x COUNT news-length"
              + " documents sliced from TICO-19 and PUD, built in a temporary folder.")
  static final class Speed extends Common implements Callable<Integer> {
    @Option(
        names = "--count",
        defaultValue = "1000",
        description = "Documents per side (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Worker threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
      MatchOptions options =
          threads == null ? MatchOptions.defaults() : MatchOptions.defaults().withThreads(threads);
      Path dir = Files.createTempDirectory("qarin-match-speed-");
      try {
        MatchSpeedCollection.build(data.dir, dir, count, seed);
        print(MatchEvaluation.time(dir, options).describe());
        out().println("threads: " + options.threads());
      } finally {
        deleteTree(dir);
      }
      return 0;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
