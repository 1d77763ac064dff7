package org.qarin.batch;

import java.io.IOException;
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
import org.qarin.model.InputException;
import org.qarin.model.InputException.Problem;

/**
 * The pairs of a batch: from a manifest (TSV or CSV, optional header {@code source,target,id},
 * paths relative to the manifest's folder) or from two folders paired by file name.
 */
public final class Manifest {
  private Manifest() {}

  /** Reads a manifest file. */
  public static List<PairSpec> read(Path manifest) {
    String text;
    try {
      text = Files.readString(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(manifest.toString(), Problem.UNREADABLE, "cannot be read (" + e.getMessage() + ")", "check the manifest");
    }
    Path base = Optional.ofNullable(manifest.toAbsolutePath().getParent()).orElse(Path.of("."));
    List<PairSpec> pairs = new ArrayList<>();
    Ids ids = new Ids();
    int lineNo = 0;
    for (String line : text.split("\\R")) {
      lineNo++;
      line = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (line.isBlank() || line.startsWith("#") || (lineNo == 1 && isHeader(line))) {
        continue;
      }
      String[] f = split(line);
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new InputException(manifest + ":" + lineNo, Problem.INVALID, "needs a source and a target", "write SOURCE<TAB>TARGET[<TAB>ID]");
      }
      Path source = base.resolve(f[0].strip());
      Path target = base.resolve(f[1].strip());
      String id = f.length > 2 && !f[2].isBlank() ? f[2].strip() : baseName(source);
      pairs.add(new PairSpec(ids.unique(safe(id)), source, target));
    }
    if (pairs.isEmpty()) {
      throw new InputException(manifest.toString(), Problem.EMPTY, "lists no pairs", "write one SOURCE<TAB>TARGET line per pair");
    }
    return pairs;
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
      pairs.add(new PairSpec(ids.unique(safe(baseName(s))), s, t == null ? targetDir.resolve(s.getFileName()) : t));
    }
    if (pairs.isEmpty()) {
      throw new InputException(sourceDir.toString(), Problem.EMPTY, "holds no files", "give a folder of source documents");
    }
    return pairs;
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), Files.exists(dir) ? Problem.NOT_A_FILE : Problem.MISSING,
          Files.exists(dir) ? "is not a folder" : "no such folder", "give a folder of documents");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), Problem.UNREADABLE, "cannot be listed (" + e.getMessage() + ")", "check its permissions");
    }
  }

  private static boolean isHeader(String line) {
    String[] f = split(line.toLowerCase(Locale.ROOT));
    return f.length >= 2 && f[0].strip().equals("source") && f[1].strip().equals("target");
  }

  private static String[] split(String line) {
    return line.contains("\t") ? line.split("\t", -1) : line.split(",", -1);
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
