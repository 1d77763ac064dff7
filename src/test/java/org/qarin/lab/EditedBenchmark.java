package org.qarin.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qarin.Qarin;
import org.qarin.align.LinkFile;
import org.qarin.align.eval.AlignmentScores;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Report;
import org.qarin.model.Severity;
import org.qarin.pipeline.QarinOptions;
import org.qarin.read.DocumentReader;
import org.qarin.read.ReadOptions;

/**
 * Scores qarin on the edited-translation cases of {@link EditedTranslations}: the alignment against
 * the gold (strict F1, dropped and added precision and recall, as the reference scorer computes
 * them), the moved sentences found, the planted content changes found (reported at warning or
 * above, at the default settings, on the changed sentence), and the content alarms everywhere else,
 * which are false: the rest of each translation is faithful.
 */
final class EditedBenchmark {
  /** The finding kinds that report each planted change. */
  static final Map<String, Set<FindingKind>> PLANTED =
      Map.of(
          "number-changed",
          EnumSet.of(
              FindingKind.NUMBER_CHANGED,
              FindingKind.NUMBER_MISSING,
              FindingKind.NUMBER_ADDED,
              FindingKind.DATE_CHANGED),
          "date-changed",
          EnumSet.of(
              FindingKind.DATE_CHANGED,
              FindingKind.NUMBER_CHANGED,
              FindingKind.NUMBER_MISSING,
              FindingKind.NUMBER_ADDED),
          "name-replaced",
          EnumSet.of(FindingKind.NAME_MISSING, FindingKind.NAME_ADDED),
          "negation-flipped",
          EnumSet.of(FindingKind.NEGATION_MISMATCH));

  /** Kinds about what an aligned pair says, as opposed to the alignment's shape. */
  static final Set<FindingKind> CONTENT =
      EnumSet.of(
          FindingKind.NUMBER_MISSING,
          FindingKind.NUMBER_ADDED,
          FindingKind.NUMBER_CHANGED,
          FindingKind.DATE_CHANGED,
          FindingKind.NAME_MISSING,
          FindingKind.NAME_ADDED,
          FindingKind.NEGATION_MISMATCH,
          FindingKind.QUOTE_MISMATCH,
          FindingKind.LENGTH_ANOMALY);

  private EditedBenchmark() {}

  /** The figures over the case folders under {@code dir}. */
  static Figures run(Path dir, QarinOptions options) throws IOException {
    QarinOptions o =
        options
            .withPresegmented(true)
            .withLanguages(Optional.of(Language.AR), Optional.of(Language.EN));
    List<Path> cases = cases(dir);
    List<CaseResult> results = cases.parallelStream().map(c -> evaluate(c, o)).toList();
    Figures f = new Figures();
    results.forEach(f::add);
    return f;
  }

  private static List<Path> cases(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("gold"))).sorted().toList();
    }
  }

  /** One case: its gold, qarin's links and report, and its edits. */
  record CaseResult(
      List<LinkFile.Bead> gold,
      List<LinkFile.Bead> test,
      int sources,
      int targets,
      Report report,
      List<String[]> edits) {}

  private static CaseResult evaluate(Path c, QarinOptions options) {
    try {
      Report r = Qarin.audit(read(c.resolve("source")), read(c.resolve("target")), options);
      Alignment a = r.alignment();
      List<LinkFile.Bead> gold =
          LinkFile.parse(Files.readString(c.resolve("gold"), StandardCharsets.UTF_8));
      List<String[]> edits = new ArrayList<>();
      for (String line : Files.readAllLines(c.resolve("edits.tsv"), StandardCharsets.UTF_8)) {
        edits.add(line.split("\t", -1));
      }
      return new CaseResult(
          gold,
          LinkFile.parse(org.qarin.align.LinkFile.format(a.links())),
          a.source().size(),
          a.target().size(),
          r,
          edits);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static org.qarin.read.InputText read(Path p) {
    return DocumentReader.read(p, ReadOptions.defaults());
  }

  /** The benchmark's figures, summed over cases. */
  static final class Figures {
    final AlignmentScores alignment = new AlignmentScores();
    int cases;
    int links;
    int moved;
    int movedFound;
    int otherContentAlarms;
    final Map<String, int[]> planted = new TreeMap<>();
    final Map<String, Integer> otherByKind = new TreeMap<>();
    final Map<String, Integer> shapes = new TreeMap<>();
    int structureWarnings;
    final List<String> misses = new ArrayList<>();

    void add(CaseResult c) {
      cases++;
      shapes.merge(c.report().summary().rendering().shape().id(), 1, Integer::sum);
      alignment.add(c.gold(), c.test(), c.sources(), c.targets());
      links += (int) c.report().alignment().links().stream().filter(l -> !l.oneSided()).count();
      List<Finding> loud =
          c.report().findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
      Set<Integer> plantedSources = new HashSet<>();
      for (String[] e : c.edits()) {
        if (e[0].equals("moved")) {
          int s = Integer.parseInt(e[1].split(" ")[0]);
          moved++;
          movedFound +=
              c.gold().stream().filter(b -> b.source().contains(s)).anyMatch(c.test()::contains)
                  ? 1
                  : 0;
        }
        Set<FindingKind> kinds = PLANTED.get(e[0]);
        if (kinds != null && rendered(c.gold(), Integer.parseInt(e[1].strip()))) {
          int s = Integer.parseInt(e[1].strip());
          plantedSources.add(s);
          boolean found =
              loud.stream().anyMatch(f -> kinds.contains(f.kind()) && f.source().contains(s));
          int[] k = planted.computeIfAbsent(e[0], x -> new int[2]);
          k[0]++;
          k[1] += found ? 1 : 0;
          if (!found) {
            misses.add(miss(c, e, s));
          }
        }
      }
      for (Finding f : loud) {
        structureWarnings +=
            f.kind() == FindingKind.DROPPED || f.kind() == FindingKind.ADDED ? 1 : 0;
        if (CONTENT.contains(f.kind()) && f.source().stream().noneMatch(plantedSources::contains)) {
          otherContentAlarms++;
          otherByKind.merge(f.kind().id(), 1, Integer::sum);
        }
      }
    }

    /** Whether the gold renders a source sentence: a cut can take a planted change away. */
    private static boolean rendered(List<LinkFile.Bead> gold, int source) {
      return gold.stream().anyMatch(b -> b.source().contains(source) && !b.target().isEmpty());
    }

    /** A planted change that was not found: what it was, its link and the findings on it. */
    private static String miss(CaseResult c, String[] edit, int source) {
      var a = c.report().alignment();
      var link =
          a.links().stream().filter(l -> l.source().contains(source)).findFirst().orElseThrow();
      StringBuilder sb =
          new StringBuilder(
              edit[0]
                  + " "
                  + edit[edit.length - 1]
                  + " link "
                  + link.format()
                  + " "
                  + link.kind().id()
                  + " "
                  + String.format(Locale.ROOT, "%.2f", link.score())
                  + "\n  ar: "
                  + a.source().sentence(source).text());
      link.target().forEach(j -> sb.append("\n  en: ").append(a.target().sentence(j).text()));
      c.report().findings().stream()
          .filter(f -> f.source().contains(source))
          .forEach(
              f ->
                  sb.append("\n  finding: ")
                      .append(f.kind().id())
                      .append(' ')
                      .append(f.severity().id())
                      .append(' ')
                      .append(f.message()));
      return sb.toString();
    }

    /** The share of planted changes of a kind that were found. */
    double found(String kind) {
      int[] k = planted.getOrDefault(kind, new int[2]);
      return k[0] == 0 ? 0 : (double) k[1] / k[0];
    }

    String describe(String scope) {
      Map<String, Double> a = alignment.figures();
      StringBuilder sb =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "{\"scope\": \"%s\", \"cases\": %d, \"links_with_both_sides\": %d, \"f1_strict\": %.4f,"
                      + " \"dropped_precision\": %.4f, \"dropped_recall\": %.4f, \"added_precision\": %.4f,"
                      + " \"added_recall\": %.4f, \"moved_found\": %.4f, \"moved\": %d",
                  scope,
                  cases,
                  links,
                  a.get("f1_strict"),
                  a.get("dropped_p"),
                  a.get("dropped_r"),
                  a.get("added_p"),
                  a.get("added_r"),
                  moved == 0 ? 0 : (double) movedFound / moved,
                  moved));
      sb.append(", \"planted_found\": {")
          .append(
              planted.entrySet().stream()
                  .map(
                      e ->
                          String.format(
                              Locale.ROOT,
                              "\"%s\": [%d, %d, %.4f]",
                              e.getKey(),
                              e.getValue()[0],
                              e.getValue()[1],
                              found(e.getKey())))
                  .collect(Collectors.joining(", ")))
          .append('}');
      sb.append(
          String.format(
              Locale.ROOT,
              ", \"shapes\": %s, \"dropped_added_warnings\": %d",
              json(shapes),
              structureWarnings));
      sb.append(
          String.format(
              Locale.ROOT,
              ", \"other_content_alarms_per_100\": %.1f, \"other_by_kind\": %s}",
              100.0 * otherContentAlarms / Math.max(links, 1),
              json(otherByKind)));
      return sb.toString();
    }

    private static String json(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }
}
