package org.qarin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qarin.lexicon.build.LexiconBuilder;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Manages qarin's translation lexicon.",
    subcommands = {LexiconCommand.Build.class})
final class LexiconCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      versionProvider = Main.VersionProvider.class,
      description =
          "Rebuilds the files under models/ from FreeDict, Buckwalter, Arabic WordNet, the name lists,"
              + " and the training part of TICO-19, PUD and Tatoeba (a developer's tool).")
  static final class Build implements Callable<Integer> {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        required = true,
        description =
            "The data folder to build from: freedict-ara-eng, buckwalter-aramorph-1.0, tico19-en-ar,"
                + " ud-pud-ar-en and tatoeba-manythings-ara-eng, as the project's development data lays them out.")
    Path data;

    @Option(
        names = "--models",
        paramLabel = "DIR",
        defaultValue = "models",
        description = "Where to write the lexicon files (default: ${DEFAULT-VALUE}).")
    Path models;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(data.resolve("freedict-ara-eng"))) {
        throw new InputException(
            data.toString(),
            Problem.MISSING,
            "holds no freedict-ara-eng folder",
            "give the shared data folder with --data");
      }
      PrintWriter err = spec.commandLine().getErr();
      LexiconBuilder.Result r =
          LexiconBuilder.build(data, models, line -> err.println("lexicon: " + line));
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "dictionary entries: %d%nwordnet entries: %d%nname entries: %d%nparallel entries: %d (from %d sentence pairs)%n"
                  + "common English words: %d%nperson-name words: %d%n"
                  + "name model: %d operations from %d training names, threshold %.4f (dev recall %.4f, false matches %.4f)%n",
              r.dictionaryEntries(),
              r.wordnetEntries(),
              r.nameEntries(),
              r.parallelEntries(),
              r.sentencePairs(),
              r.commonEnglishWords(),
              r.personNameWords(),
              r.nameModel().operations(),
              r.nameModel().trainPairs(),
              r.nameModel().threshold(),
              r.nameModel().dev().recall(),
              r.nameModel().dev().falseMatchRate());
      return ExitCodes.OK;
    }
  }
}
