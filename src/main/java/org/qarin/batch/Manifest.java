package org.qarin.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qarin.match.Match;
import org.qarin.match.MatchResult;
import org.qarin.match.Verdict;
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;
import org.qarin.model.Rendering;

/**
 * The pairs of a batch: from a manifest (TSV or CSV, optional header {@code source,target,id},
 * paths relative to the manifest's folder) or from two folders paired by file name.
 */
public final class Manifest {
  private Manifest() {}

  /**
   * Reads a manifest file: TSV when its first line holds a tab, CSV otherwise, with quoted fields
   * as RFC 4180 has them (commons-csv parses both); blank lines and lines starting with {@code #}
   * are skipped, and a first row {@code source,target[,id]} is a header.
   */
  public static List<PairSpec> read(Path manifest) {
    String text;
    try {
      text = Files.readString(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(
          manifest.toString(),
          Problem.UNREADABLE,
          "cannot be read (" + e.getMessage() + ")",
          "check the manifest");
    }
    Path base = Optional.ofNullable(manifest.toAbsolutePath().getParent()).orElse(Path.of("."));
    return parse(manifest.toString(), text).stream()
        .map(
            r ->
                new PairSpec(
                    r.id(), base.resolve(r.source()), base.resolve(r.target()), r.rendering()))
        .toList();
  }

  /**
   * A manifest's row: source and target as written, the pair's id, unique in the manifest, and what
   * is known of the rendering ({@code AUTO} for a manifest's rows).
   */
  public record Row(String source, String target, String id, Rendering.Choice rendering) {}

  /**
   * The rows of a manifest's text, as {@link #read} reads them; {@code name} names the manifest in
   * errors. Ids not given are the source's base name.
   *
   * @throws InputException when the text is not a usable manifest
   */
  public static List<Row> parse(String name, String text) {
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String firstLine =
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
    CSVFormat format =
        (firstLine.contains("\t") ? CSVFormat.TDF : CSVFormat.RFC4180)
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Row> rows = new ArrayList<>();
    Ids ids = new Ids();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      boolean first = true;
      for (CSVRecord r : parser) {
        String where = name + ":" + parser.getCurrentLineNumber();
        if (first && isHeader(r)) {
          first = false;
          continue;
        }
        first = false;
        if (r.size() < 2 || r.get(0).isBlank() || r.get(1).isBlank()) {
          throw new InputException(
              where,
              Problem.INVALID,
              "needs a source and a target",
              "write SOURCE<TAB>TARGET[<TAB>ID]");
        }
        String id = r.size() > 2 && !r.get(2).isBlank() ? r.get(2) : baseName(Path.of(r.get(0)));
        rows.add(new Row(r.get(0), r.get(1), ids.unique(safe(id)), Rendering.Choice.AUTO));
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // commons-csv reports a malformed quote as an exception about the position
      throw new InputException(
          name,
          Problem.INVALID,
          "is not valid CSV or TSV (" + e.getMessage() + ")",
          "quote fields that hold commas, and double the quotes inside them");
    }
    if (rows.isEmpty()) {
      throw new InputException(
          name, Problem.EMPTY, "lists no pairs", "write one SOURCE<TAB>TARGET line per pair");
    }
    return rows;
  }

  /**
   * The pairs a match found to render their source, named SOURCE--TARGET after the base names. A
   * pair whose verdict is {@code part} is audited as a partial rendering, unless {@code given} (the
   * user's {@code --rendering}) says otherwise.
   */
  public static List<PairSpec> renderings(
      MatchResult result, Path sourceDir, Path targetDir, Rendering.Choice given) {
    return renderings(result, given).stream()
        .map(
            r ->
                new PairSpec(
                    r.id(),
                    sourceDir.resolve(r.source()),
                    targetDir.resolve(r.target()),
                    r.rendering()))
        .toList();
  }

  /**
   * The pairs a match found to render their source as rows: source and target document names (the
   * file names in their folders), ids SOURCE--TARGET after the base names, and {@code partial} for
   * a {@code part} verdict unless {@code given} says otherwise.
   */
  public static List<Row> renderings(MatchResult result, Rendering.Choice given) {
    Ids ids = new Ids();
    return result.matches().stream()
        .filter(Match::renders)
        .map(
            m ->
                new Row(
                    m.source(),
                    m.target(),
                    ids.unique(
                        safe(baseName(Path.of(m.source())) + "--" + baseName(Path.of(m.target())))),
                    given == Rendering.Choice.AUTO && m.verdict() == Verdict.PART
                        ? Rendering.Choice.PARTIAL
                        : given))
        .toList();
  }

  /**
   * Pairs the files of two folders by name: the same file name, or the same base name with any
   * extension. Source files without a counterpart are paired with a missing target, so that they
   * show in the summary as failed.
   */
  public static List<PairSpec> folders(Path sourceDir, Path targetDir) {
    Map<String, Path> targets = new HashMap<>();
    for (Path t : files(targetDir)) {
      targets.putIfAbsent(t.getFileName().toString(), t);
      targets.putIfAbsent(baseName(t), t);
    }
    List<PairSpec> pairs = new ArrayList<>();
    Ids ids = new Ids();
    for (Path s : files(sourceDir)) {
      Path t = targets.getOrDefault(s.getFileName().toString(), targets.get(baseName(s)));
      pairs.add(
          new PairSpec(
              ids.unique(safe(baseName(s))),
              s,
              t == null ? targetDir.resolve(s.getFileName()) : t));
    }
    if (pairs.isEmpty()) {
      throw new InputException(
          sourceDir.toString(),
          Problem.EMPTY,
          "holds no files",
          "give a folder of source documents");
    }
    return pairs;
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          dir.toString(),
          Files.exists(dir) ? Problem.NOT_A_FILE : Problem.MISSING,
          Files.exists(dir) ? "is not a folder" : "no such folder",
          "give a folder of documents");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InputException(
          dir.toString(),
          Problem.UNREADABLE,
          "cannot be listed (" + e.getMessage() + ")",
          "check its permissions");
    }
  }

  private static boolean isHeader(CSVRecord r) {
    return r.size() >= 2
        && r.get(0).toLowerCase(Locale.ROOT).equals("source")
        && r.get(1).toLowerCase(Locale.ROOT).equals("target");
  }

  /** The file name without its extension. */
  public static String baseName(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String safe(String id) {
    String s = id.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
    return s.isEmpty() || s.equals(".") || s.equals("..") ? "pair" : s;
  }

  /** Makes ids unique in order of appearance: a second {@code x} becomes {@code x-2}. */
  private static final class Ids {
    private final Map<String, Integer> seen = new HashMap<>();

    String unique(String id) {
      int n = seen.merge(id.toLowerCase(Locale.ROOT), 1, Integer::sum);
      return n == 1 ? id : id + "-" + n;
    }
  }
}
