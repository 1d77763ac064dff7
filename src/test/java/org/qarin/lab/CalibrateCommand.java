package org.qarin.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qarin.Qarin;
import org.qarin.align.LinkFile;
import org.qarin.audit.CalibrationFit;
import org.qarin.lexicon.build.Split;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench calibrate}: labels the findings of one split's faithful and edited translations
 * (every alarm on a faithful translation is wrong; on an edited one, the planted changes, the gold
 * dropped and added sentences and the moved ones are right, the rest wrong), prints how well the
 * current confidences match (reliability) and the logistic weights fitted on them.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description =
        "Fits the findings' confidence on one split (dev) and prints the reliability of the current one.")
final class CalibrateCommand implements Callable<Integer> {
  /** Kinds a faithful translation must not raise at all. */
  private static final Set<FindingKind> JUDGED =
      EnumSet.of(
          FindingKind.DROPPED,
          FindingKind.ADDED,
          FindingKind.MOVED,
          FindingKind.NUMBER_MISSING,
          FindingKind.NUMBER_ADDED,
          FindingKind.NUMBER_CHANGED,
          FindingKind.DATE_CHANGED,
          FindingKind.NAME_MISSING,
          FindingKind.NAME_ADDED,
          FindingKind.NEGATION_MISMATCH);

  @Mixin SharedData data;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "The split to label (default: ${DEFAULT-VALUE}).")
  Split split;

  @Option(
      names = "--seed",
      split = ",",
      defaultValue = "19,7,23",
      description =
          "Seeds of the edited cases, comma-separated (default: ${DEFAULT-VALUE}). Each seed's cases"
              + " come with one copy of the faithful examples, so that their share stays the same.")
  List<Long> seeds;

  @Option(
      names = "--dump",
      paramLabel = "GROUP",
      description = "Print the examples of one group (NAME, NUMBER, ...).")
  String dump;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    QarinOptions options = QarinOptions.defaults();
    CalibrationFit fit = new CalibrationFit();
    List<Alignment> faithful =
        FaithfulBenchmark.pairs(data.dir, split).parallelStream()
            .map(
                p ->
                    Qarin.align(
                        Qarin.text(p.id() + ".ar.txt", p.arabic()),
                        Qarin.text(p.id() + ".en.txt", p.english()),
                        options))
            .toList();
    for (long seed : seeds) {
      faithful.forEach(
          a -> fit.add(options.lexicon(), a, f -> JUDGED.contains(f.kind()), f -> false));
      Path dir = Files.createTempDirectory("qarin-calibrate-");
      try {
        EditedTranslations.build(data.dir, split, dir, seed);
        QarinOptions o =
            options
                .withPresegmented(true)
                .withLanguages(Optional.of(Language.AR), Optional.of(Language.EN));
        for (Path c : cases(dir)) {
          edited(fit, c, o);
        }
      } finally {
        EditedCommand.deleteTree(dir);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("reliability of the current confidences (right/all per confidence bin):");
    out.print(fit.reliability());
    out.println(
        "weights fitted on "
            + split.id()
            + " (intercept, link score, other side unrendered, own side unrendered, rendered nearby, known, listed, paired gap, shape):");
    out.print(fit.fit());
    if (dump != null) {
      out.print(fit.dump(dump));
    }
    out.flush();
    return 0;
  }

  private static void edited(CalibrationFit fit, Path c, QarinOptions o) throws IOException {
    Alignment a = Qarin.align(read(c.resolve("source")), read(c.resolve("target")), o);
    Set<Integer> dropped = new HashSet<>();
    Set<Integer> added = new HashSet<>();
    for (Link l :
        LinkFile.toLinks(
            LinkFile.parse(Files.readString(c.resolve("gold"), StandardCharsets.UTF_8)))) {
      dropped.addAll(l.target().isEmpty() ? l.source() : List.of());
      added.addAll(l.source().isEmpty() ? l.target() : List.of());
    }
    List<String[]> edits =
        Files.readAllLines(c.resolve("edits.tsv"), StandardCharsets.UTF_8).stream()
            .map(line -> line.split("\t", -1))
            .toList();
    fit.add(o.lexicon(), a, f -> JUDGED.contains(f.kind()), f -> right(f, dropped, added, edits));
  }

  private static boolean right(
      Finding f, Set<Integer> dropped, Set<Integer> added, List<String[]> edits) {
    return switch (f.kind()) {
      case DROPPED -> dropped.containsAll(f.source());
      case ADDED -> added.containsAll(f.target());
      case MOVED ->
          edits.stream().anyMatch(e -> e[0].equals("moved") && f.source().contains(first(e[1])));
      default ->
          edits.stream()
              .anyMatch(
                  e ->
                      EditedBenchmark.PLANTED.containsKey(e[0])
                          && EditedBenchmark.PLANTED.get(e[0]).contains(f.kind())
                          && f.source().contains(first(e[1])));
    };
  }

  private static int first(String indices) {
    return Integer.parseInt(indices.strip().split(" ")[0]);
  }

  private static org.qarin.read.InputText read(Path p) {
    return DocumentReader.read(p, ReadOptions.defaults());
  }

  private static List<Path> cases(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("gold"))).sorted().toList();
    }
  }
}
