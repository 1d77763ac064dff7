package org.qarin;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the product depend on each other without cycles: the facade ({@code
 * org.qarin.Qarin}) and the command line sit on top, and nothing below calls back into them. Read
 * from the imports of the sources, which is where such a cycle would be written.
 */
class PackageCyclesTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.qarin[\\w.]*)\\.(?:\\w+|\\*);", Pattern.MULTILINE);

  @Test
  void noPackageDependsOnItselfThroughOthers() throws IOException {
    Map<String, Set<String>> graph = graph();
    List<List<String>> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      List<String> cycle = cycleFrom(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>());
      if (cycle != null) {
        cycles.add(cycle);
      }
    }
    assertThat(cycles).isEmpty();
  }

  @Test
  void onlyTheCommandLineUsesTheFacade() throws IOException {
    Map<String, Set<String>> graph = graph();
    graph.forEach((from, to) -> {
      if (!from.equals("org.qarin.cli")) {
        assertThat(to).as(from).doesNotContain("org.qarin");
      }
    });
  }

  /** A path back to {@code start} from {@code at}, or null. */
  private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path, Set<String> seen) {
    for (String next : graph.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (seen.add(next)) {
        path.add(next);
        List<String> found = cycleFrom(start, next, graph, path, seen);
        if (found != null) {
          return found;
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }

  /** Each package of the product and the other packages of the product it imports from. */
  private static Map<String, Set<String>> graph() throws IOException {
    Set<String> packages = new TreeSet<>();
    Map<Path, String> packageOf = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
        String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
        packages.add(pkg);
        packageOf.put(f, pkg);
      });
    }
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Map.Entry<Path, String> e : packageOf.entrySet()) {
      Matcher m = IMPORT.matcher(read(e.getKey()));
      while (m.find()) {
        String target = m.group(1);
        while (!packages.contains(target) && target.contains(".")) {
          target = target.substring(0, target.lastIndexOf('.')); // a nested class: its package
        }
        if (!target.equals(e.getValue())) {
          graph.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(target);
        }
      }
    }
    assertThat(graph).containsKey("org.qarin"); // the scan found the facade's imports
    return graph;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
