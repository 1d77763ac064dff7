package org.qarin.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qarin.Qarin;
import org.qarin.align.LinkFile;
import org.qarin.align.LinkFile.Bead;
import org.qarin.align.eval.AlignmentScores;
import org.qarin.export.AtomicFiles;
import org.qarin.model.Alignment;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.Language;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.InputText;
import org.qarin.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
      "Scores alignments against gold: strict and lax precision, recall and F1 (vecalign's"
          + " definition), and dropped/added detection, over gold link files (one link a line,"
          + " [i, j]:[k]).",
      "  eval --gold GOLD --test LINKS [--source FILE --target FILE]",
      "  eval DIR        every folder under DIR with files gold and test (and source, target)",
      "  eval --run DIR  aligns with qarin, then scores, the case folders under DIR (files"
          + " source, target, gold) or an AlignAR-style folder (DOMAIN/{ar,en,gold}/NNN), per domain"
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "Folder of case folders.")
  Path dir;

  @Option(names = "--gold", paramLabel = "GOLD")
  Path gold;

  @Option(names = "--test", paramLabel = "LINKS")
  Path test;

  @Option(names = "--source", paramLabel = "FILE", description = "Source sentences, one per line.")
  Path sourceText;

  @Option(names = "--target", paramLabel = "FILE", description = "Target sentences, one per line.")
  Path targetText;

  @Option(
      names = "--run",
      paramLabel = "DIR",
      description = "Align and score the cases of an AlignAR-style folder.")
  Path run;

  @Option(
      names = "--write-links",
      paramLabel = "DIR",
      description = "With --run: also write qarin's links here.")
  Path writeLinks;

  @Option(
      names = "--segmentation",
      paramLabel = "GOLD",
      description =
          "Score sentence segmentation instead: a folder of NAME.txt + NAME.gold, or a"
              + " CoNLL-U file (repeatable): boundary precision, recall and F1.")
  List<Path> segmentation;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "With --segmentation: ar, en or auto.")
  LanguageChoice lang;

  @Option(
      names = "--write-pred",
      paramLabel = "DIR",
      description = "With --segmentation: write the sentences found, one per line.")
  Path writePred;

  @Mixin PipelineOptions pipeline;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (segmentation != null) {
      for (Path p : segmentation) {
        out.println(SegmentationEval.run(p, lang.language(), pipeline, writePred));
      }
    } else if (run != null) {
      runAlignAr(out);
    } else if (gold != null && test != null) {
      AlignmentScores s = new AlignmentScores();
      addCase(s, gold, test, sourceText, targetText);
      out.println(json(s.figures(), null));
    } else if (dir != null) {
      AlignmentScores s = new AlignmentScores();
      for (Path c : caseFolders(dir, "test")) {
        addCase(
            s,
            c.resolve("gold"),
            c.resolve("test"),
            optional(c.resolve("source")),
            optional(c.resolve("target")));
      }
      out.println(json(s.figures(), null));
    } else {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give --gold and --test, a DIR, or --run DIR");
    }
    return ExitCodes.OK;
  }

  private void runAlignAr(PrintWriter out) throws IOException {
    QarinOptions options =
        pipeline
            .options()
            .withPresegmented(true)
            .withLanguages(Optional.of(Language.AR), Optional.of(Language.EN));
    AlignmentScores all = new AlignmentScores();
    List<Path> cases = caseFolders(run, "source");
    if (!cases.isEmpty()) {
      int moved = 0;
      int movedFound = 0;
      for (Path c : cases) {
        Alignment a = Qarin.align(read(c.resolve("source")), read(c.resolve("target")), options);
        String links = LinkFile.format(a.links());
        if (writeLinks != null) {
          Path file = writeLinks.resolve(run.relativize(c)).resolve("test");
          AtomicFiles.createDirectories(file.getParent());
          AtomicFiles.write(file, w -> w.write(links));
        }
        List<Bead> gold =
            LinkFile.parse(Files.readString(c.resolve("gold"), StandardCharsets.UTF_8));
        List<Bead> test = LinkFile.parse(links);
        all.add(gold, test, lineCount(c.resolve("source")), lineCount(c.resolve("target")));
        for (Bead b : movedBeads(c.resolve("edits.tsv"), gold)) {
          moved++;
          movedFound += test.contains(b) ? 1 : 0;
        }
      }
      out.println(json(all.figures(), "all (" + all.cases() + " cases)"));
      if (moved > 0) {
        out.printf(
            Locale.ROOT,
            "{\"scope\": \"moved\", \"planted\": %d, \"found\": %d, \"share\": %.4f}%n",
            moved,
            movedFound,
            movedFound / (double) moved);
      }
      return;
    }
    for (Path domain : sorted(run)) {
      if (!Files.isDirectory(domain.resolve("gold"))) {
        continue;
      }
      AlignmentScores scores = new AlignmentScores();
      for (Path g : sorted(domain.resolve("gold"))) {
        String id = g.getFileName().toString();
        Path ar = domain.resolve("ar").resolve(id);
        Path en = domain.resolve("en").resolve(id);
        Alignment a = Qarin.align(read(ar), read(en), options);
        String links = LinkFile.format(a.links());
        if (writeLinks != null) {
          Path file = writeLinks.resolve(domain.getFileName().toString()).resolve(id);
          AtomicFiles.createDirectories(file.getParent());
          AtomicFiles.write(file, w -> w.write(links));
        }
        List<Bead> goldBeads = LinkFile.parse(Files.readString(g, StandardCharsets.UTF_8));
        int n = lineCount(ar);
        int m = lineCount(en);
        scores.add(goldBeads, LinkFile.parse(links), n, m);
        all.add(goldBeads, LinkFile.parse(links), n, m);
      }
      out.println(json(scores.figures(), domain.getFileName().toString()));
    }
    out.println(json(all.figures(), "all"));
  }

  /**
   * The gold links of the sentences a benchmark case moved ({@code moved} rows of the {@code
   * edits.tsv} that {@code qarin bench edited-data} writes): a move is found when qarin gives
   * exactly that link.
   */
  private static List<Bead> movedBeads(Path edits, List<Bead> gold) throws IOException {
    if (!Files.isRegularFile(edits)) {
      return List.of();
    }
    List<Bead> out = new ArrayList<>();
    for (String line : Files.readAllLines(edits, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[0].equals("moved")) {
        int source = Integer.parseInt(f[1].split(" ")[0]);
        gold.stream().filter(b -> b.source().contains(source)).findFirst().ifPresent(out::add);
      }
    }
    return out;
  }

  private static InputText read(Path p) {
    return DocumentReader.read(p, ReadOptions.defaults());
  }

  private static void addCase(AlignmentScores s, Path gold, Path test, Path source, Path target)
      throws IOException {
    List<Bead> g = LinkFile.parse(readText(gold));
    List<Bead> t = LinkFile.parse(readText(test));
    boolean counts = source != null && target != null;
    s.add(g, t, counts ? lineCount(source) : -1, counts ? lineCount(target) : -1);
  }

  private static String readText(Path p) {
    return DocumentReader.read(p, ReadOptions.defaults()).text();
  }

  /** Lines of a presegmented file: trailing line breaks stripped, then split at LF. */
  static int lineCount(Path p) throws IOException {
    String s = Files.readString(p, StandardCharsets.UTF_8);
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return (int) s.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Folders under {@code dir} that hold a gold file and the given other file. */
  private static List<Path> caseFolders(Path dir, String other) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          dir.toString(),
          Problem.NOT_A_FILE,
          "is not a directory",
          "give a folder of case folders");
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(
              p -> Files.isRegularFile(p.resolve("gold")) && Files.isRegularFile(p.resolve(other)))
          .sorted()
          .toList();
    }
  }

  private static Path optional(Path p) {
    return Files.isRegularFile(p) ? p : null;
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.sorted().toList());
    }
  }

  /** The figures as one JSON line, with the scope first when there is one. */
  static String json(Map<String, Double> figures, String scope) {
    StringBuilder sb = new StringBuilder("{");
    if (scope != null) {
      // a folder name may hold quotes, backslashes or control characters
      sb.append("\"scope\": \"")
          .append(JsonStringEncoder.getInstance().quoteAsString(scope))
          .append("\", ");
    }
    boolean first = true;
    for (Map.Entry<String, Double> e : figures.entrySet()) {
      double v = e.getValue();
      sb.append(first ? "" : ", ")
          .append('"')
          .append(e.getKey())
          .append("\": ")
          .append(Double.isFinite(v) ? Double.toString(v) : "null");
      first = false;
    }
    return sb.append('}').toString();
  }
}
