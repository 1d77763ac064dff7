package org.qarin.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.qarin.lexicon.build.Split;
import org.qarin.pipeline.QarinOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench faithful}: the false alarms on faithful translations, for dev and test. */
@Command(
    name = "faithful",
    mixinStandardHelpOptions = true,
    description = {
      "Audits faithful translations (TICO-19 and PUD documents, FLORES pseudo-documents of each"
          + " split, as running text) and prints the false alarms: dropped and added sentences,"
          + " warning and critical findings per 100 aligned pairs by kind, info counts beside them,"
          + " and how many facts both sides state are flagged. One JSON line per split."
    })
final class FaithfulCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(
      names = "--split",
      split = ",",
      defaultValue = "dev,test",
      description = "Splits (default: ${DEFAULT-VALUE}).")
  List<Split> splits;

  @Option(
      names = "--write",
      paramLabel = "DIR",
      description =
          "Also write the reports under DIR/SPLIT and the facts as DIR/SPLIT.facts.json, for alarms.py.")
  Path write;

  @Option(
      names = "--sample-facts",
      paramLabel = "N",
      defaultValue = "0",
      description = "Print N random facts of each split, to check by hand.")
  int sample;

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

  @Spec CommandSpec spec;

  private QarinOptions options() {
    QarinOptions o = QarinOptions.defaults().withRendering(rendering);
    return models == null ? o : o.withLexicon(org.qarin.lexicon.Lexicon.load(models));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (Split split : splits) {
      List<FaithfulBenchmark.Pair> pairs = FaithfulBenchmark.pairs(data.dir, split);
      List<FaithfulBenchmark.Audited> audited = FaithfulBenchmark.audit(pairs, options());
      out.println(FaithfulBenchmark.figures(audited).describe(split.id()));
      out.flush();
      if (write != null) {
        FaithfulBenchmark.write(audited, write.resolve(split.id()));
      }
      printSample(out, pairs);
    }
    return 0;
  }

  private void printSample(PrintWriter out, List<FaithfulBenchmark.Pair> pairs) {
    List<String> all = new ArrayList<>();
    for (FaithfulBenchmark.Pair p : pairs) {
      for (SameFacts.Fact f : p.facts()) {
        all.add(
            p.id()
                + "\t"
                + f.kind()
                + "\t"
                + p.arabic().substring(f.arStart(), f.arEnd())
                + "\t"
                + p.english().substring(f.enStart(), f.enEnd())
                + "\t"
                + context(p.english(), f.enStart(), f.enEnd()));
      }
    }
    Collections.shuffle(all, new Random(7));
    all.stream().limit(sample).forEach(out::println);
  }

  private static String context(String text, int start, int end) {
    return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
        .replace('\n', ' ');
  }
}
