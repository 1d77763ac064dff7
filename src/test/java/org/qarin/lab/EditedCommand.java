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
import org.qarin.pipeline.QarinOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench edited}: the edited-translation benchmark, for dev and test. */
@Command(
    name = "edited",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the edited-translation cases of each split in a temporary folder (as edited-data does),"
          + " aligns and audits them and prints: strict F1, dropped and added precision and recall,"
          + " moved sentences found, planted number, date, name and negation changes found at warning"
          + " or above, and the other content alarms per 100 links. One JSON line per split."
    })
final class EditedCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(
      names = "--split",
      split = ",",
      defaultValue = "dev,test",
      description = "Splits (default: ${DEFAULT-VALUE}).")
  List<Split> splits;

  @Option(
      names = "--seed",
      defaultValue = "19",
      description = "Seed of the random edits (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--cut",
      defaultValue = "none",
      description = "As for edited-data: ${COMPLETION-CANDIDATES}.")
  EditedTranslations.Cut cut;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Load the lexicon from DIR instead of the jar's.")
  Path models;

  @Option(
      names = "--rendering",
      defaultValue = "AUTO",
      description = "As for audit: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  org.qarin.model.Rendering.Choice rendering;

  @Option(names = "--misses", description = "Also print each planted change that was not found.")
  boolean misses;

  @Spec CommandSpec spec;

  private QarinOptions options() {
    QarinOptions o = QarinOptions.defaults().withRendering(rendering);
    return models == null ? o : o.withLexicon(org.qarin.lexicon.Lexicon.load(models));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (Split split : splits) {
      Path dir = Files.createTempDirectory("qarin-edited-");
      try {
        EditedTranslations.build(data.dir, split, dir, seed, cut);
        EditedBenchmark.Figures f = EditedBenchmark.run(dir, options());
        out.println(f.describe(split.id()));
        if (misses) {
          f.misses.forEach(out::println);
        }
        out.flush();
      } finally {
        deleteTree(dir);
      }
    }
    return 0;
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
