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
final class CompilationViews {
  static final String DIR = "compilations";

  private CompilationViews() {}

  static void write(
      Path outputDir, List<PairSpec> pairs, List<PairResult> results, BatchOptions options) {
    Map<String, List<Integer>> byTarget = new TreeMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (results.get(k).ok()) {
        byTarget
            .computeIfAbsent(
                pairs.get(k).target().toAbsolutePath().normalize().toString(),
                t -> new ArrayList<>())
            .add(k);
      }
    }
    Set<String> names = new HashSet<>();
    for (List<Integer> group : byTarget.values()) {
      boolean partial =
          group.stream()
              .anyMatch(
                  k ->
                      results
                          .get(k)
                          .rendering()
                          .map(r -> r.shape() == Rendering.Shape.PARTIAL)
                          .orElse(false));
      if (!partial) {
        continue;
      }
      Path target = pairs.get(group.get(0)).target();
      Document document;
      try {
        document =
            Pipeline.segment(
                DocumentReader.read(target, options.read()),
                options.qarin().targetLanguage(),
                options.qarin());
      } catch (InputException e) {
        continue; // its pairs were audited, so this cannot happen unless the file changed meanwhile
      }
      List<CompilationPage.Source> sources = new ArrayList<>();
      for (int k : group) {
        PairSpec pair = pairs.get(k);
        String base = Manifest.baseName(pair.source());
        Optional<String> report =
            options.formats().contains(OutputFormat.HTML)
                ? Optional.of("../" + pair.id() + "/" + OutputFormat.HTML.fileName(base))
                : Optional.empty();
        sources.add(
            new CompilationPage.Source(
                pair.source().getFileName().toString(),
                report,
                results.get(k).rendering().orElseThrow()));
      }
      String name = Manifest.baseName(target);
      for (int n = 2; !names.add(name); n++) {
        name = Manifest.baseName(target) + "-" + n;
      }
      AtomicFiles.createDirectories(outputDir.resolve(DIR));
      AtomicFiles.write(
          outputDir.resolve(DIR).resolve(name + ".html"),
          w -> CompilationPage.write(w, document, sources));
    }
  }
}
