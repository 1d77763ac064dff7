package org.qarin.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qarin.lexicon.build.Split;
import org.qarin.model.Report;
import org.qarin.pipeline.QarinOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "compilations",
    mixinStandardHelpOptions = true,
    description = {
      "Builds compilations of the edited-translation cases of each split (an introduction, three or"
          + " four sections under headings, one more case cut in halves that two sections apart"
          + " render, a related-articles list, a disclaimer), audits each source against its"
          + " compilation and prints: the rendered stretch found exactly and within one sentence,"
          + " dropped precision and recall inside the rendered passage, and the warnings outside it."
          + " One JSON line per split."
    })
final class CompilationsCommand implements Callable<Integer> {
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
      description = "Seed of the edits and the compilations (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--rendering",
      defaultValue = "AUTO",
      description = "As for audit: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  org.qarin.model.Rendering.Choice rendering;

  @Option(
      names = "--misses",
      description =
          "Also print each stretch not found exactly, with the links outside the gold, and each dropped sentence missed or reported wrongly.")
  boolean misses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    QarinOptions options = QarinOptions.defaults().withRendering(rendering);
    for (Split split : splits) {
      Path dir = Files.createTempDirectory("qarin-compilations-");
      try {
        EditedTranslations.build(data.dir, split, dir, seed);
        List<Compilations.Pair> pairs = Compilations.build(dir, seed);
        List<Report> reports =
            pairs.parallelStream().map(p -> Compilations.audit(p, options)).toList();
        Compilations.Figures f = new Compilations.Figures();
        for (int i = 0; i < pairs.size(); i++) {
          f.add(pairs.get(i), reports.get(i));
        }
        out.println(f.describe(split.id()));
        if (misses) {
          f.misses.forEach(out::println);
        }
      } finally {
        EditedCommand.deleteTree(dir);
      }
    }
    out.flush();
    return 0;
  }
}
