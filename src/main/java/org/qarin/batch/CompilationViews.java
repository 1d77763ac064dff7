package org.qarin.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.qarin.export.AtomicFiles;
import org.qarin.export.CompilationPage;
import org.qarin.export.OutputFormat;
import org.qarin.model.Document;
import org.qarin.model.InputException;
import org.qarin.model.Rendering;
import org.qarin.pipeline.Pipeline;
import org.qarin.read.DocumentReader;

/**
 * The one-page view of each translation that renders parts of its sources: for every target of the
 * batch that at least one pair audited as a partial rendering, {@code compilations/NAME.html} shows
 * its sentences in runs and which source renders each, linking the pairs' reports.
 */
public final class CompilationViews {
  public static final String DIR = "compilations";

  private CompilationViews() {}

  /**
   * A finished pair as the views need it: its id, the file names of its source and target, the key
   * that tells targets apart (one per target file, such as its normalised absolute path) and its
   * rendering.
   */
  public record Entry(
      String pairId, String sourceName, String targetName, String targetKey, Rendering rendering) {}

  /** A page: its file name in {@link #DIR}, the key of its target, and the sources it shows. */
  public record Page(String fileName, String targetKey, List<CompilationPage.Source> sources) {}

  /**
   * The pages for pairs in batch order: one per target that a pair renders partially, named after
   * the target ({@code -2}, {@code -3}... when names repeat, in order of the targets' keys).
   */
  public static List<Page> pages(List<Entry> entries, List<OutputFormat> formats) {
    Map<String, List<Entry>> byTarget = new TreeMap<>();
    for (Entry e : entries) {
      byTarget.computeIfAbsent(e.targetKey(), t -> new ArrayList<>()).add(e);
    }
    Set<String> names = new HashSet<>();
    List<Page> pages = new ArrayList<>();
    for (List<Entry> group : byTarget.values()) {
      if (group.stream().noneMatch(e -> e.rendering().shape() == Rendering.Shape.PARTIAL)) {
        continue;
      }
      List<CompilationPage.Source> sources = new ArrayList<>();
      for (Entry e : group) {
        String base = Manifest.baseName(Path.of(e.sourceName()));
        Optional<String> report =
            formats.contains(OutputFormat.HTML)
                ? Optional.of("../" + e.pairId() + "/" + OutputFormat.HTML.fileName(base))
                : Optional.empty();
        sources.add(new CompilationPage.Source(e.sourceName(), report, e.rendering()));
      }
      String stem = Manifest.baseName(Path.of(group.get(0).targetName()));
      String name = stem;
      for (int n = 2; !names.add(name); n++) {
        name = stem + "-" + n;
      }
      pages.add(new Page(name + ".html", group.get(0).targetKey(), sources));
    }
    return pages;
  }

  /** What tells two targets apart: the file's normalised absolute path. */
  public static String targetKey(Path target) {
    return target.toAbsolutePath().normalize().toString();
  }

  static void write(
      Path outputDir, List<PairSpec> pairs, List<PairResult> results, BatchOptions options) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Path> targets = new TreeMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (results.get(k).ok()) {
        PairSpec pair = pairs.get(k);
        String key = targetKey(pair.target());
        targets.putIfAbsent(key, pair.target());
        entries.add(
            new Entry(
                pair.id(),
                pair.source().getFileName().toString(),
                pair.target().getFileName().toString(),
                key,
                results.get(k).rendering().orElseThrow()));
      }
    }
    for (Page page : pages(entries, options.formats())) {
      Document document;
      try {
        document =
            Pipeline.segment(
                DocumentReader.read(targets.get(page.targetKey()), options.read()),
                options.qarin().targetLanguage(),
                options.qarin());
      } catch (InputException e) {
        continue; // its pairs were audited, so this cannot happen unless the file changed meanwhile
      }
      AtomicFiles.createDirectories(outputDir.resolve(DIR));
      AtomicFiles.write(
          outputDir.resolve(DIR).resolve(page.fileName()),
          w -> CompilationPage.write(w, document, page.sources()));
    }
  }
}
