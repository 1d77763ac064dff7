package org.qarin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qarin.bench.ConcatenatedPairs;
import org.qarin.bench.EditedTranslations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Builds benchmark data and measures qarin (not part of the test suite).",
    subcommands = {
      BenchCommand.EditedData.class,
      BenchCommand.AlignData.class,
      MatchBench.Data.class,
      MatchBench.Evaluate.class,
      MatchBench.Speed.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "edited-data",
      mixinStandardHelpOptions = true,
      versionProvider = Main.VersionProvider.class,
      description = "Writes the TICO-19 edited-translation cases (score them with: qarin eval --run DIR).")
  static final class EditedData implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the case folders.")
    Path out;

    @Option(names = "--seed", defaultValue = "19", description = "Seed of the random edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      int cases = EditedTranslations.build(data, out, seed);
      spec.commandLine().getOut().println(cases + " cases written to " + out);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "align-data",
      mixinStandardHelpOptions = true,
      versionProvider = Main.VersionProvider.class,
      description = {
        "Writes a long presegmented pair (ar.txt, en.txt, gold) of concatenated TICO-19, PUD and"
            + " Tatoeba sentences, for speed and memory measurements, e.g.:",
        "  /usr/bin/time -f '%e s %M KB' java -jar target/qarin.jar align --presegmented DIR/ar.txt DIR/en.txt -o DIR/links"
      })
  static final class AlignData implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sentences", defaultValue = "20000", description = "Sentences per side (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the files.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      ConcatenatedPairs.write(data, sentences, out);
      spec.commandLine().getOut().println(sentences + " sentence pairs written to " + out);
      return ExitCodes.OK;
    }
  }
}
